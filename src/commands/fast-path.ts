import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {terminal} from '../spec/sinks/terminal.js'

/** Flags that mean "show something about the CLI": oclif shows them. */
const CLI_FLAGS = new Set(['--help', '-h', '--version'])

/**
 * Runs a command without loading oclif: the command line names a known
 * command and asks for no help. Parsing and running are the same as under
 * oclif (commands/run.ts); only the start-up is shorter. Returns false to
 * hand over to oclif: help, `--version` on a terminal, completion. An
 * unknown command is answered here, with the nearest command as a hint.
 */
export async function tryFastPath(argv: readonly string[]): Promise<boolean> {
  if (process.env.SIZEUP_NO_FAST_PATH) return false
  // This module is dist/commands/fast-path.js: the package root is two levels up.
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const {version} = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {version: string}
  // oclif's own format: bin/version platform-arch node-version.
  const versionLine = `sizeup/${version} ${process.platform}-${process.arch} node-${process.version}`
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${versionLine}\n`)
    return true
  }
  if (argv.length === 1 && argv[0] === '--help' && !process.stdout.isTTY && !process.env.OCLIF_COLUMNS) {
    // oclif renders help to the terminal's width; off a terminal that is 80
    // columns, which is how the build captured it.
    try {
      process.stdout.write(readFileSync(new URL('../help.txt', import.meta.url), 'utf8').replace('{{version}}', versionLine))
      return true
    } catch {
      return false
    }
  }
  const [id, ...rest] = argv
  if (id === undefined) return false
  // Only now: --version and the root help above need no command.
  const [{isCommand}, {emit, processIO, runCommand}, {isUnknownCommand, unknownCommand}] = await Promise.all([import('./loaders.js'), import('./run.js'), import('./not-found.js')])
  // A typo is a usage problem like any other: exit 2 with the nearest command, also under --help.
  if (isUnknownCommand(id)) {
    emit(unknownCommand(id))
    return true
  }
  if (!isCommand(id) || rest.some((a) => CLI_FLAGS.has(a))) return false
  emit(await runCommand(id, rest, processIO(version, root)))
  return true
}

/**
 * The command line as oclif gets it when the fast path hands over. oclif
 * quotes a command it cannot find (`command … not found`) on standard error
 * as it is, so the command's name is made safe for a terminal; a real
 * command's name has nothing to escape, and its arguments reach it unchanged.
 */
export function oclifArgv(argv: readonly string[]): string[] {
  const [id, ...rest] = argv
  return id === undefined ? [] : [terminal(id), ...rest]
}
