import type {Rule, RuleHit} from '../types.js'

/** A chosen technology that the node total or the monthly bill leaves out. */
export const rule: Rule = {
  id: 'left-out-of-totals',
  summary: 'A chosen technology is not sized by the scaling plan or not priced by the cost, so the totals leave it out.',
  description:
    'The plan sizes a technology from sourced per-node figures (data/capacities.yaml) and the cost prices it from sourced unit prices (data/prices.yaml). Where either has no figure — a product that publishes no throughput numbers, a managed service billed per request — sizeup does not guess: the plan and the cost say so, and the total of nodes or the monthly cost is lower than the design will be. This finding makes that gap part of the review rather than a line in a table.',
  fix: 'size or price it by hand and add it to the totals; for a technology with no per-node figures, an overlay can give them (`capacities:`, each with its source)',
  check: ({model, plan, cost}) => {
    const hits: RuleHit[] = []
    const path = (workload: string | null): string => (workload !== null && model.workloads.some((w) => w.name === workload) ? `workloads.${workload}` : '')
    const unsized = (plan?.items ?? []).filter((i) => !i.sized)
    for (const item of unsized) {
      hits.push({
        path: path(item.workload),
        // No totals in the message: a diff matches findings by message, and a total moves with every other change.
        message: `${item.technology} for \`${item.component}\` is not sized, so the plan's node total and the monthly cost leave it out: ${item.basis.join('; ')}`,
      })
    }
    for (const u of cost?.unpriced ?? []) {
      // A technology that is not sized is not priced either; it is reported once, above.
      if (unsized.some((i) => i.component === u.component && i.technology === u.technology)) continue
      const item = plan?.items.find((i) => i.component === u.component && i.technology === u.technology)
      hits.push({
        path: path(item?.workload ?? null),
        message: `${u.technology ?? 'a component'} for \`${u.component}\` is not priced, so the monthly cost leaves it out: ${u.reason}`,
      })
    }
    return hits
  },
}
