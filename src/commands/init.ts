import input from '@inquirer/input'
import select from '@inquirer/select'
import {STARTERS} from '../init/generated/starters.js'
import {starterSpec} from '../init/starters.js'
import {writeTarget, writeNewFile} from '../node/atomic-write.js'
import {invocation, schemaPathFor} from '../node/invocation.js'
import {resolveOutput} from '../node/output-target.js'
import {cannotWrite, type OutputRole} from '../node/write-problem.js'
import {COLOR_FLAG, type CommandIO, defineCommand} from './command.js'
import {usage, withDiagnostics} from './outcome.js'
import {json} from '../spec/sinks/json.js'
import {terminal} from '../spec/sinks/terminal.js'
import {didYouMean} from '../spec/suggest.js'

/** The spec `init` writes when no file is named. */
export const DEFAULT_FILE = 'design.yaml'

/** init names its file as an argument: its messages say so, not `-o`. */
const SPEC_OUTPUT: OutputRole = {noun: 'the spec', flag: 'sizeup init'}

export default defineCommand({
  summary: 'Start a spec: write a commented starter from a template (social feed, URL shortener, chat, …).',
  description:
    'Writes a commented starter spec made from one of the bundled examples, its first line pointing editors at the schema. At a terminal it asks for the template, the system name and the file; otherwise it takes them as flags, and --template is required. It never replaces an existing file unless given --force, and then all or nothing, keeping its mode, through symbolic links; a FIFO or device is written into. `-` (or /dev/stdout) as the file prints the spec instead. Exit codes: 0 written, 2 bad usage or the file exists.',
  examples: [
    '<%= config.bin %> init',
    '<%= config.bin %> init design.yaml --template url-shortener --name "Link service"',
    '<%= config.bin %> init --template chat - | <%= config.bin %> estimate -',
    '<%= config.bin %> init design.yaml --template ecommerce --force',
    '<%= config.bin %> init --list',
  ],
  args: {
    file: {description: 'the spec to write (default design.yaml); `-` prints it'},
  },
  flags: {
    template: {type: 'string', char: 't', description: 'the starter: social-feed, url-shortener, chat, video-streaming, ride-hailing, ecommerce, metrics-ingestion, web-crawler, search-autocomplete'},
    name: {type: 'string', description: "the system's name (default: the template's)"},
    force: {type: 'boolean', description: 'replace the file if it exists (a regular file: a directory, a disk or a socket is never replaced)'},
    list: {type: 'boolean', description: 'list the templates'},
    json: {type: 'boolean', description: 'print what was written as JSON (the file and template; for `-`, the spec itself as a string), or with --list the templates'},
    color: COLOR_FLAG,
  },

  /**
   * A commented starter spec from a template. At a terminal it asks for what
   * the flags do not say; otherwise --template is required. An existing file
   * is never replaced without --force.
   */
  run: ({args, flags}, io) =>
    withDiagnostics(async () => {
      if (flags.list) {
        const text = flags.json
          ? `${json(STARTERS.map(({id, title, file}) => ({id, title, file})))}\n`
          : `${STARTERS.map((s) => `${s.id.padEnd(Math.max(...STARTERS.map((t) => t.id.length)))}  ${s.title}`).join('\n')}\n`
        return {stdout: text, stderr: '', exitCode: 0}
      }
      let {template, name} = flags
      let file = args.file
      const ids = STARTERS.map((s) => s.id)
      // What the command line says is checked before any question: a mistyped template, an existing file.
      if (template !== undefined && !ids.includes(template)) unknownTemplate(template, ids)
      if (file !== undefined && !flags.force) await refuseExisting(file)
      const interactive = io.stdin.isTTY === true && io.stderr.isTTY === true && !flags.json
      if (interactive && (template === undefined || name === undefined || file === undefined)) {
        const answers = await ask(io, {template, name, file, force: flags.force === true})
        // Ctrl-C or Ctrl-D at a question: nothing is written, and no stack trace (130: ended by the user, as a shell counts SIGINT).
        if (answers === null) return {stdout: '', stderr: 'sizeup init: cancelled; nothing written\n', exitCode: 130}
        ;({template, name, file} = answers)
      }
      if (template === undefined) usage('which template? --template is needed when not at a terminal', `the templates are ${ids.join(', ')} (\`sizeup init --list\`)`)
      const starter = STARTERS.find((s) => s.id === template)!
      const target = file ?? DEFAULT_FILE
      const cwd = process.cwd()
      const cli = invocation(io.root, cwd)
      const text = starterSpec(starter, name, schemaPathFor(target, io.root, cwd), cli)
      const to = await resolveOutput(target, SPEC_OUTPUT)
      // `-` with --json: the spec is the result, as a string in the JSON like the file name would be.
      if (to.kind === 'stdout') return {stdout: flags.json ? `${json({file: '-', template: starter.id, spec: text})}\n` : text, stderr: '', exitCode: 0}
      let stderr = ''
      if (to.kind === 'stderr') stderr = text
      else if (to.kind === 'stream' || (to.kind === 'file' && to.exists && flags.force)) await writeTarget(to, target, text, SPEC_OUTPUT)
      else if (to.exists) fileExists(target)
      else {
        // Through a dangling link, `to.path` is where it points: the file is created there and the link kept.
        const written = await writeNewFile(to.path, text)
        if (written === 'exists') fileExists(target)
        if (written === 'no-directory') throw cannotWrite(target, 'its directory does not exist', SPEC_OUTPUT)
      }
      const result = {file: target, template: starter.id}
      return {
        stdout: flags.json ? `${json(result)}\n` : `wrote ${terminal(target)}: ${starter.title}\nnext: ${cli} estimate ${terminal(target)}; ${cli} check ${terminal(target)}\n`,
        stderr,
        exitCode: 0,
      }
    }),
})

