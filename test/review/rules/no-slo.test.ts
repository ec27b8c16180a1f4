import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'no-slo'

const WORKLOAD = `workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    retention: 1 year
`

const cases: Case[] = [
  {
    name: 'an availability target alone is an SLO',
    spec: `name: T
users: {mau: 1M, dau: 100K}
slo:
  availability: 99.9%
${WORKLOAD}`,
    findings: [],
  },
  {
    name: 'a consistency model alone is an SLO',
    spec: `name: T
users: {mau: 1M, dau: 100K}
slo: {consistency: eventual}
${WORKLOAD}`,
    findings: [],
  },
  {
    name: 'no slo at all: the finding points at the document',
    spec: `name: T
users: {mau: 1M, dau: 100K}
${WORKLOAD}`,
    findings: [{severity: 'info', line: 1, column: 1, path: '', message: 'no SLO is stated: availability, latency, consistency and durability are not reviewed'}],
  },
  {
    name: 'an empty slo block: the finding points at it',
    spec: `name: T
users: {mau: 1M, dau: 100K}
slo: {}
${WORKLOAD}`,
    findings: [{severity: 'info', line: 3, column: 6, path: 'slo', message: 'no SLO is stated: availability, latency, consistency and durability are not reviewed'}],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})
