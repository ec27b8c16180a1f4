import {parseArgs} from 'node:util'
import {own} from '../quantity/own.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'
import type {Args, CommandDefinition, FlagDef, Flags, Parsed} from './command.js'

/** Where command-line problems are located: `<command line>:1:<column of the argument>`. */
export const COMMAND_LINE = '<command line>'
/** Where a problem with a flag given by an environment variable is located (its path is the variable). */
export const ENVIRONMENT = '<environment>'

/** More arguments than any real command line; `sizeup check` of this many specs would take minutes anyway. */
export const MAX_ARGUMENTS = 10_000

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never

/**
 * The one parser of sizeup's command lines, for the fast path and the oclif
 * commands alike: argv against a command's declared arguments and flags.
 * Every problem is reported at once, located at its argument, with a hint;
 * thrown as a SpecError (exit 2). `--help` is not handled here: the CLI shows
 * help before a command runs.
 */
export function parseCommandLine<A extends Args, F extends Flags>(
  id: string,
  definition: CommandDefinition<A, F>,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Parsed<A, F> {
  // node:util's parseArgs takes time quadratic in the number of arguments (3 s for 100,000).
  if (argv.length > MAX_ARGUMENTS) {
    throw new SpecError([{file: COMMAND_LINE, line: 1, column: 1, path: '', message: `${argv.length} arguments; sizeup takes at most ${MAX_ARGUMENTS}`, hint: 'check a few hundred specs per run, e.g. one directory at a time'}])
  }
  const problems: Diagnostic[] = []
  // Column of each argument in the command line as typed after `sizeup` (`estimate design.yaml --json`), and of its end.
  const columns: number[] = [id.length + 2]
  for (const a of argv) columns.push(columns[columns.length - 1]! + a.length + 1)
  const column = (index: number): number => columns[index] ?? 1
  /** Environment variables that gave a flag, by the negative index standing for them (-1, -2 …). */
  const fromEnv = new Map<number, string>()
  const problem = (index: number, message: string, hint: string | null): void => {
    const variable = fromEnv.get(index)
    if (variable === undefined) problems.push({file: COMMAND_LINE, line: 1, column: column(index), path: '', message, hint})
    else problems.push({file: ENVIRONMENT, line: 1, column: 1, path: variable, message: `${message}, from \`${variable}\``, hint})
  }
  const help = `\`sizeup ${id} --help\` lists its arguments and flags`

  const defs = definition.flags as Readonly<Record<string, FlagDef>>
  const options: Record<string, {type: 'boolean' | 'string'; short?: string; multiple?: boolean}> = {}
  for (const [name, f] of Object.entries(defs)) {
    options[name] = {type: f.type === 'boolean' ? 'boolean' : 'string', ...(f.char ? {short: f.char} : {})}
    if (f.type === 'boolean' && f.allowNo) options[`no-${name}`] = {type: 'boolean'}
  }
  const {tokens} = parseArgs({args: [...argv], options, strict: false, allowPositionals: true, tokens: true})

  const given = new Map<string, {value: string | boolean; index: number}>()
  const repeated = new Map<string, string[]>()
  const positionals: string[] = []
  /** The argv index of each positional, to locate problems with it. */
  const at: number[] = []
  for (const token of tokens as Token[]) {
    if (token.kind === 'positional') {
      positionals.push(token.value)
      at.push(token.index)
      continue
    }
    if (token.kind !== 'option') continue
    // A flag named like a built-in (`--toString`, `--no-constructor`) is an unknown flag: only own entries count.
    const negated = token.name.startsWith('no-') && own(defs, token.name.slice(3))?.type === 'boolean' && own(options, token.name) !== undefined
    const name = negated ? token.name.slice(3) : token.name
    const f = own(defs, name)
    if (f === undefined || (!negated && own(options, token.name) === undefined)) {
      const known = Object.keys(options).map((n) => `--${n}`)
      problem(token.index, `unknown flag \`${token.rawName}\``, didYouMean(token.rawName, known) ?? help)
      continue
    }
    if (f.type === 'boolean') {
      if (token.inlineValue) problem(token.index, `\`--${name}\` takes no value`, `write \`--${name}\`${f.allowNo ? ` or \`--no-${name}\`` : ''}`)
      else given.set(name, {value: !negated, index: token.index})
      continue
    }
    if (token.value === undefined) {
      problem(token.index, `\`--${name}\` needs a value`, example(name, f))
      continue
    }
    if (f.type === 'string' && f.multiple) {
      if (f.options && !f.options.includes(token.value)) problem(token.index, `\`--${name}\` must be one of ${f.options.join(', ')} (got \`${token.value}\`)`, didYouMean(token.value, f.options))
      repeated.set(name, [...(repeated.get(name) ?? []), token.value])
      given.set(name, {value: token.value, index: token.index})
      continue
    }
    if (given.has(name)) problem(token.index, `\`--${name}\` is given more than once`, 'give it once')
    given.set(name, {value: token.value, index: token.index})
  }

  // A flag the command line does not give may come from its environment variable (the command line wins).
  for (const [name, f] of Object.entries(defs)) {
    const value = f.env === undefined || given.has(name) ? undefined : own(env, f.env)
    if (value === undefined || value === '') continue
    const index = -1 - fromEnv.size
    fromEnv.set(index, f.env!)
    if (f.type === 'string' && f.multiple) repeated.set(name, [value])
    if (f.type !== 'boolean') given.set(name, {value, index})
    else if (/^(1|true)$/i.test(value)) given.set(name, {value: true, index})
    else if (/^(0|false)$/i.test(value)) given.set(name, {value: false, index})
    else problem(index, `\`--${name}\` is on or off, not \`${value}\``, `set ${f.env} to 1 or 0`)
  }

  const flags: Record<string, unknown> = {}
  for (const [name, f] of Object.entries(defs)) {
    const seen = given.get(name)
    if (f.type === 'boolean') {
      flags[name] = seen === undefined ? (f.allowNo ? undefined : false) : seen.value
      continue
    }
    if (f.type === 'string' && f.multiple) {
      flags[name] = repeated.get(name) ?? []
      continue
    }
    const raw = seen === undefined ? undefined : String(seen.value)
    if (raw === undefined) {
      flags[name] = f.default
      continue
    }
    if (f.type === 'integer') {
      const n = /^-?\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN
      if (Number.isNaN(n)) problem(seen!.index, `\`--${name}\` must be a whole number (got \`${raw}\`)`, example(name, f))
      else if (f.min !== undefined && n < f.min) problem(seen!.index, `\`--${name}\` must be at least ${f.min} (got ${n})`, example(name, f))
      else if (f.max !== undefined && n > f.max) problem(seen!.index, `\`--${name}\` must be at most ${f.max} (got ${n})`, example(name, f))
      flags[name] = n
      continue
    }
    if (f.options && !f.options.includes(raw)) problem(seen!.index, `\`--${name}\` must be one of ${f.options.join(', ')} (got \`${raw}\`)`, didYouMean(raw, f.options))
    flags[name] = raw
  }
  for (const [name, f] of Object.entries(defs)) {
    const seen = given.get(name)
    if (seen === undefined) continue
    for (const other of f.exclusive ?? []) if (given.has(other) && name < other) problem(Math.max(seen.index, given.get(other)!.index), `give either --${name} or --${other}, not both`, help)
    for (const needed of f.dependsOn ?? []) if (!given.has(needed)) problem(seen.index, `\`--${name}\` needs \`--${needed}\``, help)
  }

  const args: Record<string, string | undefined> = {}
  const declared = Object.entries(definition.args)
  declared.forEach(([name, a], i) => {
    const value = positionals[i]
    if (value === undefined) {
      if (a.required) problems.push({file: COMMAND_LINE, line: 1, column: column(argv.length), path: '', message: `missing <${name}>: ${a.description}`, hint: help})
      args[name] = a.default
      return
    }
    if (a.options && !a.options.includes(value)) problem(at[i]!, `<${name}> must be one of ${a.options.join(', ')} (got \`${value}\`)`, didYouMean(value, a.options))
    args[name] = value
  })
  if (definition.strict !== false && positionals.length > declared.length) problem(at[declared.length]!, `unexpected argument \`${positionals[declared.length]}\``, help)
  if (problems.length > 0) throw new SpecError(problems)
  return {args, argv: positionals, flags} as unknown as Parsed<A, F>
}

function example(name: string, f: FlagDef): string {
  if (f.type === 'integer') return `e.g. \`--${name} ${f.default ?? f.min ?? 1}\``
  if (f.type === 'string' && f.options) return `one of ${f.options.join(', ')}`
  return `e.g. \`--${name} ${f.type === 'string' && f.helpValue ? f.helpValue : 'VALUE'}\``
}
