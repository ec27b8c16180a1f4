// The monthly cost's fragments: quantities times sourced unit prices.
import {closed, num, record, ref, str, strOrNull, strings} from './shapes.mjs'
import {typed} from './typed.mjs'

const CATEGORIES = ['storage', 'egress', 'compute']
const category = typed('cost', 'CostCategory', {type: 'string', enum: CATEGORIES})

export const costLine = typed('cost', 'CostLine', closed({component: str, category, description: str, quantity: num, quantityUnit: str, unitPriceUsd: num, monthlyUsd: num, priceKey: str, source: str}), {
  doc: 'One line of the monthly bill: a quantity (in `quantityUnit`: GB-month, GB, node-hour …) times a sourced unit price (`priceKey` in data/prices.yaml), for a component (decision id or `app`).',
})

const unpriced = typed('cost', 'Unpriced', closed({component: str, technology: strOrNull, reason: str}), {doc: 'Something the plan holds that the catalog cannot price (a managed service, an unsized technology).'})

export const cost = typed('cost', 'CostReport', closed(
  {
    currency: {const: 'USD'},
    pricesAsOf: {type: 'string', description: 'Date of the price catalog used.'},
    lines: {type: 'array', items: ref('costLine')},
    byCategory: closed(Object.fromEntries(CATEGORIES.map((c) => [c, num]))),
    byComponent: record(num),
    totalMonthlyUsd: num,
    region: {type: 'string', description: 'Region the prices are for.'},
    hoursPerMonth: {type: 'number', description: 'Hours in the billed month (machine hours).'},
    secondsPerMonth: {type: 'number', description: "Seconds in the spec's month (traffic volume: egress)."},
    unpriced: {type: 'array', items: unpriced},
    notes: strings,
  },
  'The monthly bill: quantities times sourced unit prices.',
))
