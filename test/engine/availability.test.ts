import {describe, expect, it} from 'vitest'
import {kOfN} from '../../src/engine/components.js'
import {MAX_INSTANCES} from '../../src/spec/build-components.js'
import {diagnosticsOf, estimateYaml, MINIMAL, value} from '../helpers/spec.js'

const withSlo = (slo: string, components = ''): string => `${MINIMAL}slo: {availability: ${slo}}\n${components}`

describe('downtime budget', () => {
  // (1 − A) × 365 × 86,400 s = (1 − A) × 31,536,000 s per year
  // (1 − A) × 30 × 86,400 s = (1 − A) × 2,592,000 s per month
  const table: Array<[string, number, number, number]> = [
    // SLO, per year (s), per month (s), per day (s)
    ['99%', 315_360, 25_920, 864], // 3.65 days a year; 7.2 h a month; 14.4 min a day
    ['99.5%', 157_680, 12_960, 432],
    ['99.9%', 31_536, 2_592, 86.4], // 8.76 h a year; 43.2 min a month
    ['99.95%', 15_768, 1_296, 43.2],
    ['99.99%', 3_153.6, 259.2, 8.64], // 52.56 min a year
    ['99.999%', 315.36, 25.92, 0.864], // 5.256 min a year
  ]
  it.each(table)('%s', async (slo, year, month, day) => {
    const e = await estimateYaml(withSlo(slo))
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(year, 5)
    expect(value(e, 'availability.slo.downtime.quarter')).toBeCloseTo(year / 4, 5)
    expect(value(e, 'availability.slo.downtime.month')).toBeCloseTo(month, 5)
    expect(value(e, 'availability.slo.downtime.week')).toBeCloseTo(day * 7, 5)
    expect(value(e, 'availability.slo.downtime.day')).toBeCloseTo(day, 6)
  })

  it('error budget in requests per month', async () => {
    const e = await estimateYaml(withSlo('99.9%'))
    // MINIMAL: 100K writes + 1M reads = 1.1 M requests/day × 30 = 33 M/month; 0.1 % = 33,000
    expect(value(e, 'availability.errorBudget.requestsPerMonth')).toBeCloseTo(33_000, 6)
  })
})

