import {PRICES} from '../cost/generated/prices.js'
import {MATRICES} from '../matrices/generated/matrices.js'
import {CAPACITIES} from '../plan/generated/capacities.js'
import type {Knowledge} from './types.js'

/** The knowledge sizeup ships: data/matrices, data/capacities.yaml, data/prices.yaml, compiled at build. */
export const SHIPPED: Knowledge = {matrices: MATRICES, capacities: CAPACITIES, prices: PRICES}
