import {metricValue} from '../../engine/metrics.js'
import {duration, percent} from '../lookups.js'
import type {Rule} from '../types.js'

/** An availability SLO with no request path to check it against. */
export const rule: Rule = {
  id: 'availability-unverified',
  summary: 'The spec sets an availability SLO but describes no components, so nothing checks that it can be met.',
  description:
    'sizeup checks an availability target against the composite availability of the request path (`components`: what a request passes through, in series or in parallel, with instance counts). Without them the SLO is a wish: the single points of failure, the zones and regions, and the arithmetic that multiplies availabilities along the path are not reviewed.',
  fix: 'describe the request path under `components` (each component with its availability and instances, parallel groups for zones or regions)',
  check: ({model, estimate}) => {
    if (!model.slo.availability || model.components) return []
    // An SLO always has its downtime budget.
    const downtime = metricValue(estimate.metrics, 'availability.slo.downtime.year')
    return [
      {
        path: 'slo.availability',
        message: `the ${percent(model.slo.availability.value)} availability SLO (${duration(downtime)} of downtime a year) cannot be checked: no \`components\` describe the request path`,
        metrics: ['input.slo.availability', 'availability.slo.downtime.year'],
      },
    ]
  },
}

