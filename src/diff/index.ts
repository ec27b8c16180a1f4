/** Comparing two versions of a design: pure functions of two analyses. */
export {diffSides, compareDecisions, compareFindings, compareConventions, findingKey} from './compare.js'
export {compareMetrics, compareIds, isHeadline, sameValue} from './metrics.js'
export {sideFrom} from './side.js'
export {parseFailOn, COUNT_IDS, type ParsedThreshold, type Operator} from './fail-on.js'
export {resolveThreshold, evaluate, compare, type Threshold, type ThresholdResult} from './thresholds.js'
export type * from './types.js'
