import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {loadSpec} from '../../src/spec/load.js'
import {diagnosticsOf, MINIMAL, value} from '../helpers/spec.js'

const SPEC = `${MINIMAL}scenarios:
  launch:
    users: {mau: 200K, dau: 20K}
  year3:
    users:
      mau: 5M
    workloads:
      items:
        recordSize: 2 KB
`

describe('scenarios', () => {
  it('are listed, and the base ignores them', async () => {
    const spec = await loadSpec(SPEC, 'spec.yaml')
    expect(spec.scenarios).toEqual(['launch', 'year3'])
    expect(spec.scenario).toBeNull()
    // base: 100K DAU × 1 write = 100,000 writes/day
    expect(value(estimate(spec.model), 'requests.write.perDay')).toBe(100_000)
  })

  it('lay their fields over the base, merging mappings key by key', async () => {
    const launch = estimate((await loadSpec(SPEC, 'spec.yaml', {scenario: 'launch'})).model)
    // 20K DAU × 1 = 20,000 writes/day
    expect(value(launch, 'requests.write.perDay')).toBe(20_000)
    const year3 = estimate((await loadSpec(SPEC, 'spec.yaml', {scenario: 'year3'})).model)
    // DAU stays 100K (only MAU changed); the record doubles: 100,000 × 2,000 B = 200 MB/day
    expect(value(year3, 'input.users.mau')).toBe(5_000_000)
    expect(value(year3, 'storage.perDay')).toBe(200e6)
    expect(value(year3, 'workload.items.requests.read.perDay')).toBe(1_000_000)
  })

  it('report problems where the scenario wrote them', async () => {
    const bad = SPEC.replace('recordSize: 2 KB', 'recordSize: 2 years')
    const d = await diagnosticsOf(bad)
    expect(d).toEqual([]) // the base is fine
    await expect(loadSpec(bad, 'spec.yaml', {scenario: 'year3'})).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({line: 18, column: 21, message: expect.stringContaining('should be a size in bytes')})],
    })
  })

  it('an unknown scenario is a located error with a suggestion', async () => {
    await expect(loadSpec(SPEC, 'spec.yaml', {scenario: 'yaer3'})).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({line: 10, column: 1, message: 'no scenario `yaer3` in spec.yaml', hint: 'did you mean `year3`?'})],
    })
  })
})
