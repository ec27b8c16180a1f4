import type {DesignReport} from './generated/schema-types.js'

export type {Requirements, WorkloadRequirement} from './requirements.js'
export type {Risk} from './risks.js'

/**
 * The canonical result of the analysis (scripts/report-schema.mjs): the
 * estimate report plus what the spec asks for, the decisions with the matrix
 * rows behind them, the scaling plan and the monthly cost (null until those
 * are computed), the design review's findings (suppressed ones included, with
 * their reasons), the risks, and what the analysis could not do as asked.
 * `sizeup report --json` prints it; every renderer (Markdown, HTML, check
 * formats, diff) is a pure function of it and never analyses again.
 */
export type Report = DesignReport

export type {DesignReport} from './generated/schema-types.js'
