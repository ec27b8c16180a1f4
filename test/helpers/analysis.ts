import {Readable} from 'node:stream'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {analyse, type AnalysisRequest} from '../../src/analysis/analyser.js'
import {readerOf} from '../../src/analysis/inputs.js'
import type {Report} from '../../src/analysis/report.js'
import type {CommandIO, Outcome} from '../../src/commands/command.js'
import {runCommand} from '../../src/commands/run.js'
import {fileReader} from '../../src/node/input.js'

/** The Report of a spec file (paths relative to the project root, as the CLI tests run), with an overlay and configuration if named. */
export function reportOfFile(spec: string, request: Omit<AnalysisRequest, 'spec'> = {}): Promise<Report> {
  return analyse({...request, spec}, {read: fileReader(Readable.from([]))})
}

/** The Report of spec text, with an overlay's text if given. */
export function reportOfYaml(yaml: string, options: {readonly file?: string; readonly overlay?: string} = {}): Promise<Report> {
  const file = options.file ?? 'spec.yaml'
  const texts: Record<string, string> = {[file]: yaml}
  if (options.overlay !== undefined) texts['overlay.yaml'] = options.overlay
  return analyse({spec: file, overlay: options.overlay === undefined ? undefined : 'overlay.yaml'}, {read: readerOf(texts)})
}

// The project root: vitest runs from it (helpers/spec.ts's ROOT needs Node's URL, which jsdom tests replace).
const ROOT = process.cwd()
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version

/** A command's streams in a test: standard input from a string (or bytes), output captured, no terminal. */
export function testIO(input: string | Uint8Array = '', env: Readonly<Record<string, string | undefined>> = {}): CommandIO & {readonly written: () => {stdout: string; stderr: string}} {
  let stdout = ''
  let stderr = ''
  return {
    stdin: Readable.from(input.length === 0 ? [] : [Buffer.from(input)]),
    stdout: {isTTY: false, write: (text: string) => (stdout += text)},
    stderr: {isTTY: false, write: (text: string) => (stderr += text)},
    env: {NO_COLOR: '1', ...env},
    version: VERSION,
    root: ROOT,
    written: () => ({stdout, stderr}),
  }
}

/**
 * Runs a command line in this process, as `sizeup …` would (parsing
 * included): what the CLI tests use instead of spawning the binary. Help and
 * `--version` are oclif's and need the binary (`runBinary`, helpers/binary.ts).
 * `cwd` runs it from another working directory, for what a command resolves
 * from there (a default output file, the configuration found for `-`).
 */
export async function sizeup(
  argv: readonly string[],
  input: string | Uint8Array = '',
  env: Readonly<Record<string, string | undefined>> = {},
  cwd?: string,
): Promise<{stdout: string; stderr: string; status: number; outcome: Outcome}> {
  const [id, ...rest] = argv
  const io = testIO(input, env)
  const outcome = await inDirectory(cwd, () => runCommand(id!, rest, io))
  const streamed = io.written()
  return {stdout: streamed.stdout + outcome.stdout, stderr: streamed.stderr + outcome.stderr, status: outcome.exitCode, outcome}
}

/**
 * Runs `run` from `dir`. process.chdir works in the forks pool (vitest.config.ts)
 * and not in worker threads; the tests of a file run one at a time, so nothing
 * else in this process sees the change, and it is undone even when `run` throws.
 */
async function inDirectory<T>(dir: string | undefined, run: () => Promise<T>): Promise<T> {
  if (dir === undefined) return run()
  const previous = process.cwd()
  process.chdir(dir)
  try {
    return await run()
  } finally {
    process.chdir(previous)
  }
}
