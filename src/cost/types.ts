/** One line of the monthly bill: a quantity times a sourced unit price. */
export interface CostLine {
  /** Component (decision id or `app`) the cost belongs to. */
  readonly component: string
  readonly category: 'storage' | 'egress' | 'compute'
  readonly description: string
  readonly quantity: number
  /** Unit of the quantity: `GB-month`, `GB`, `node-hour` … */
  readonly quantityUnit: string
  readonly unitPriceUsd: number
  /** quantity × unit price, rounded to the cent. */
  readonly monthlyUsd: number
  /** Key of the price in data/prices.yaml, and its source. */
  readonly priceKey: string
  readonly source: string
}

/** Something the plan holds that the catalog cannot price (a managed service, an unsized technology). */
export interface Unpriced {
  readonly component: string
  readonly technology: string | null
  readonly reason: string
}

export interface CostReport {
  readonly currency: 'USD'
  /** Date of the price catalog (prices change; the report says which ones it used). */
  readonly pricesAsOf: string
  readonly region: string
  readonly lines: readonly CostLine[]
  readonly byCategory: Readonly<Record<CostLine['category'], number>>
  readonly byComponent: Readonly<Record<string, number>>
  readonly totalMonthlyUsd: number
  /** Hours in the billed month (machine hours). */
  readonly hoursPerMonth: number
  /** Seconds in the spec's month (traffic volume: egress). */
  readonly secondsPerMonth: number
  readonly unpriced: readonly Unpriced[]
  /** The assumptions behind the total, in words. */
  readonly notes: readonly string[]
}
