import {optionalMetric} from '../../engine/metrics.js'
import {formatPercent} from '../../quantity/format.js'
import type {Rule} from '../types.js'

/** The declared request path cannot reach the availability it promises. */
export const rule: Rule = {
  id: 'slo-unreachable',
  summary: 'The composite availability of the declared components is below the availability SLO.',
  description:
    'Availability multiplies along the request path: components in series give the product of their availabilities, so a path of 99.9 % parts cannot promise 99.99 %. This rule compares the composite of `components` with `slo.availability`.',
  fix: 'add redundancy to the weakest component (more instances, a second zone or region in parallel), or lower the SLO to what the path can give',
  check: ({model, estimate}) => {
    // Nothing to compare without both an SLO and components.
    const slo = optionalMetric(estimate.metrics, 'input.slo.availability')
    const composite = optionalMetric(estimate.metrics, 'availability.composite')
    if (slo === null || composite === null || composite >= slo) return []
    return [
      {
        path: 'slo.availability',
        message: `the components reach ${formatPercent(composite)}, short of the ${formatPercent(slo)} SLO (${model.components?.name ?? 'request path'})`,
        metrics: ['availability.composite', 'input.slo.availability'],
      },
    ]
  },
}
