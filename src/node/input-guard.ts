import {type BigIntStats, fstat} from 'node:fs'
import {stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {promisify} from 'node:util'
import {SpecError} from '../spec/diagnostic.js'
import type {OutputTarget} from './output-target.js'
import {templateFiles} from './template-dir.js'
import type {OutputRole} from './write-problem.js'

const fstatBig = promisify((fd: number, done: (e: NodeJS.ErrnoException | null, s: BigIntStats) => void) => fstat(fd, {bigint: true}, done))

/** The files a command reads, which its outputs must never replace. */
export interface CommandInputs {
  /** Paths as given (a spec without its `#scenario`); `-` is standard input; undefined is an input not given. */
  readonly files: readonly (string | undefined)[]
  /** Standard input, for `-`: when it is a file (`< design.yaml`), that file is an input too. */
  readonly stdin?: unknown
  /** --template-dir: every template in it and in its partials/ is an input, and a new `*.md.hbs` there would become one. */
  readonly templateDir?: string
}

/**
 * Refuses an output that would replace or append to one of the command's
 * inputs: `-o design.yaml` would put the report where the spec was. The same
 * file is the same device and inode, so a symbolic link, a hard link or
 * another spelling of the path is caught as well as the path itself.
 */
export async function refuseInputAsOutput(target: OutputTarget, given: string, inputs: CommandInputs, role: OutputRole): Promise<void> {
  if (target.kind === 'stdout' || target.kind === 'stderr' || (target.kind === 'stream' && target.type !== 'file')) return
  const refused = (message: string) => new SpecError([{file: given, line: 1, column: 1, path: '', message, hint: `give ${role.flag} another file; nothing was written`}])
  const replaces = (what: string) => refused(`${role.flag} names ${what}; writing there would replace it`)
  const templates = inputs.templateDir === undefined ? [] : await templateFiles(inputs.templateDir)
  if (target.kind === 'file' && !target.exists) {
    if (inputs.templateDir !== undefined && target.path.endsWith('.md.hbs') && (await inTemplateDir(dirname(target.path), inputs.templateDir))) {
      throw refused(`${role.flag} names a new template in --template-dir, which the next run would read as one`)
    }
    return
  }
  const output = await identity(target.path)
  if (output === null) return
  for (const input of inputs.files) {
    if (input === undefined) continue
    if (input === '-' ? (await stdinIdentity(inputs.stdin)) === output : (await identity(input)) === output) {
      throw replaces(input === '-' ? 'the file the spec is read from (standard input)' : `the input file \`${input}\``)
    }
  }
  for (const template of templates) if ((await identity(template)) === output) throw replaces(`the template \`${template}\` of --template-dir`)
}

/** Device and inode (exact, as bigints), or null for what cannot be examined: it cannot be the output either. */
async function identity(path: string): Promise<string | null> {
  return stat(path, {bigint: true}).then(key, () => null)
}

async function stdinIdentity(stdin: unknown): Promise<string | null> {
  const fd = (stdin as {fd?: unknown} | undefined)?.fd
  return typeof fd === 'number' ? fstatBig(fd).then(key, () => null) : null
}

const key = (s: BigIntStats): string => `${s.dev}:${s.ino}`

async function inTemplateDir(dir: string, templateDir: string): Promise<boolean> {
  const here = await identity(dir)
  return here !== null && (here === (await identity(templateDir)) || here === (await identity(join(templateDir, 'partials'))))
}
