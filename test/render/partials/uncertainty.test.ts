import {expect, it} from 'vitest'
import type {UncertaintyView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('uncertainty partial: the bands, and a tornado chart with its table', () => {
  const view: UncertaintyView = {
    samples: '10000',
    bands: [{metric: 'storage.total', p50: '247 TB', p5: '96.5 TB', p95: '625 TB'}],
    tornados: [{metric: 'storage.total', unit: '100 TB units', axis: '0 --> 3', labels: '"users.dau", "workloads.posts.recordSize"', bars: '3, 1', rows: [{input: 'users.dau', share: '79.5%', low: '140 TB', high: '442 TB'}, {input: 'workloads.posts.recordSize', share: '–', low: '196 TB', high: '298 TB'}]}],
    correlations: [{a: 'users.mau', b: 'workloads.posts.writes.perUserPerDay', rank: '0.6', achieved: '0.6'}],
  }
  expect(renderPartial('uncertainty', view)).toBe(`## Uncertainty and sensitivity

The spec gives ranges: the figures above are the estimate at the inputs' medians, and 10000 Monte Carlo samples give the headline metrics' spread:

| metric | p50 | p5 | p95 |
| --- | ---: | ---: | ---: |
| storage.total | 247 TB | 96.5 TB | 625 TB |

Inputs the spec correlates: their samples are reordered (Iman–Conover) so that their ranks move together.

| input | moves with | rank ρ stated | reached |
| --- | --- | ---: | ---: |
| users.mau | workloads.posts.writes.perUserPerDay | 0.6 | 0.6 |

### What moves storage.total

Inputs ranked by their share of the variance of storage.total (first-order index, read off the samples); each range swung from its p5 to its p95, the others at their medians; bars are the swing in 100 TB units.

\`\`\`mermaid
xychart-beta horizontal
  title "Swing of storage.total"
  x-axis ["users.dau", "workloads.posts.recordSize"]
  y-axis "100 TB units" 0 --> 3
  bar [3, 1]
\`\`\`

| input | share of variance | at its p5 | at its p95 |
| --- | ---: | ---: | ---: |
| users.dau | 79.5% | 140 TB | 442 TB |
| workloads.posts.recordSize | – | 196 TB | 298 TB |
`)
})
