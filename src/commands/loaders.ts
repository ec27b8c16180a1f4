import type {CommandDefinition} from './command.js'

/**
 * Every command by id, each loaded only when it runs: a command's module
 * brings its whole pipeline, so the fast path loads one, never all nine.
 * (oclif lists and explains the commands from the manifest the build writes
 * from these same definitions: commands/manifest.ts.)
 */
export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<CommandDefinition>>> = {
  check: async () => (await import('./check.js')).default,
  diff: async () => (await import('./diff.js')).default,
  estimate: async () => (await import('./estimate.js')).default,
  export: async () => (await import('./export.js')).default,
  explain: async () => (await import('./explain.js')).default,
  init: async () => (await import('./init.js')).default,
  mcp: async () => (await import('./mcp.js')).default,
  numbers: async () => (await import('./numbers.js')).default,
  practice: async () => (await import('./practice.js')).default,
  report: async () => (await import('./report.js')).default,
  schema: async () => (await import('./schema.js')).default,
}

/** Whether `id` names a command (not an inherited property of the object). */
export function isCommand(id: string): boolean {
  return Object.hasOwn(COMMAND_LOADERS, id)
}
