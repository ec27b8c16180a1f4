import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'

// A workload counted without a record size keeps an unknown number of bytes,
// not 0 B: no reason may say its "0 B of records fit one primary" (Discord's
// 120 M messages a day, kept forever, were given a database sequence so).
const SPEC = `name: Messages
workloads:
  messages:
    writes: {perDay: 120M}
    reads: {perDay: 1.2B}
`

describe('facts of a workload without a record size', () => {
  it('its record bytes are unknown to the matrices, not 0 B', async () => {
    const out = await sizeup(['report', '-', '--json'], SPEC)
    expect(out.stderr).toBe('')
    const report = JSON.parse(out.stdout) as {decisions: {id: string; reasons?: string[]; choice: {reasons?: string[]}}[]}
    const text = JSON.stringify(report.decisions)
    expect(text).not.toMatch(/0 B of records/)
  })
})
