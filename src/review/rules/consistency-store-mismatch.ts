import type {Decision} from '../../matrices/types.js'
import {choiceName, decisionFor} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Stores whose consistency is usually eventual (methodology table 4, consistency model row). */
const EVENTUAL = new Set(['key-value', 'wide-column'])
/** Stores with no multi-record ACID transactions: table 4's BASE stores, and the non-record stores. */
const NOT_ACID = new Set(['key-value', 'wide-column', 'object-storage', 'search-index', 'time-series'])

/** A consistency need the chosen store does not give as it is usually run. */
export const rule: Rule = {
  id: 'consistency-store-mismatch',
  summary: 'A workload must be strongly consistent (its own statement or the SLO), or states transactions, and its chosen store does not give them as usually run.',
  description:
    'The methodology\'s table 4 gives each family of stores its consistency model: relational and graph databases are ACID; document stores are tunable and usually strong; key-value and wide-column stores are usually eventually consistent and have no multi-record transactions. Object stores, search indexes and time-series stores have none either. When a workload must be strongly consistent (its own `consistency`, or else `slo.consistency`) and its store is key-value or wide-column, or a workload states `transactions: true` and its store is not transactional, the design relies on a guarantee the store does not give by default: quorum or strongly consistent reads, conditional writes and their cost have to be designed in, or the store changed.',
  fix: 'give the workload a store that provides the guarantee (relational, or document for strong reads), or design it into the store (quorum reads and writes, conditional writes, single-partition transactions) and size for their cost; if the workload can live with eventual consistency, say so with its own `consistency: eventual`',
  check: ({model, decisions}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const store = decisionFor(decisions, 'datastore', w.name)
      if (!store) continue
      // A workload's own consistency overrides the SLO's (carts eventual in a strongly consistent checkout).
      const own = w.design?.consistency ?? null
      if ((own ?? model.slo.consistency) === 'strong' && EVENTUAL.has(store.choice.id)) {
        hits.push({
          path: own ? `workloads.${w.name}.consistency` : `workloads.${w.name}`,
          message: `${own ? `\`${w.name}\` asks` : 'the SLO asks'} for strong consistency, but \`${w.name}\` is kept in ${choiceName(store)}, whose consistency is usually eventual${because(store)}`,
        })
      }
      if (w.facts.transactions === true && NOT_ACID.has(store.choice.id)) {
        hits.push({
          path: `workloads.${w.name}.transactions`,
          message: `\`${w.name}\` changes several records in one transaction, but it is kept in ${choiceName(store)}, which has no multi-record ACID transactions${because(store)}`,
        })
      }
    }
    return hits
  },
}

/** `; it was chosen because peak writes 6,000/s exceed …`: the decision's strongest reason, with its numbers. */
function because(store: Decision): string {
  const reason = store.reasons[0]
  return reason ? `; it was chosen because ${reason}` : ''
}
