/** The monthly bill's types: those of scripts/schema/cost.mjs, which report --json publishes. */
export type {CostCategory, CostLine, CostReport, Unpriced} from './generated/schema-types.js'
