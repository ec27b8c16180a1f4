import {decisionFor, percent} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Writes acknowledged from cache memory where the spec needs them durable. */
export const rule: Rule = {
  id: 'write-behind-durability',
  summary: 'A workload is cached write-behind although the SLO sets a durability target or its writes are transactions.',
  description:
    'Write-behind acknowledges a write once it is in the cache and flushes it to the store later, in batches: a cache node that fails before the flush loses those writes. That contradicts a durability target (a write, once acknowledged, is not lost) and transactional writes, which must be durable in the store before they are acknowledged (methodology §3.2).',
  fix: 'use write-through (or cache-aside) for this workload so that the store has every write before it is acknowledged',
  check: ({model, decisions}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      if (decisionFor(decisions, 'cache-strategy', w.name)?.choice.id !== 'write-behind') continue
      if (w.facts.transactions === true) {
        hits.push({path: `workloads.${w.name}.transactions`, message: `\`${w.name}\` writes transactions, yet is cached write-behind: writes not yet flushed are lost with a cache node`})
      } else if (model.slo.durability) {
        hits.push({
          path: 'slo.durability',
          message: `the SLO promises ${percent(model.slo.durability.value)} durability, yet \`${w.name}\` is cached write-behind: writes not yet flushed are lost with a cache node`,
        })
      }
    }
    return hits
  },
}
