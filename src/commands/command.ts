/**
 * What a command is: its documentation, its arguments and flags (plain data,
 * from which the oclif command, the fast path and docs/commands.md are all
 * made), and its adapter: parsed command line and I/O in, an Outcome out.
 * Loading a definition loads nothing else: a command's pipeline is imported
 * inside its run(), so that `--help` and the other commands stay fast.
 */

import type {Diagnostic} from '../spec/diagnostic.js'

/** A flag as the command declares it; the parsed value's type follows from it (see FlagValue). */
export type FlagDef = BooleanFlag | StringFlag | IntegerFlag

interface FlagCommon {
  readonly description: string
  /** A one-letter alias (`-o`). */
  readonly char?: string
  /** Flags this one cannot be given with, and flags it needs. */
  readonly exclusive?: readonly string[]
  readonly dependsOn?: readonly string[]
  /** An environment variable that gives the flag when the command line does not (`SIZEUP_FAIL_ON`): for CI, where a setting lives in the job's environment. */
  readonly env?: string
}

export interface BooleanFlag extends FlagCommon {
  readonly type: 'boolean'
  /** Also accept `--no-<name>`; without the flag the value is undefined (the command decides). */
  readonly allowNo?: boolean
}

export interface StringFlag extends FlagCommon {
  readonly type: 'string'
  /** The placeholder in help: `--output=FILE`. */
  readonly helpValue?: string
  readonly options?: readonly string[]
  readonly default?: string
  /** Repeatable: every value, in order. */
  readonly multiple?: boolean
}

export interface IntegerFlag extends FlagCommon {
  readonly type: 'integer'
  readonly default?: number
  readonly min?: number
  readonly max?: number
}

export interface ArgDef {
  readonly description: string
  readonly required?: boolean
  readonly options?: readonly string[]
  readonly default?: string
}

/** The parsed value of a flag, by its declaration: a typo'd or mistyped read fails to compile. */
export type FlagValue<D> = D extends BooleanFlag
  ? D extends {readonly allowNo: true}
    ? boolean | undefined
    : boolean
  : D extends IntegerFlag
    ? D extends {readonly default: number}
      ? number
      : number | undefined
    : D extends {readonly multiple: true}
      ? readonly string[]
      : D extends {readonly options: readonly (infer O)[]}
        ? D extends {readonly default: string}
          ? O
          : O | undefined
        : D extends {readonly default: string}
          ? string
          : string | undefined

export type ArgValue<D> = D extends {readonly options: readonly (infer O)[]}
  ? D extends {readonly required: true} | {readonly default: string}
    ? O
    : O | undefined
  : D extends {readonly required: true} | {readonly default: string}
    ? string
    : string | undefined

export type Flags = Readonly<Record<string, FlagDef>>
export type Args = Readonly<Record<string, ArgDef>>

/** A command line, parsed against a definition. */
export interface Parsed<A extends Args, F extends Flags> {
  readonly args: {readonly [K in keyof A]: ArgValue<A[K]>}
  /** Every positional, in order (a command that takes any number of files reads them here). */
  readonly argv: readonly string[]
  readonly flags: {readonly [K in keyof F]: FlagValue<F[K]>}
}

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CommandIO {
  readonly stdin: AsyncIterable<Uint8Array> & {readonly isTTY?: boolean}
  readonly stdout: {readonly isTTY?: boolean; write(text: string): unknown}
  readonly stderr: {readonly isTTY?: boolean; write(text: string): unknown}
  readonly env: Readonly<Record<string, string | undefined>>
  /** The package version (check writes it into SARIF). */
  readonly version: string
  /** The package's root directory (the schemas, the vendored Mermaid bundle). */
  readonly root: string
}

/** What a command prints and how it exits; a command that streams (practice) has written its output already. */
export interface Outcome {
  readonly stdout: string
  readonly stderr: string
  /** 0 success, 1 the check failed, 2 bad input or usage, 130 ended by the user at a question (Ctrl-C, as a shell counts SIGINT). */
  readonly exitCode: 0 | 1 | 2 | 130
  /** With exit 2: the problems on stderr, for a command asked for JSON to print as `{"error": …}` (commands/run.ts). */
  readonly problems?: readonly Diagnostic[]
}

export interface CommandDefinition<A extends Args = Args, F extends Flags = Flags> {
  readonly summary: string
  readonly description: string
  /** `<%= config.bin %>` stands for the program's name, as in oclif. */
  readonly examples: readonly string[]
  /** False when any number of positionals is allowed (check <files...>, numbers [words...]). */
  readonly strict?: boolean
  readonly args: A
  readonly flags: F
  run(parsed: Parsed<A, F>, io: CommandIO): Promise<Outcome>
}

/** Declares a command; the identity function, there for the types it infers. */
export function defineCommand<const A extends Args, const F extends Flags>(definition: CommandDefinition<A, F>): CommandDefinition<A, F> {
  return definition
}

/** The flag every command takes, so that --color / --no-color work everywhere. */
export const COLOR_FLAG = {type: 'boolean', allowNo: true, description: 'accepted so that --color / --no-color work on every command; this one never colours'} as const
