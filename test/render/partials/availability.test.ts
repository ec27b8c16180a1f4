import {describe, expect, it} from 'vitest'
import type {AvailabilityView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

const view: AvailabilityView = {
  slo: '99.9%',
  composite: '99.95%',
  columns: ['SLO 99.9%', 'failed requests (SLO)', 'components 99.95%'],
  downtime: [
    {period: 'year', cells: ['8h 45m 36s', '40.2 K', '4h 22m 48s']},
    {period: 'day', cells: ['1m 26s', '110', '43.2s']},
  ],
  errorBudget: '3.3 K',
  components: [
    {name: 'path', availability: '99.95%'},
    {name: '· app (2 of 3 instances)', availability: '99.9997%'},
  ],
  checks: [{mark: '✔', message: 'the declared components meet the availability SLO (`availability.composite` vs `input.slo.availability`)'}],
}

describe('availability partial', () => {
  it('lays out downtime and the error budget per period for each column, the components and the checks', () => {
    expect(renderPartial('availability', view)).toBe(`## Availability and error budget

| allowed downtime per | SLO 99.9% | failed requests (SLO) | components 99.95% |
| --- | ---: | ---: | ---: |
| year | 8h 45m 36s | 40.2 K | 4h 22m 48s |
| day | 1m 26s | 110 | 43.2s |

| component | availability |
| --- | ---: |
| path | 99.95% |
| · app (2 of 3 instances) | 99.9997% |

- ✔ the declared components meet the availability SLO (\`availability.composite\` vs \`input.slo.availability\`)
`)
  })

  it('shows only what the spec has: an SLO without components', () => {
    const sloOnly = {...view, composite: null, columns: ['SLO 99.9%'], downtime: [{period: 'year', cells: ['8h 45m 36s']}], components: [], checks: []}
    expect(renderPartial('availability', sloOnly)).toBe(`## Availability and error budget

| allowed downtime per | SLO 99.9% |
| --- | ---: |
| year | 8h 45m 36s |
`)
  })
})
