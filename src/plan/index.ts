/** The scaling plan: machines per chosen technology, with the arithmetic behind each count. */
export {planScaling} from './plan.js'
export type {NodePlan, ScalingPlan, StoragePlan} from './types.js'
export {APP_TECHNOLOGY, type Capacities, findTechnology, type Figure, type FigureSpec, type FigureUnit, type TechnologyCapacity, type TechnologyKind} from './capacities.js'
export {CAPACITIES} from './generated/capacities.js'
export {MEDIA_MATRICES} from './plan.js'
