import type {CommandDefinition} from './command.js'
import {COMMAND_LOADERS} from './loaders.js'

/** What oclif needs to list a command and show its help: its definition without the adapter. */
export type CommandManifest = Readonly<Record<string, Omit<CommandDefinition, 'run'>>>

/** Every command's declaration, by id; the build writes it to dist/command-manifest.json. */
export async function commandManifest(): Promise<CommandManifest> {
  const out: Record<string, Omit<CommandDefinition, 'run'>> = {}
  for (const [id, load] of Object.entries(COMMAND_LOADERS)) {
    const {run: _run, ...declaration} = await load()
    out[id] = declaration
  }
  return out
}
