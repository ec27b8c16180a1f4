import {realpath} from 'node:fs/promises'
import {isAbsolute, relative, sep} from 'node:path'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'

/** Longest path a caller may name: far beyond any real one (Linux's PATH_MAX is 4096). */
export const MAX_PATH_CHARS = 4096

/**
 * A path a remote caller (an MCP client, an agent) names, as a path of the
 * file it really is, relative to the working directory, or a located problem
 * when it is not inside it. Both sides are resolved through every symbolic
 * link first, so `link-to-etc/passwd` or a link named `design.yaml` that
 * points out of the directory is refused like `../secret.yaml`. The result
 * starts with `./` when it would start with `-`, so a file named `-` is never
 * read as standard input (nor `--json` as a flag). `where` is the diagnostic's file (the argument's
 * name, e.g. `<arguments>.path`).
 */
export async function insideWorkingDirectory(path: string, cwd: string, where: string): Promise<string> {
  const problem = (message: string, hint: string | null): SpecError => new SpecError([at(where, message, hint)])
  if (path === '' || path.length > MAX_PATH_CHARS || path.includes('\0')) throw problem('not a usable path', `name a file inside the working directory, at most ${MAX_PATH_CHARS} characters`)
  let real: string
  let base: string
  try {
    ;[real, base] = await Promise.all([realpath(isAbsolute(path) ? path : `${cwd}${sep}${path}`), realpath(cwd)])
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw problem(code === 'ENOENT' ? `no such file: ${path}` : `cannot be read (${code ?? 'unknown error'}): ${path}`, 'name a file inside the working directory, or pass the spec text itself')
  }
  const inside = relative(base, real)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw problem(`\`${path}\` is outside the working directory`, 'only files inside the directory the server was started in can be read; pass the spec text instead')
  }
  return inside.startsWith('-') ? `.${sep}${inside}` : inside
}

function at(file: string, message: string, hint: string | null): Diagnostic {
  return {file, line: 1, column: 1, path: '', message, hint}
}
