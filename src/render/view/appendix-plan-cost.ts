import type {CostReport} from '../../cost/types.js'
import type {ScalingPlan} from '../../plan/types.js'
import {formatPercent, grouped, significant} from '../../quantity/format.js'
import {code, md} from '../../spec/sinks/markdown.js'
import type {AppendixView, DerivationRow} from './appendix.js'
import {NONE} from './numbers.js'

/**
 * The scaling plan's and the monthly cost's numbers in the appendix, as the
 * summary promises every number is: each node count with the arithmetic that
 * gave it and the per-node figures it used, each cost line as quantity × unit
 * price, and the totals as the sums they are. A plan item or cost line is
 * named by its component (a component can have several: primary and
 * replica); the totals by the ids `sizeup diff` compares (`nodes.total`,
 * `cost.<category>.monthly`, `cost.monthly`). Nothing is recomputed.
 */
export function planAndCostGroups(plan: ScalingPlan | null, cost: CostReport | null): AppendixView['groups'] {
  const groups: {title: string; rows: DerivationRow[]}[] = []
  if (plan) groups.push({title: 'Scaling plan', rows: planRows(plan)})
  if (cost) groups.push({title: 'Monthly cost', rows: costRows(cost)})
  return groups
}

/** To the cent, so that the sums can be checked here (the cost section rounds to the dollar). */
const usd = (value: number): string => `$${grouped(value, 2)}`

/** As the plan and cost sections print them: whole thousands grouped, smaller values to three figures. */
const number = (value: number): string => (value >= 1000 ? grouped(value) : significant(value))

function planRows(plan: ScalingPlan): DerivationRow[] {
  const utilisation = `target utilisation ${formatPercent(plan.targetUtilization)}`
  const rows: DerivationRow[] = plan.items.map((item) => ({
    id: code(item.component),
    label: `Nodes: ${md(item.technology)} (${md(item.role)})`,
    value: item.sized ? grouped(item.nodes) : 'not sized',
    formula: item.basis.length === 0 ? NONE : item.basis.map(md).join('; '),
    inputs: item.capacities.length === 0 ? NONE : item.capacities.map((c) => `${code(c.key)} = ${number(c.value)} ${md(c.unit)}`).join('; '),
    conventions: utilisation,
  }))
  const sized = plan.items.filter((i) => i.sized)
  rows.push({
    id: code('nodes.total'),
    label: 'Machines in the plan',
    value: grouped(plan.totalNodes),
    formula: code('Σ nodes of the sized items'),
    inputs: sized.length === 0 ? NONE : sized.map((i) => `${code(`${i.component} ${i.role}`)} = ${grouped(i.nodes)}`).join('; '),
    conventions: plan.items.length > sized.length ? 'items not sized are left out' : NONE,
  })
  return rows
}

function costRows(cost: CostReport): DerivationRow[] {
  const basis = {
    storage: 'storage.total, retention full',
    egress: `${grouped(cost.secondsPerMonth)} s a month`,
    compute: `${grouped(cost.hoursPerMonth)} h a month`,
  } as const
  const rows: DerivationRow[] = cost.lines.map((l) => ({
    id: code(l.component),
    label: `${l.category}: ${md(l.description)}`,
    value: usd(l.monthlyUsd),
    formula: code('quantity × unitPrice'),
    inputs: `${code('quantity')} = ${number(l.quantity)} ${md(l.quantityUnit)}; ${code('unitPrice')} = $${significant(l.unitPriceUsd)} (${code(`prices.${l.priceKey}`)})`,
    conventions: basis[l.category],
  }))
  for (const category of ['storage', 'egress', 'compute'] as const) {
    if (!(category in cost.byCategory)) continue
    const lines = cost.lines.filter((l) => l.category === category)
    rows.push({
      id: code(`cost.${category}.monthly`),
      label: `Monthly ${category}`,
      value: usd(cost.byCategory[category]),
      formula: code(`Σ ${category} lines`),
      inputs: lines.length === 0 ? NONE : lines.map((l) => `${code(l.component)} = ${usd(l.monthlyUsd)}`).join('; '),
      conventions: NONE,
    })
  }
  rows.push({
    id: code('cost.monthly'),
    label: 'Monthly cost',
    value: usd(cost.totalMonthlyUsd),
    formula: code('storage + egress + compute'),
    inputs: (['storage', 'egress', 'compute'] as const).filter((c) => c in cost.byCategory).map((c) => `${code(c)} = ${usd(cost.byCategory[c])} (${code(`cost.${c}.monthly`)})`).join('; '),
    conventions: `prices as of ${md(cost.pricesAsOf)}, ${md(cost.region)}; unpriced items left out`,
  })
  return rows
}
