import {randomBytes} from 'node:crypto'
import {link, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {createInterface} from 'node:readline/promises'
import {STARTERS} from '../init/generated/starters.js'
import {type Starter, starterSpec} from '../init/starters.js'
import {SpecError} from '../spec/diagnostic.js'
import {writeFileAtomic} from './atomic-write.js'
import {type Outcome, withDiagnostics} from './outcome.js'

export interface InitOptions {
  /** Where to write; `-` prints the spec instead. */
  readonly file: string | undefined
  readonly template: string | undefined
  readonly name: string | undefined
  readonly force: boolean
  readonly list: boolean
  readonly json: boolean
  /** Ask for what the flags leave out (a person at a terminal). */
  readonly interactive: boolean
}

export const DEFAULT_FILE = 'design.yaml'

/**
 * `sizeup init`: a commented starter spec from a template. At a terminal it
 * asks for what the flags do not say; otherwise --template is required.
 * An existing file is never replaced without --force.
 */
export function runInit(options: InitOptions): Promise<Outcome> {
  return withDiagnostics(async () => {
    if (options.list) {
      const text = options.json
        ? `${JSON.stringify(STARTERS.map(({id, title, file}) => ({id, title, file})), null, 2)}\n`
        : `${STARTERS.map((s) => `${s.id.padEnd(Math.max(...STARTERS.map((t) => t.id.length)))}  ${s.title}`).join('\n')}\n`
      return {stdout: text, stderr: '', exitCode: 0}
    }
    let {template, name, file} = options
    if (options.interactive && (template === undefined || name === undefined || file === undefined)) ({template, name, file} = await ask(template, name, file))
    if (template === undefined) usage('which template? --template is needed when not at a terminal', `the templates are ${STARTERS.map((s) => s.id).join(', ')} (\`sizeup init --list\`)`)
    const starter = STARTERS.find((s) => s.id === template)
    if (starter === undefined) usage(`no template \`${template}\``, `the templates are ${STARTERS.map((s) => s.id).join(', ')}`)
    const text = starterSpec(starter, name)
    const target = file ?? DEFAULT_FILE
    if (target === '-') return {stdout: text, stderr: '', exitCode: 0}
    if (options.force) await writeFileAtomic(target, text)
    else await writeNew(target, text)
    const result = {file: target, template: starter.id}
    return {
      stdout: options.json ? `${JSON.stringify(result, null, 2)}\n` : `wrote ${target}: ${starter.title}\nnext: sizeup estimate ${target}; sizeup check ${target}\n`,
      stderr: '',
      exitCode: 0,
    }
  })
}

/** Writes a file that must not exist yet, all at once: a hard link refuses an existing name atomically. */
async function writeNew(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text, {flag: 'wx'})
    await link(temporary, path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') usage(`${path} exists; sizeup init never overwrites a file`, 'give --force to replace it, or another file name')
    if (code === 'ENOENT') usage(`cannot write ${path}: its directory does not exist`, null)
    throw e
  } finally {
    await rm(temporary, {force: true}).catch(() => undefined)
  }
}

/** The questions at a terminal, each with its default; prompts on stderr so stdout stays the result. */
async function ask(template: string | undefined, name: string | undefined, file: string | undefined): Promise<{template: string; name: string | undefined; file: string}> {
  const rl = createInterface({input: process.stdin, output: process.stderr, terminal: true})
  try {
    let starter: Starter | undefined = STARTERS.find((s) => s.id === template)
    while (starter === undefined) {
      process.stderr.write(`Templates:\n${STARTERS.map((s, i) => `  ${String(i + 1).padStart(2)}. ${s.title}`).join('\n')}\n`)
      const answer = (await rl.question('Template (number or id) [1]: ')).trim() || '1'
      starter = STARTERS[Number(answer) - 1] ?? STARTERS.find((s) => s.id === answer)
      if (starter === undefined) process.stderr.write(`no template \`${answer}\`\n`)
    }
    const defaultName = /^name: (.*)$/m.exec(starter.text)?.[1] ?? starter.title
    const chosenName = name ?? ((await rl.question(`System name [${defaultName}]: `)).trim() || undefined)
    const chosenFile = file ?? ((await rl.question(`File to write [${DEFAULT_FILE}]: `)).trim() || DEFAULT_FILE)
    return {template: starter.id, name: chosenName, file: chosenFile}
  } finally {
    rl.close()
  }
}

function usage(message: string, hint: string | null): never {
  throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message, hint}])
}
