import type {Rule} from '../types.js'

/** A design with no stated target to review it against. */
export const rule: Rule = {
  id: 'no-slo',
  summary: 'The spec states no SLO: no availability, latency, consistency or durability target.',
  description:
    'Most review rules compare the design with what it promises: single points of failure and regions with the availability target, the request path with the latency targets, the stores with the consistency the system needs. A spec without an `slo` gives them nothing to compare with, and the decisions that read the SLO (redundancy, failover, consistency, cache) fall back to their defaults.',
  fix: 'state the targets under `slo` (e.g. `availability: 99.9%`, `latency: {p99: 300 ms}`, `consistency: eventual`)',
  check: ({model, stated}) => {
    const slo = model.slo
    if (slo.availability || slo.durability || slo.consistency || Object.keys(slo.latencySeconds).length > 0) return []
    return [{path: stated('slo') ? 'slo' : '', message: 'no SLO is stated: availability, latency, consistency and durability are not reviewed'}]
  },
}
