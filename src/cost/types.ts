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
  readonly monthlyUsd: number
  /** Key of the price in data/prices.yaml, and its source. */
  readonly priceKey: string
  readonly source: string
}

export interface CostReport {
  readonly currency: 'USD'
  /** Date of the price catalog (prices change; the report says which ones it used). */
  readonly pricesAsOf: string
  readonly lines: readonly CostLine[]
  readonly byCategory: Readonly<Record<CostLine['category'], number>>
  readonly byComponent: Readonly<Record<string, number>>
  readonly totalMonthlyUsd: number
}
