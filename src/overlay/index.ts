/** Organisation overlays: approved technologies, preferred options, own thresholds, capacities and prices. */
export {loadOverlay, MAX_OVERLAY_BYTES} from './load.js'
export {applyOverlay, overlayAdjustments, overlayCapacities, overlayMatrices, overlayPrices, type AppliedOverlay} from './apply.js'
export {canonicalTechnology} from './check.js'
export {SHIPPED} from './knowledge.js'
export type {Knowledge, MatrixOverlay, Overlay, SourcedValue} from './types.js'
