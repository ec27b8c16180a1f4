import {pathLinks, splitId} from '../../engine/budget-split.js'
import {optionalMetric} from '../../engine/metrics.js'
import {duration, percent, retentionText} from '../lookups.js'
import type {Rule} from '../types.js'

/** One link of the request path spends more than the SLO's whole error budget by itself. */
export const rule: Rule = {
  id: 'component-over-budget',
  summary: 'One link of the request path is down more often than the whole SLO allows: it alone spends more than the error budget.',
  description:
    "Unavailabilities add along a series path, so the SLO's error budget (1 − SLO) is shared by every link (`availability.split.<position>.budgetShare` is a link's 1 − A ÷ (1 − SLO), a parallel group reduced to its composite first). A link whose share is over 100 % breaks the SLO by itself, whatever the others do; the error-budget table of the report names it and the weak link.",
  fix: 'make that link redundant (more instances with fewer required, a second zone or region in parallel), choose a more available service for it, or lower the SLO to what it can give',
  check: ({model, estimate}) => {
    const slo = optionalMetric(estimate.metrics, 'input.slo.availability')
    if (!model.components || slo === null) return []
    return pathLinks(model.components).flatMap((link) => {
      const spent = optionalMetric(estimate.metrics, splitId(link.position, 'budgetShare'))
      if (spent === null || spent <= 1) return []
      const window = optionalMetric(estimate.metrics, 'input.slo.window')
      const windowText = window === null ? '' : ` (${duration((1 - slo) * window)} of downtime per ${retentionText(model, window)} window)`
      return [
        {
          path: link.node.kind === 'component' ? `${link.node.path}.availability` : link.node.path,
          message: `${link.node.name} alone spends ${percent(spent)} of the ${percent(slo)} SLO's error budget${windowText}: it is down ${percent(spent * (1 - slo))} of the time`,
          metrics: [splitId(link.position, 'budgetShare'), 'input.slo.availability'],
        },
      ]
    })
  },
}
