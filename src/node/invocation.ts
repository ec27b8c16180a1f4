import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'

/**
 * How this user runs the sizeup that is running, for the hints it prints:
 * `npx sizeup` when it is installed in the project (a `node_modules` of the
 * working directory or of a folder above it), `sizeup` when installed
 * elsewhere (globally, so on PATH), and `node <path>/bin/run.js` from a
 * checkout. A hint that said `sizeup` to a project install sent users to a
 * command their shell does not have.
 */
export function invocation(root: string, cwd: string): string {
  const parent = dirname(root)
  if (parent.split(sep).at(-1) === 'node_modules') return within(dirname(parent), cwd) ? 'npx sizeup' : 'sizeup'
  return `node ${posix(relative(cwd, join(root, 'bin', 'run.js')))}`
}

/**
 * The published spec schema as the editor line of a spec at `file` must name
 * it: relative to the spec's own folder, which is where the YAML language
 * server resolves it from (`./…` for a spec at the root, `../…` for one in
 * `designs/`); for standard input, from the working directory.
 */
export function schemaPathFor(file: string, root: string, cwd: string): string {
  const folder = file === '-' ? cwd : dirname(resolve(cwd, file))
  const path = posix(relative(folder, join(root, 'specs', 'system.schema.json')))
  return path.startsWith('../') || isAbsolute(path) ? path : `./${path}`
}

/** `to` as a path from `from`, with forward slashes (`node_modules/sizeup/examples/chat.yaml`). */
export function pathFrom(from: string, to: string): string {
  return posix(relative(from, to))
}

/** Whether `dir` is `cwd` or a folder above it. */
function within(dir: string, cwd: string): boolean {
  const up = relative(dir, cwd)
  return up === '' || (!up.startsWith('..') && !isAbsolute(up))
}

function posix(path: string): string {
  return path.split(sep).join('/')
}
