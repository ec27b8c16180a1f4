import {expect, it} from 'vitest'
import type {GrowthView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('growth partial: a Mermaid bar chart of the projection, and the same numbers as a table', () => {
  const view: GrowthView = {
    unit: 'TB',
    axis: '0 --> 3',
    years: [
      {year: '1', bar: '1.5', stored: '1.5 TB'},
      {year: '2', bar: '3', stored: '3 TB'},
    ],
  }
  expect(renderPartial('growth', view)).toBe(`## Storage growth

Data held at the end of each year, with yearly growth and retention.

\`\`\`mermaid
xychart-beta
  title "Data held at the end of each year"
  x-axis "year" [1, 2]
  y-axis "TB" 0 --> 3
  bar [1.5, 3]
\`\`\`

| end of year | data held |
| --- | ---: |
| 1 | 1.5 TB |
| 2 | 3 TB |
`)
})
