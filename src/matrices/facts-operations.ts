import type {SystemModel} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The system's facts that operations decisions read (reconciliation,
 * autoscaling, CDN): the monthly users, the daily active window of the
 * traffic, and whether
 * any workload is a ledger, processes a write exactly once, or aggregates
 * events it must count exactly once. Each is read off the workloads'
 * `ledger`, `delivery` and `analytics`; a statement no workload makes is
 * false only when some workload says otherwise, else null (not stated).
 */
export function operationSystemFacts(model: SystemModel): Record<string, Fact> {
  const ws = model.workloads
  const stated = (test: (w: SystemModel['workloads'][number]) => boolean | null): boolean | null => {
    const each = ws.map(test)
    return each.includes(true) ? true : each.some((x) => x === false) ? false : null
  }
  const exactlyOnce = (w: SystemModel['workloads'][number]): boolean | null => (w.design?.delivery ? w.design.delivery === 'exactly-once' : null)
  return {
    hasLedger: {value: stated((w) => w.design?.ledger ?? null), from: 'workloads.*.ledger'},
    exactlyOnce: {value: stated(exactlyOnce), from: 'workloads.*.delivery'},
    // Events counted into results (`analytics`) that must each count once: what bills advertisers.
    exactlyOnceAggregates: {value: stated((w) => (w.facts.analytics === null ? null : exactlyOnce(w))), from: 'workloads.*.analytics'},
    // The daily window the traffic arrives in, when the spec states one: load a timetable can follow.
    // The people who use the product through its clients (web, mobile): who fetch its static assets.
    monthlyUsers: {value: model.users.mau?.value ?? null, unit: 'count', from: 'users.mau'},
    activeWindowSeconds: {value: model.traffic.kind === 'activeWindow' ? model.traffic.activeWindowSeconds.value : null, unit: 's', from: 'traffic.activeWindow'},
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const OPERATION_FACT_LABELS: Readonly<Record<string, string>> = {
  hasLedger: 'a ledger',
  exactlyOnce: 'a write processed exactly once',
  exactlyOnceAggregates: 'events counted exactly once',
  activeWindowSeconds: 'daily active window',
  monthlyUsers: 'monthly users',
}
