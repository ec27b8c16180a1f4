import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL} from '../helpers/spec.js'

describe('sensitivity (tornado)', () => {
  it('ranks the dominant input first on a case where the answer is known', async () => {
    // storage.perDay = dau × 1 write × recordSize. DAU spans 100K..110K (×1.1), the
    // record 100 B..10 KB (×100): the record size must dominate storage, and it
    // cannot move the write rate at all, which only DAU drives.
    const yaml = MINIMAL.replace('dau: 100K', 'dau: 100K..110K').replace('recordSize: 1 KB', 'recordSize: 100 B..10 KB')
    const e = estimate((await loadSpec(yaml, 'spec.yaml', {sampling: {samples: 2000, seed: 1}})).model)
    const storage = e.uncertainty!.sensitivity['storage.perDay']!
    expect(storage.map((s) => s.input)).toEqual(['input.workloads.items.recordSize', 'input.users.dau'])
    // swing of the record: dau at its median √(1e5·1.1e5) = 104,881 × (p95 − p5 of the record)
    const record = e.uncertainty!.bands['input.workloads.items.recordSize']!
    expect(storage[0]!.swing).toBeCloseTo(Math.sqrt(1e5 * 1.1e5) * (record.p95 - record.p5), 0)
    const writes = e.uncertainty!.sensitivity['qps.write.avg']!
    expect(writes.map((s) => s.input)).toEqual(['input.users.dau'])
  })
})
