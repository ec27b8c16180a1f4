/** The monthly cost of a scaling plan: storage, egress and compute, each line with its sourced price. */
export {estimateCost, servedByCdn} from './estimate-cost.js'
export type {CostLine, CostReport, Unpriced} from './types.js'
export {GB, type Price, type PriceCatalog} from './prices.js'
export {PRICES} from './generated/prices.js'
