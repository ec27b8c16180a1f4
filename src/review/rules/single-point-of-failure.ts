import {inputId} from '../../engine/ids.js'
import {leaves, percent} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** A component in series on the request path with no instance to spare. */
export const rule: Rule = {
  id: 'single-point-of-failure',
  summary: 'Under a demanding availability SLO, a component on the request path has no spare instance.',
  description:
    'A component in series on the request path, with no parallel group above it, that runs one instance (or needs every instance it runs, `required` = `instances`) takes the whole path down whenever one instance fails, is patched or is redeployed. One machine is committed to 99.5 % (the EC2 and RDS single-instance SLAs), which no target of three nines or more can absorb. The rule applies from the `slo` threshold up; components inside a parallel group (zones, regions, a second provider) are covered by their siblings.',
  fix: 'run at least one more instance than the component needs (`instances` above `required`), spread over zones, or put it in a parallel group with a second copy; a managed service that is redundant inside can be marked with `suppress` and a reason',
  check: ({model, thresholds, stated}) => {
    const slo = model.slo.availability
    if (!slo || slo.value < thresholds.slo! || !model.components) return []
    const hits: RuleHit[] = []
    for (const {node, covered} of leaves(model.components)) {
      if (covered || node.instances > node.required) continue
      const spares = node.required === 1 ? `runs ${node.instances === 1 ? '1 instance' : `${node.instances} instances`} with none to spare` : `needs all ${node.instances} of its ${node.instances} instances`
      const path = stated(`${node.path}.required`) ? `${node.path}.required` : stated(`${node.path}.instances`) ? `${node.path}.instances` : node.path
      hits.push({
        path,
        message: `\`${node.name}\` (${percent(node.availability.value)}) ${spares}, in series on the request path: one failure or redeploy takes the path down, under a ${percent(slo.value)} SLO`,
        metrics: [inputId(`${node.path}.availability`), 'input.slo.availability'],
      })
    }
    return hits
  },
}