describe('composite availability', () => {
  it('series: the product', async () => {
    const e = await estimateYaml(
      withSlo('99.9%', `components:
  - {name: lb, availability: 99.99%}
  - {name: app, availability: 99.95%}
  - {name: db, availability: 99.9%}
`),
    )
    // 0.9999 × 0.9995 = 0.99940005; × 0.999 = 0.99840064995
    expect(value(e, 'availability.composite')).toBeCloseTo(0.9999 * 0.9995 * 0.999, 12)
    expect(value(e, 'availability.composite')).toBeCloseTo(0.99840064995, 11)
    expect(e.checks).toEqual([expect.objectContaining({id: 'availability.meetsSlo', pass: false})])
  })

  it('parallel: one minus the product of unavailabilities', async () => {
    const e = await estimateYaml(
      withSlo('99.99%', `components:
  parallel:
    - {name: us-east, availability: 99%}
    - {name: eu-west, availability: 99.5%}
`),
    )
    // 1 − (0.01 × 0.005) = 0.99995
    expect(value(e, 'availability.composite')).toBeCloseTo(0.99995, 12)
    expect(e.checks[0]!.pass).toBe(true)
    // composite downtime per year: 0.00005 × 31,536,000 = 1,576.8 s
    expect(value(e, 'availability.composite.downtime.year')).toBeCloseTo(1576.8, 4)
  })

  it('instances: n identical replicas, any one enough', async () => {
    const e = await estimateYaml(withSlo('99.9%', 'components: [{name: app, availability: 99%, instances: 3}]\n'))
    // 1 − 0.01³ = 0.999999
    expect(value(e, 'availability.composite')).toBeCloseTo(0.999999, 12)
  })

  it('k of n: 2 of 3 must be up', () => {
    // P(at least 2 of 3 up) = 3a²(1−a) + a³; a = 0.99: 3 × 0.9801 × 0.01 + 0.970299 = 0.999702
    expect(kOfN(0.99, 3, 2)).toBeCloseTo(0.999702, 12)
    // 3 of 3 is the series product
    expect(kOfN(0.99, 3, 3)).toBeCloseTo(0.99 ** 3, 12)
    expect(kOfN(0.99, 1, 1)).toBeCloseTo(0.99, 12)
  })

  it('past a million instances in all, a component is refused at `instances`, saying the limit', async () => {
    // Issue 12: `instances: 1e9` never ended; one evaluation would now need 8 GB.
    const component = (instances: string): string => withSlo('99.9%', `components:\n  name: db\n  availability: 99.9%\n  instances: ${instances}\n  required: 500000000\n`)
    expect((await diagnosticsOf(component('1e9'))).map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([`14:14: component \`db\` runs 1000000000 instances; the limit is ${MAX_INSTANCES}`])
    expect((await diagnosticsOf(component(String(MAX_INSTANCES + 1)))).map((d) => d.message)).toEqual([`component \`db\` runs ${MAX_INSTANCES + 1} instances; the limit is ${MAX_INSTANCES}`])
    // The limit is on all components together: 1,900 components of a million each took minutes.
    const two = withSlo('99.9%', `components: [{name: a, availability: 99%, instances: 600000, required: 5}, {name: b, availability: 99%, instances: 600000, required: 5}]\n`)
    expect((await diagnosticsOf(two)).map((d) => d.message)).toEqual([`with component \`b\`, the components run 1200000 instances; the limit is ${MAX_INSTANCES} in all`])
  })

  it('k of n with thousands of instances, where C(n, k) alone is past any double', () => {
    // Values from exact rational arithmetic: 1 − Σ_{i<k} C(n, i) aⁱ (1 − a)ⁿ⁻ⁱ with Python's integers and fractions.
    // Half of 2,000 coin flips: ½ + ½ P(exactly 1,000) = ½ + C(2000, 1000) ÷ 2²⁰⁰¹ = 0.5089195055729272
    expect(kOfN(0.5, 2000, 1000)).toBeCloseTo(0.5089195055729272, 12)
    // 1,990 of 2,000 at 99 %: about 20 fail on average, so 10 or fewer failing is rare: 0.010522510740822038
    expect(kOfN(0.99, 2000, 1990)).toBeCloseTo(0.010522510740822038, 12)
    // 1,400 of 1,500 at 90 %: 3.514339303482735e-6
    expect(kOfN(0.9, 1500, 1400) / 3.514339303482735e-6).toBeCloseTo(1, 9)
    // 1,000 of 2,000 at 99 %: the unavailable side is below 1e-3000, so exactly 1 in doubles
    expect(kOfN(0.99, 2000, 1000)).toBe(1)
    // The ends: every instance up is the series product; any one enough is 1 − (1 − a)ⁿ
    expect(kOfN(0.999, 2000, 2000)).toBeCloseTo(0.999 ** 2000, 12)
    expect(kOfN(0.5, 2000, 1)).toBe(1)
    expect(kOfN(0, 5, 1)).toBe(0)
    expect(kOfN(1, 5, 5)).toBe(1)
  })

  it('a valid 1,000-of-2,000 component is estimated, not refused', async () => {
    const e = await estimateYaml(withSlo('99.9%', 'components: [{name: fleet, availability: 50%, instances: 2000, required: 1000}]\n'))
    expect(value(e, 'availability.composite')).toBeCloseTo(0.5089195055729272, 12)
  })

  it('nested: series of a load balancer pair, a parallel pair of regions each a series', async () => {
    const e = await estimateYaml(
      withSlo('99.99%', `components:
  series:
    - {name: dns, availability: 99.99%}
    - {name: lb, availability: 99.9%, instances: 2}
    - name: regions
      parallel:
        - name: region-a
          series:
            - {name: app-a, availability: 99.9%, instances: 3, required: 2}
            - {name: db-a, availability: 99.95%}
        - name: region-b
          series:
            - {name: app-b, availability: 99.9%, instances: 3, required: 2}
            - {name: db-b, availability: 99.95%}
`),
    )
    // lb pair: 1 − 0.001² = 0.999999
    // app 2-of-3 at 0.999: 1 − [(0.001)³ + 3 × 0.999 × 0.001²] = 1 − (1e-9 + 2.997e-6) = 0.999997002
    // region: 0.999997002 × 0.9995 = 0.999497003501…
    // regions in parallel: 1 − (1 − 0.999497003501)² = 1 − (0.000502996499)² = 0.99999974699…
    // total: 0.9999 × 0.999999 × 0.99999974699… = 0.99989874719…
    const app = 1 - (1e-9 + 3 * 0.999 * 1e-6)
    const region = app * 0.9995
    const regions = 1 - (1 - region) ** 2
    const total = 0.9999 * (1 - 0.001 ** 2) * regions
    expect(value(e, 'availability.composite')).toBeCloseTo(total, 12)
    expect(value(e, 'availability.composite')).toBeCloseTo(0.9998987472, 9)
    // just short of four nines: the DNS alone allows only 99.99 %
    expect(e.checks[0]!.pass).toBe(false)
    // every level is its own metric, so the weakest link can be found
    expect(value(e, 'availability.composite.2')).toBeCloseTo(1 - 1e-6, 12)
    expect(e.metrics.get('availability.composite.3')!.label).toBe('regions')
  })
})
