import {expect, it} from 'vitest'
import type {CapacityView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

const traffic = {readsPerDay: '1 M', writesPerDay: '100 K', avgRead: '11.6/s', peakRead: '23.1/s', avgWrite: '1.16/s', peakWrite: '2.31/s', readWrite: '10×'}
const storage = {textPerDay: '100 MB', mediaPerDay: '–', perMonth: '3 GB', perYear: '36.5 GB', kept: '36.5 GB'}
const bandwidth = {inText: '1.16 KB/s', inMedia: '–', outText: '11.6 KB/s', outMedia: '–', peakIn: '2.31 KB/s', peakOut: '23.1 KB/s'}
const cache = {hotSet: '200 MB', memory: '286 MB', provisionFor: '36.4/s', inFlight: '2.55'}

it('capacity partial: four per-workload tables, totals in bold, and the availability budget', () => {
  const view: CapacityView = {
    leftOut: 'Rows that are zero only because a workload has no traffic of that kind are left out of these tables and the appendix (c has neither reads nor writes).',
    traffic: {rows: [{workload: 'a', ...traffic}, {workload: 'b', ...traffic}], total: {workload: 'total', ...traffic}},
    storage: {rows: [{workload: 'a', ...storage}], total: null},
    bandwidth: {rows: [{workload: 'a', ...bandwidth}], total: null},
    cache: {rows: [{workload: 'a', ...cache}], total: null},
    budget: {slo: '99.9%', downtimePerYear: '8h 45m 36s', downtimePerMonth: '43m 12s', errorBudget: '3.3 K'},
  }
  expect(renderPartial('capacity', view)).toBe(`## Capacity estimates

Rows that are zero only because a workload has no traffic of that kind are left out of these tables and the appendix (c has neither reads nor writes).

### Traffic

| workload | reads/day | writes/day | avg read | peak read | avg write | peak write | read:write |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| a | 1 M | 100 K | 11.6/s | 23.1/s | 1.16/s | 2.31/s | 10× |
| b | 1 M | 100 K | 11.6/s | 23.1/s | 1.16/s | 2.31/s | 10× |
| **total** | **1 M** | **100 K** | **11.6/s** | **23.1/s** | **1.16/s** | **2.31/s** | **10×** |

### Storage

| workload | text/day | media/day | per month | per year | kept (retention) |
| --- | ---: | ---: | ---: | ---: | ---: |
| a | 100 MB | – | 3 GB | 36.5 GB | 36.5 GB |

### Bandwidth

| workload | in, text | in, media | out, text | out, media | peak in | peak out |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| a | 1.16 KB/s | – | 11.6 KB/s | – | 2.31 KB/s | 23.1 KB/s |

### Cache and capacity

| workload | cache hot set | cache memory | provision for | in flight at peak |
| --- | ---: | ---: | ---: | ---: |
| a | 200 MB | 286 MB | 36.4/s | 2.55 |

### Availability budget

An availability of 99.9% allows 8h 45m 36s of downtime a year (43m 12s a month) and 3.3 K failed requests a month.
`)
})
