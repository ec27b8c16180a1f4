import Check from './check.js'
import Diff from './diff.js'
import Estimate from './estimate.js'
import Explain from './explain.js'
import Init from './init.js'
import Numbers from './numbers.js'
import Practice from './practice.js'
import Report from './report.js'
import Schema from './schema.js'

/** Every command, by id (oclif's explicit command strategy: no directory scan at start-up). */
export const COMMANDS = {
  check: Check,
  diff: Diff,
  estimate: Estimate,
  explain: Explain,
  init: Init,
  numbers: Numbers,
  practice: Practice,
  report: Report,
  schema: Schema,
}
