import check from './check.js'
import type {CommandDefinition} from './command.js'
import diff from './diff.js'
import estimate from './estimate.js'
import explain from './explain.js'
import init from './init.js'
import numbers from './numbers.js'
import practice from './practice.js'
import report from './report.js'
import schema from './schema.js'

/** Every command by id: the one list the oclif commands, the fast path and the docs are made from. */
export const COMMANDS: Readonly<Record<string, CommandDefinition>> = {check, diff, estimate, explain, init, numbers, practice, report, schema}
