import {readFileSync} from 'node:fs'
import {Args, Command, Flags} from '@oclif/core'
import type {FlagDef} from './command.js'
import type {CommandManifest} from './manifest.js'

// The commands' declarations, written by the build from their definitions (commands/manifest.ts),
// so that listing commands and showing help loads none of their pipelines. This module is
// dist/commands/oclif.js; the manifest is dist/command-manifest.json.
const DEFINITIONS = JSON.parse(readFileSync(new URL('../command-manifest.json', import.meta.url), 'utf8')) as CommandManifest

/**
 * oclif's view of the commands, made from their definitions: oclif shows
 * help, finds commands (and suggests them), and runs the autocomplete plugin.
 * Parsing is sizeup's own (commands/parse.ts), the same as on the fast path.
 */
function oclifFlag(f: FlagDef) {
  const common = {description: f.description, ...(f.char ? {char: f.char as 'o'} : {}), ...(f.exclusive ? {exclusive: [...f.exclusive]} : {}), ...(f.dependsOn ? {dependsOn: [...f.dependsOn]} : {}), ...(f.env ? {env: f.env} : {})}
  switch (f.type) {
    case 'boolean':
      return Flags.boolean({...common, ...(f.allowNo ? {allowNo: true} : {})})
    case 'integer':
      return Flags.integer({...common, ...(f.default !== undefined ? {default: f.default} : {}), ...(f.min !== undefined ? {min: f.min} : {}), ...(f.max !== undefined ? {max: f.max} : {})})
    case 'string':
      // oclif types a repeatable flag apart; the options are the same either way.
      return Flags.string({
        ...common,
        ...(f.helpValue ? {helpValue: f.helpValue} : {}),
        ...(f.options ? {options: [...f.options]} : {}),
        ...(f.default !== undefined ? {default: f.default} : {}),
        ...(f.multiple ? {multiple: true, multipleNonGreedy: true} : {}),
      } as Parameters<typeof Flags.string>[0])
  }
}

function oclifCommand(id: string, definition: CommandManifest[string]): typeof Command {
  return class extends Command {
    static override summary = definition.summary
    static override description = definition.description
    static override examples = [...definition.examples]
    static override strict = definition.strict !== false
    static override args = Object.fromEntries(
      Object.entries(definition.args).map(([name, a]) => [name, Args.string({description: a.description, required: a.required === true, ...(a.options ? {options: [...a.options]} : {}), ...(a.default !== undefined ? {default: a.default} : {})})]),
    )
    static override flags = Object.fromEntries(Object.entries(definition.flags).map(([name, f]) => [name, oclifFlag(f)]))

    async run(): Promise<void> {
      // The arguments are parsed by sizeup's parser (inside runCommand), not this.parse(): say so, or oclif warns.
      this.parsed = true
      // The command's pipeline loads only now, so --help stays fast.
      const {emit, processIO, runCommand} = await import('./run.js')
      emit(await runCommand(id, this.argv, processIO(this.config.version, this.config.root)))
    }
  }
}

/** Every command, by id (oclif's explicit command strategy: no directory scan at start-up). */
export const COMMANDS = Object.fromEntries(Object.entries(DEFINITIONS).map(([id, d]) => [id, oclifCommand(id, d)]))
