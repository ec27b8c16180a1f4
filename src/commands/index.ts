import Estimate from './estimate.js'
import Report from './report.js'

/** Every command, by id (oclif's explicit command strategy: no directory scan at start-up). */
export const COMMANDS = {
  estimate: Estimate,
  report: Report,
}
