import {describe, expect, it} from 'vitest'
import {actual, type Case, expected, sloSpec} from '../helpers.js'

const RULE = 'availability-unverified'

const spec = sloSpec

const cases: Case[] = [
  {
    name: 'an availability SLO with components to check it against',
    spec: spec('  availability: 99.9%', 'components:\n  - {name: app, availability: 99.9%, instances: 3}\n'),
    findings: [],
  },
  {
    name: 'no availability SLO, nothing to verify',
    spec: spec('  latency: {p99: 200 ms}'),
    findings: [],
  },
  {
    // (1 − 0.999) × 365 × 86,400 s = 31,536 s = 8h 45m 36s.
    name: 'an availability SLO and no components',
    spec: spec('  availability: 99.9%'),
    findings: [
      {
        severity: 'info',
        line: 4,
        column: 17,
        path: 'slo.availability',
        message: 'the 99.9% availability SLO (8h 45m 36s of downtime a year) cannot be checked: no `components` describe the request path',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})
