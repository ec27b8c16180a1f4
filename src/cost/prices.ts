/**
 * The price catalog, as data/prices.yaml holds it (compiled at build into
 * generated/prices.js): dated, one region, each price with its reference key
 * and source. Keys: `storage.object`, `storage.block` (per GB-month held),
 * `egress.internet`, `egress.cdn` (per GB sent), `compute.<class>` (per
 * machine hour). A GB is 1,000,000,000 B.
 */
export interface Price {
  /** The reference-numbers key, or `overlay:<file>` for an organisation's own price. */
  readonly key: string
  readonly value: number
  readonly unit: 'USD/GB-month' | 'USD/GB' | 'USD/hour'
  readonly source: string
  readonly derived?: string
}

export interface PriceCatalog {
  /** When the prices were read (`2026-06`). */
  readonly asOf: string
  readonly region: string
  readonly currency: 'USD'
  /** Hours in a billed month (730 = 8,760 ÷ 12), with its source. */
  readonly hoursPerMonth: {readonly value: number; readonly source: string}
  readonly prices: Readonly<Record<string, Price>>
}

export const GB = 1e9
