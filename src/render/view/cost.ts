import type {CostReport} from '../../cost/types.js'
import {formatUsd, grouped, significant} from '../../quantity/format.js'
import {code, md, mdCited} from '../../spec/sinks/markdown.js'

export interface CostView {
  readonly pricesAsOf: string
  /** Which month the bill is, and on what basis (see bill-year.ts). */
  readonly basis: string
  readonly lines: readonly {
    readonly component: string
    readonly category: string
    readonly description: string
    readonly quantity: string
    readonly unitPrice: string
    readonly monthly: string
    readonly source: string
  }[]
  readonly byCategory: readonly {readonly category: string; readonly monthly: string}[]
  readonly total: string
  /** What the plan holds that the total leaves out, and why (a managed service with no prices, a technology not sized). */
  readonly unpriced: readonly {readonly component: string; readonly technology: string; readonly reason: string}[]
}

const CATEGORIES = ['compute', 'storage', 'egress'] as const

export function costView(cost: CostReport, basis: string): CostView {
  return {
    pricesAsOf: md(cost.pricesAsOf),
    basis,
    lines: cost.lines.map((l) => ({
      component: code(l.component),
      category: l.category,
      description: md(l.description),
      quantity: `${l.quantity >= 1000 ? grouped(l.quantity) : significant(l.quantity)} ${md(l.quantityUnit)}`,
      // Unit prices are often fractions of a cent ($0.023 per GB-month): significant figures, not cents.
      unitPrice: `$${significant(l.unitPriceUsd)}`,
      monthly: formatUsd(l.monthlyUsd),
      source: `${code(l.priceKey)}: ${mdCited(l.source)}`,
    })),
    byCategory: CATEGORIES.filter((c) => c in cost.byCategory).map((c) => ({category: c, monthly: formatUsd(cost.byCategory[c])})),
    total: formatUsd(cost.totalMonthlyUsd),
    unpriced: cost.unpriced.map((u) => ({component: code(u.component), technology: u.technology === null ? '–' : md(u.technology), reason: md(u.reason)})),
  }
}
