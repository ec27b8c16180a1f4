import {createInterface} from 'node:readline/promises'
import {STARTERS} from '../init/generated/starters.js'
import {starterSpec} from '../init/starters.js'
import {writeTarget, writeNewFile} from '../node/atomic-write.js'
import {resolveOutput} from '../node/output-target.js'
import {cannotWrite, type OutputRole} from '../node/write-problem.js'
import {COLOR_FLAG, type CommandIO, defineCommand} from './command.js'
import {usage, withDiagnostics} from './outcome.js'
import {json} from '../spec/sinks/json.js'
import {terminal} from '../spec/sinks/terminal.js'

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
      const interactive = io.stdin.isTTY === true && io.stderr.isTTY === true && !flags.json
      if (interactive && (template === undefined || name === undefined || file === undefined)) ({template, name, file} = await ask(io, template, name, file))
      const ids = STARTERS.map((s) => s.id).join(', ')
      if (template === undefined) usage('which template? --template is needed when not at a terminal', `the templates are ${ids} (\`sizeup init --list\`)`)
      const starter = STARTERS.find((s) => s.id === template)
      if (starter === undefined) usage(`no template \`${template}\``, `the templates are ${ids}`)
      const text = starterSpec(starter, name)
      const target = file ?? DEFAULT_FILE
      const to = await resolveOutput(target, SPEC_OUTPUT)
      // `-` with --json: the spec is the result, as a string in the JSON like the file name would be.
      if (to.kind === 'stdout') return {stdout: flags.json ? `${json({file: '-', template: starter.id, spec: text})}\n` : text, stderr: '', exitCode: 0}
      let stderr = ''
      if (to.kind === 'stderr') stderr = text
      else if (to.kind === 'stream' || (to.kind === 'file' && to.exists && flags.force)) await writeTarget(to, target, text, SPEC_OUTPUT)
      else if (to.exists) usage(`${target} exists; sizeup init never overwrites a file`, 'give --force to replace it, or another file name')
      else {
        // Through a dangling link, `to.path` is where it points: the file is created there and the link kept.
        const written = await writeNewFile(to.path, text)
        if (written === 'exists') usage(`${target} exists; sizeup init never overwrites a file`, 'give --force to replace it, or another file name')
        if (written === 'no-directory') throw cannotWrite(target, 'its directory does not exist', SPEC_OUTPUT)
      }
      const result = {file: target, template: starter.id}
      return {
        stdout: flags.json ? `${json(result)}\n` : `wrote ${terminal(target)}: ${starter.title}\nnext: sizeup estimate ${terminal(target)}; sizeup check ${terminal(target)}\n`,
        stderr,
        exitCode: 0,
      }
    }),
})

/** The questions at a terminal, each with its default; prompts on stderr so stdout stays the result. */
async function ask(io: CommandIO, template: string | undefined, name: string | undefined, file: string | undefined): Promise<{template: string; name: string | undefined; file: string}> {
  const rl = createInterface({input: io.stdin as NodeJS.ReadableStream, output: io.stderr as NodeJS.WritableStream, terminal: true})
  try {
    let starter = STARTERS.find((s) => s.id === template)
    while (starter === undefined) {
      io.stderr.write(`Templates:\n${STARTERS.map((s, i) => `  ${String(i + 1).padStart(2)}. ${s.title}`).join('\n')}\n`)
      const answer = (await rl.question('Template (number or id) [1]: ')).trim() || '1'
      starter = STARTERS[Number(answer) - 1] ?? STARTERS.find((s) => s.id === answer)
      if (starter === undefined) io.stderr.write(`no template \`${terminal(answer)}\`\n`)
    }
    const defaultName = /^name: (.*)$/m.exec(starter.text)?.[1] ?? starter.title
    const chosenName = name ?? ((await rl.question(`System name [${defaultName}]: `)).trim() || undefined)
    const chosenFile = file ?? ((await rl.question(`File to write [${DEFAULT_FILE}]: `)).trim() || DEFAULT_FILE)
    return {template: starter.id, name: chosenName, file: chosenFile}
  } finally {
    rl.close()
  }
}