function unknownTemplate(template: string, ids: readonly string[]): never {
  const list = `the templates are ${ids.join(', ')}`
  const near = didYouMean(template, ids)
  usage(`no template \`${template}\``, near ? `${near} ${list}` : list)
}

function fileExists(target: string): never {
  usage(`${target} exists; sizeup init never overwrites a file`, 'give --force to replace it, or another file name')
}

/** Refuses a file that exists (as a regular file) before anything is asked or written. */
async function refuseExisting(target: string): Promise<void> {
  const to = await resolveOutput(target, SPEC_OUTPUT)
  if (to.kind === 'file' && to.exists) fileExists(target)
}

interface Answers {
  readonly template: string
  readonly name: string | undefined
  readonly file: string
}

/**
 * The questions at a terminal, each with its default, on stderr so stdout
 * stays the result (@inquirer's prompts: a list of the templates by id and
 * title to pick from, then text with a default). The file is checked as it
 * is typed, so an existing one is refused at its question, not after. Null
 * when the user ends a prompt (Ctrl-C, Ctrl-D).
 */
async function ask(io: CommandIO, given: {template: string | undefined; name: string | undefined; file: string | undefined; force: boolean}): Promise<Answers | null> {
  const context = {input: io.stdin as NodeJS.ReadableStream, output: io.stderr as NodeJS.WritableStream, clearPromptOnDone: false}
  const width = Math.max(...STARTERS.map((s) => s.id.length))
  try {
    const template =
      given.template ??
      (await select({message: 'Template', choices: STARTERS.map((s) => ({value: s.id, name: `${s.id.padEnd(width)}  ${s.title}`})), pageSize: STARTERS.length, loop: false}, context))
    const starter = STARTERS.find((s) => s.id === template)!
    const defaultName = /^name: (.*)$/m.exec(starter.text)?.[1] ?? starter.title
    const name = given.name ?? ((await input({message: 'System name', default: defaultName}, context)).trim() || undefined)
    const validate = async (answer: string): Promise<string | true> => {
      if (given.force) return true
      const to = await resolveOutput(answer.trim() || DEFAULT_FILE, SPEC_OUTPUT).catch(() => null)
      return to?.kind === 'file' && to.exists ? `${answer.trim() || DEFAULT_FILE} exists; give another name (or run with --force)` : true
    }
    const file = given.file ?? ((await input({message: 'File to write', default: DEFAULT_FILE, validate}, context)).trim() || DEFAULT_FILE)
    return {template, name, file}
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) return null
    throw e
  }
}
