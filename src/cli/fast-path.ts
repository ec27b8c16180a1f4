import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs, type ParseArgsConfig} from 'node:util'

/** What the fast path knows of a command: its arguments and flags, extracted from the oclif commands at build. */
export interface FastCommand {
  readonly args: ReadonlyArray<{readonly name: string; readonly required: boolean; readonly options?: readonly string[]; readonly default?: string}>
  /** False when extra positionals are allowed (check <files...>, numbers [words...]). */
  readonly strict: boolean
  readonly flags: Readonly<
    Record<string, {readonly type: 'boolean' | 'string' | 'integer'; readonly allowNo: boolean; readonly multiple: boolean; readonly char?: string; readonly default?: unknown; readonly options?: readonly string[]; readonly min?: number; readonly max?: number}>
  >
}

export interface FastManifest {
  readonly version: string
  readonly commands: Readonly<Record<string, FastCommand>>
}

/**
 * Parses a command line the way the oclif command would, for the common case
 * only: a known command, known flags, well-formed values. Anything else —
 * help, a typo, a missing argument, a value outside its options — returns null
 * and the full oclif CLI handles it, with its own messages. So the fast path
 * changes how quickly sizeup starts, never what it says.
 */
export function parseFast(argv: readonly string[], manifest: FastManifest): {id: string; args: Record<string, string | undefined>; argv: string[]; flags: Record<string, unknown>} | null {
  const [id, ...rest] = argv
  const command = id === undefined ? undefined : manifest.commands[id]
  if (!command || rest.some((a) => a === '--help' || a === '-h' || a === '--version')) return null
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const [name, f] of Object.entries(command.flags)) {
    options[name] = {type: f.type === 'boolean' ? 'boolean' : 'string', multiple: f.multiple, ...(f.char ? {short: f.char} : {})}
    if (f.allowNo) options[`no-${name}`] = {type: 'boolean'}
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({args: [...rest], options, strict: true, allowPositionals: true})
  } catch {
    return null
  }
  const positionals = parsed.positionals
  if (positionals.some((p) => p.startsWith('-') && p !== '-')) return null
  if (command.strict && positionals.length > command.args.length) return null
  if (command.args.some((a, i) => a.required && positionals[i] === undefined)) return null
  if (command.args.some((a, i) => a.options && positionals[i] !== undefined && !a.options.includes(positionals[i]!))) return null
  const flags: Record<string, unknown> = {}
  for (const [name, f] of Object.entries(command.flags)) {
    let value: unknown = parsed.values[name]
    if (f.allowNo && parsed.values[`no-${name}`] === true) value = false
    if (value === undefined) value = f.default
    if (f.type === 'integer' && typeof value === 'string') {
      if (!/^-?\d+$/.test(value)) return null
      value = Number(value)
    }
    if (typeof value === 'number' && ((f.min !== undefined && value < f.min) || (f.max !== undefined && value > f.max))) return null
    if (f.options && value !== undefined && ![value].flat().every((v) => f.options!.includes(String(v)))) return null
    if (value !== undefined) flags[name] = value
  }
  const args: Record<string, string | undefined> = {}
  command.args.forEach((a, i) => {
    args[a.name] = positionals[i] ?? a.default
  })
  return {id: id!, args, argv: positionals, flags}
}

function isRootHelp(argv: readonly string[]): boolean {
  return argv.length === 1 && argv[0] === '--help'
}

/** Runs the command without loading oclif when the command line is plain; returns false to hand over to oclif. */
export async function tryFastPath(argv: readonly string[]): Promise<boolean> {
  if (process.env.SIZEUP_NO_FAST_PATH) return false
  let manifest: FastManifest
  try {
    manifest = JSON.parse(readFileSync(new URL('../fast-manifest.json', import.meta.url), 'utf8')) as FastManifest
  } catch {
    return false
  }
  // oclif's own format: bin/version platform-arch node-version.
  const versionLine = `sizeup/${manifest.version} ${process.platform}-${process.arch} node-${process.version}`
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${versionLine}\n`)
    return true
  }
  if (isRootHelp(argv) && !process.stdout.isTTY && !process.env.OCLIF_COLUMNS) {
    // oclif renders help to the terminal's width; off a terminal that is 80
    // columns, which is how the build captured it.
    try {
      process.stdout.write(readFileSync(new URL('../help.txt', import.meta.url), 'utf8').replace('{{version}}', versionLine))
      return true
    } catch {
      return false
    }
  }
  const parsed = parseFast(argv, manifest)
  if (!parsed) return false
  const {runEntry} = await import('./entries.js')
  // This module is dist/cli/fast-path.js: the package root is two levels up.
  const root = fileURLToPath(new URL('../..', import.meta.url))
  await runEntry(parsed.id, {args: parsed.args, argv: parsed.argv, flags: parsed.flags, version: manifest.version, root})
  return true
}
