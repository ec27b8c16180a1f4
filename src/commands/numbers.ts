import {terminalStyle} from '../node/terminal-style.js'
import {filterNumbers} from '../numbers/filter.js'
import {REFERENCE_NUMBERS} from '../numbers/generated/reference.js'
import {SECTIONS} from '../numbers/types.js'
import {renderNumbers} from '../render/numbers-text.js'
import {defineCommand} from './command.js'
import {json} from '../spec/sinks/json.js'

export default defineCommand({
  summary: 'The reference numbers behind the estimates: latencies, per-node throughput, sizing limits, prices, SLAs, payload sizes.',
  description: 'Lists the sourced figures sizeup knows, each with its conditions (DERIVED, VENDOR, SECONDARY, DISPUTED, EXTRAPOLATED flags) and its source. Words filter by key, unit and note; all must match.',
  examples: ['<%= config.bin %> numbers', '<%= config.bin %> numbers rtt', '<%= config.bin %> numbers postgres --section throughput', '<%= config.bin %> numbers --flag disputed --json'],
  strict: false,
  args: {
    words: {description: 'words to look for in the key, unit or note'},
  },
  flags: {
    section: {type: 'string', description: 'only this section', options: SECTIONS},
    flag: {type: 'string', description: 'only figures whose note carries this flag (derived, vendor, secondary, disputed, extrapolated)'},
    json: {type: 'boolean', description: 'print the figures as JSON'},
    color: {type: 'boolean', allowNo: true, description: 'colour the output (default: only on a terminal and not with NO_COLOR; FORCE_COLOR forces it)'},
  },

  /** The sourced reference figures, filtered. */
  async run({argv, flags}, io) {
    const found = filterNumbers(REFERENCE_NUMBERS, {words: argv, section: flags.section ?? null, flag: flags.flag ?? null})
    const stdout = flags.json ? `${json(found)}\n` : renderNumbers(found, terminalStyle(flags.color, io))
    return {stdout, stderr: '', exitCode: 0}
  },
})
