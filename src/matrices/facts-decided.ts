import type {Decision, Fact} from './types.js'

/**
 * Facts read off decisions already made: the data store chosen for a workload
 * decides what its replication and failover mean (a relational primary has
 * read replicas and a standby; Cassandra and DynamoDB have neither — every
 * replica takes reads and writes). Only the datastore matrix, which comes
 * first in data/matrices/order.txt, is read; a decision not made (the matrix
 * removed by an overlay, or not asked) is a null fact, and conditions on it
 * do not fire. The cache matrix, which comes before cache-placement, is read
 * the same way: a cache is placed only where one was chosen.
 */

/** Stores in which every replica accepts writes: no primary to copy, to promote or to add read replicas to. */
export const MASTERLESS_STORES: readonly string[] = ['key-value', 'wide-column']

const datastoreOf = (decisions: readonly Decision[], workload: string): Decision | undefined => decisions.find((d) => d.matrix === 'datastore' && d.subject === workload)

/** A workload's: the store chosen for it (the datastore option id), and the cache chosen for its reads (the cache option id; null when not asked). */
export function decidedWorkloadFacts(decisions: readonly Decision[], workload: string): Record<string, Fact> {
  const d = datastoreOf(decisions, workload)
  const cache = decisions.find((x) => x.matrix === 'cache' && x.subject === workload)
  return {
    store: {value: d?.choice.id ?? null, from: `datastore.${workload}`},
    cacheChosen: {value: cache?.choice.id ?? null, from: `cache.${workload}`},
  }
}

/** The system's: whether any workload's chosen store is masterless, and which (for the reasons). */
export function decidedSystemFacts(decisions: readonly Decision[]): Record<string, Fact> {
  const stores = decisions.filter((d) => d.matrix === 'datastore' && d.subject !== null)
  const masterless = stores.filter((d) => MASTERLESS_STORES.includes(d.choice.id))
  const named = masterless.map((d) => `${d.choice.technology ?? d.choice.label} for ${d.subject}`).join(', ')
  return {
    masterlessStore: {value: stores.length === 0 ? null : masterless.length > 0, from: 'datastore.*'},
    masterlessStores: {value: masterless.length > 0 ? named : null, from: 'datastore.*'},
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const DECIDED_FACT_LABELS: Readonly<Record<string, string>> = {
  store: 'data store chosen',
  cacheChosen: 'cache chosen',
  masterlessStore: 'a masterless store chosen',
  masterlessStores: 'masterless stores chosen',
}
