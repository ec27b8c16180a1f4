import {metricValue} from '../../engine/metrics.js'
import {choiceName, decisionFor, duration, hasParallelGroup, percent} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Four nines from one region, or from a request path with no parallel zones or regions. */
export const rule: Rule = {
  id: 'single-failure-domain',
  summary: 'An availability SLO of four nines or more rests on a single region, or on a request path with no parallel zones or regions.',
  description:
    'One AWS region is committed to 99.99 % across its zones (the EC2 regional SLA), and a 99.99 % target allows 52.6 minutes of downtime a year: a design in one region spends its whole budget on the provider, with no margin for its own faults. The methodology runs its 99.99 % feed active-active in two regions. The rule fires when the redundancy decision keeps one region, or when the described request path has no parallel group: instance counts alone assume independent failures, but a zone or region outage takes every instance in it at once.',
  fix: 'run the stack in a second region (or at least in parallel zones) and show it in `components` as a parallel group; or lower the SLO to what one region gives',
  check: ({model, estimate, decisions, thresholds}) => {
    const slo = model.slo.availability
    if (!slo || slo.value < thresholds.slo!) return []
    // An SLO always has its downtime budget.
    const downtime = metricValue(estimate.metrics, 'availability.slo.downtime.year')
    const budget = `${percent(slo.value)} SLO (${duration(downtime)} of downtime a year)`
    const hits: RuleHit[] = []
    const redundancy = decisionFor(decisions, 'redundancy')
    if (redundancy && redundancy.choice.id !== 'multi-region') {
      hits.push({
        path: 'slo.availability',
        message: `the redundancy decision keeps one region (${choiceName(redundancy)}) under a ${budget}, ${slo.value > thresholds.slo! ? 'more than' : 'as much as'} one region is committed to (${percent(thresholds.slo!)}), leaving no margin for the system's own faults`,
        metrics: ['input.slo.availability', 'availability.slo.downtime.year'],
      })
    }
    if (model.components && !hasParallelGroup(model.components)) {
      // Components always have their composite availability.
      const composite = metricValue(estimate.metrics, 'availability.composite')
      hits.push({
        path: 'components',
        message: `${pathName(model.components.name)} has no parallel group of zones or regions under a ${budget}: one zone or region outage takes all of its instances at once (the ${percent(composite)} composite assumes independent failures)`,
        metrics: ['input.slo.availability', 'availability.composite'],
      })
    }
    return hits
  },
}

/** `the request path`, or `the request path \`checkout path\`` when the spec names it. */
function pathName(name: string): string {
  return name === 'request path' ? 'the request path' : `the request path \`${name}\``
}
