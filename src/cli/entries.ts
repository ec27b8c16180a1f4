import {join} from 'node:path'
import type {Outcome} from './outcome.js'

/** A parsed command line: named arguments, all positionals, flags by name (oclif's shapes). */
export interface ParsedCommand {
  readonly args: Readonly<Record<string, string | undefined>>
  readonly argv: readonly string[]
  readonly flags: Readonly<Record<string, unknown>>
  /** The package version (check writes it into SARIF). */
  readonly version: string
  /** The package's root directory (schemas, the vendored Mermaid bundle). */
  readonly root: string
}

type Entry = (p: ParsedCommand) => Promise<Outcome>

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined)
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined)

/**
 * What each command does with its parsed command line: one place, shared by
 * the oclif commands and by the start-up fast path in bin/run.js. Each entry
 * loads its pipeline only when called.
 */
export const ENTRIES: Readonly<Record<string, Entry>> = {
  estimate: async ({args, flags}) => {
    const {runEstimate} = await import('./run-estimate.js')
    return runEstimate({
      file: args.file!,
      json: flags.json === true,
      color: bool(flags.color),
      scenario: str(flags.scenario),
      samples: num(flags.samples),
      seed: num(flags.seed),
      samplesOut: str(flags['samples-out']),
    })
  },
  report: async ({args, flags, root}) => {
    const {runReport} = await import('./run-report.js')
    return runReport({
      file: args.file!,
      output: str(flags.output),
      templateDir: str(flags['template-dir']),
      json: flags.json === true,
      overlay: str(flags.overlay),
      format: (str(flags.format) ?? 'markdown') as 'markdown' | 'html',
      mermaidFile: join(root, 'dist/vendor/mermaid.min.js'),
    })
  },
  check: async ({argv, flags, version}) => {
    const {runCheck} = await import('./run-check.js')
    return runCheck({
      files: [...argv],
      config: str(flags.config),
      format: (flags.json === true ? 'json' : (str(flags.format) ?? 'stylish')) as Parameters<typeof runCheck>[0]['format'],
      overlay: str(flags.overlay),
      failOn: str(flags['fail-on']) as Parameters<typeof runCheck>[0]['failOn'],
      color: bool(flags.color),
      version,
    })
  },
  diff: async ({args, flags}) => {
    const {runDiff} = await import('./run-diff.js')
    return runDiff({
      base: args.base!,
      head: args.head!,
      format: (flags.json === true ? 'json' : (str(flags.format) ?? 'text')) as 'text' | 'markdown' | 'json',
      failOn: Array.isArray(flags['fail-on']) ? (flags['fail-on'] as string[]) : [],
      overlay: str(flags.overlay),
      config: str(flags.config),
      all: flags.all === true,
      color: bool(flags.color),
    })
  },
  explain: async ({args, flags}) => {
    const {runExplain} = await import('./run-explain.js')
    return runExplain({file: args.file!, metric: args.metric, json: flags.json === true})
  },
  numbers: async ({argv, flags}) => {
    const {runNumbers} = await import('./run-numbers.js')
    return runNumbers({words: argv, section: str(flags.section) as Parameters<typeof runNumbers>[0]['section'], flag: str(flags.flag), json: flags.json === true, color: bool(flags.color)})
  },
  practice: async ({flags}) => {
    const {runPractice} = await import('./run-practice.js')
    return runPractice({scenario: str(flags.scenario), spec: str(flags.spec), answers: str(flags.answers), seed: num(flags.seed), list: flags.list === true, json: flags.json === true, color: bool(flags.color)})
  },
  init: async ({args, flags}) => {
    const {runInit} = await import('./run-init.js')
    return runInit({
      file: args.file,
      template: str(flags.template),
      name: str(flags.name),
      force: flags.force === true,
      list: flags.list === true,
      json: flags.json === true,
      interactive: process.stdin.isTTY === true && process.stderr.isTTY === true && flags.json !== true,
    })
  },
  schema: async ({args, root}) => {
    const {readFile} = await import('node:fs/promises')
    return {stdout: await readFile(join(root, 'specs', `${args.name}.schema.json`), 'utf8'), stderr: '', exitCode: 0}
  },
}

/** Runs a command's entry and writes its outcome; sets the exit code rather than exiting, so output is flushed. */
export async function runEntry(id: string, parsed: ParsedCommand): Promise<void> {
  const outcome = await ENTRIES[id]!(parsed)
  if (outcome.stdout) process.stdout.write(outcome.stdout)
  if (outcome.stderr) process.stderr.write(outcome.stderr)
  process.exitCode = outcome.exitCode
}
