import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {runReview} from '../../src/review/run.js'
import type {Rule, RuleData} from '../../src/review/types.js'
import {loadSpec} from '../../src/spec/load.js'

const SPEC = `name: T
users: {mau: 1M, dau: 100K}
workloads:
  items:
    writes: {perUserPerDay: 1}
    recordSize: 1 KB
suppress:
  - rule: probe
    path: workloads.other
    reason: not this one
`

/** A rule that reports whatever it is told, and what `stated` says. */
const probe = (path: string): Rule => ({
  id: 'probe',
  summary: 'Probe.',
  description: 'A rule for testing the runner.',
  fix: 'nothing',
  check: ({stated}) => [{path, message: `stated: ${stated(path)}`}],
})
const DATA: Record<string, RuleData> = {probe: {severity: 'warn', thresholds: {}}}

async function run(path: string, spec = SPEC) {
  const loaded = await loadSpec(spec, 'spec.yaml')
  return runReview({context: {model: loaded.model, estimate: estimate(loaded.model), decisions: [], plan: null, cost: null}, source: loaded.source, suppressions: loaded.suppressions}, [probe(path)], DATA)
}

describe('runReview', () => {
  it('locates a finding at the value its path names', async () => {
    expect(await run('workloads.items.recordSize')).toMatchObject([{path: 'workloads.items.recordSize', line: 6, column: 17, message: 'stated: true', suppressed: null}])
  })

  it('points a finding whose value the spec does not write at the nearest enclosing value', async () => {
    expect(await run('workloads.items.retention')).toMatchObject([{path: 'workloads.items', line: 5, column: 5, message: 'stated: false'}])
  })

  it('marks a finding the spec suppresses, with the reason', async () => {
    const spec = SPEC.replace('workloads.other', 'workloads.items')
    expect(await run('workloads.items.retention', spec)).toMatchObject([{suppressed: {reason: 'not this one'}}])
    expect(await run('users.mau', spec)).toMatchObject([{suppressed: null}])
  })

  it('takes a rule switched off out of the review', async () => {
    const loaded = await loadSpec(SPEC, 'spec.yaml')
    const input = {context: {model: loaded.model, estimate: estimate(loaded.model), decisions: [], plan: null, cost: null}, source: loaded.source, suppressions: []}
    expect(runReview(input, [probe('')], DATA, {severities: {probe: 'off'}, thresholds: {}})).toEqual([])
  })
})
