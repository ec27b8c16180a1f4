import {expect, it} from 'vitest'
import type {UncertaintyView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('uncertainty partial: the bands, and a tornado chart with its table', () => {
  const view: UncertaintyView = {
    samples: '10000',
    bands: [{metric: 'storage.total', p50: '247 TB', p5: '96.5 TB', p95: '625 TB'}],
    tornados: [{metric: 'storage.total', unit: '100 TB units', axis: '0 --> 3', labels: '"users.dau", "workloads.posts.recordSize"', bars: '3, 1', rows: [{input: 'users.dau', low: '140 TB', high: '442 TB'}, {input: 'workloads.posts.recordSize', low: '196 TB', high: '298 TB'}]}],
  }
  expect(renderPartial('uncertainty', view)).toBe(`## Uncertainty and sensitivity

The spec gives ranges: the figures above are the estimate at the inputs' medians, and 10000 Monte Carlo samples give the headline metrics' spread:

| metric | p50 | p5 | p95 |
| --- | ---: | ---: | ---: |
| storage.total | 247 TB | 96.5 TB | 625 TB |

### What moves storage.total

Each range swung from its p5 to its p95, the others at their medians; bars are the swing in 100 TB units.

\`\`\`mermaid
xychart-beta horizontal
  title "Swing of storage.total"
  x-axis ["users.dau", "workloads.posts.recordSize"]
  y-axis "100 TB units" 0 --> 3
  bar [3, 1]
\`\`\`

| input | at its p5 | at its p95 |
| --- | ---: | ---: |
| users.dau | 140 TB | 442 TB |
| workloads.posts.recordSize | 196 TB | 298 TB |
`)
})
