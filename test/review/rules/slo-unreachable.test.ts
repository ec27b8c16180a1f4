import {describe, expect, it} from 'vitest'
import {actual, type Case, expected, sloSpec} from '../helpers.js'

const RULE = 'slo-unreachable'

const spec = (availability: string, components: string): string => sloSpec(`  availability: ${availability}`, `components:
${components}`)

const cases: Case[] = [
  {
    // Two instances of 99.9 %, one required: 1 − 0.001² = 99.9999 %.
    name: 'a redundant path meets its SLO',
    spec: spec('99.9%', '  - {name: app, availability: 99.9%, instances: 2}\n'),
    findings: [],
  },
  {
    // 0.9999 × 0.999 = 0.9989001: short of four nines.
    name: 'two single components in series fall short of 99.99 %',
    spec: spec('99.99%', '  - {name: lb, availability: 99.99%}\n  - {name: app, availability: 99.9%}\n'),
    findings: [{severity: 'error', line: 4, column: 17, path: 'slo.availability', message: 'the components reach 99.89%, short of the 99.99% SLO (request path)'}],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})
