import {spawn} from 'node:child_process'
import {ROOT} from './spec.js'

/** What a process printed, and how it ended (a signal leaves status null). */
export interface ProcessRun {
  readonly stdout: string
  readonly stderr: string
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
}

export interface ProcessOptions {
  /** Standard input; without it, an empty one (end of file at once). */
  readonly input?: string | Uint8Array
  /** Added to this process's environment; undefined removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The project root unless given. */
  readonly cwd?: string
}

/**
 * Runs a program and collects its output. Asynchronous on purpose: a vitest
 * worker blocked in spawnSync cannot answer the runner, and on a busy machine
 * a few of those in a row fail the run with "Timeout calling onTaskUpdate"
 * although every test passed.
 */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessRun> {
  const child = spawn(command, args, {cwd: options.cwd ?? ROOT, env: {...process.env, ...options.env}, stdio: ['pipe', 'pipe', 'pipe']})
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  // A program that exits before reading its input closes the pipe; that is its business, not an error here.
  child.stdin.on('error', () => {})
  child.stdin.end(options.input ?? '')
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), status, signal}))
  })
}

/**
 * Runs the built CLI (`bin/run.js`; `npm test` builds first) in a process of
 * its own, with NO_COLOR=1 unless `env` says otherwise: only for what needs
 * one (start-up, oclif's help and version, signals, pipes, a heap limit).
 * Everything else runs in-process through `sizeup()` (helpers/analysis.ts).
 */
export function runBinary(args: readonly string[], options: ProcessOptions = {}): Promise<ProcessRun> {
  return runProcess(process.execPath, [`${ROOT}/bin/run.js`, ...args], {...options, env: {NO_COLOR: '1', ...options.env}})
}

/** Type-checks one file against the built package's declarations (dist/types), as a library user's editor would. */
export function typeCheck(file: string): Promise<ProcessRun> {
  return runProcess(process.execPath, [`${ROOT}/node_modules/typescript/bin/tsc`, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', file])
}
