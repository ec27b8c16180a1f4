import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {CAPACITIES, planScaling} from '../../src/plan/index.js'
import type {NodePlan} from '../../src/plan/types.js'
import {loadSpec} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {chose} from '../helpers/decisions.js'

/*
 * 10,000 reads/s → 20,000/s at peak (factor 2); 10 % fetch a 1 MB photo:
 * 2,000 downloads/s and 2,000 × 1,000,000 B = 2 GB/s of media egress at peak.
 */
const SPEC = (hit: string): string => `name: Photos
workloads:
  photos:
    writes: {perSecond: 100}
    reads: {perSecond: 10000}
    recordSize: 1 KB
    retention: 30 days
    media: {size: 1 MB, readShare: 10%${hit}}
`

async function media(hit: string): Promise<NodePlan> {
  const m = (await loadSpec(SPEC(hit), 'photos.yaml')).model
  const decisions = [chose('datastore', 'photos', 'relational', 'PostgreSQL'), chose('media-path', 'photos', 'object-storage-cdn', 'Amazon S3 + CloudFront')]
  return planScaling(m, estimate(m), decisions, CAPACITIES).items.find((i) => i.role === 'media')!
}

describe('CDN hit ratio → origin reads and egress', () => {
  it('95 %: the origin serves 2,000 × 5 % = 100 reads/s and sends 2 GB/s × 5 % = 100 MB/s', async () => {
    const item = await media(', cdnHitRatio: 95%')
    expect(item.basis).toContain('CDN hit ratio 95% (workloads.photos.media.cdnHitRatio): origin media reads at peak = 2,000/s × (1 − 95%) = 100/s (`workload.photos.cdn.originReads.peak`)')
    expect(item.basis).toContain('origin egress at peak = 2 GB/s media egress (workload.photos.bandwidth.egress.media.peak) × (1 − 95%) = 100 MB/s (`workload.photos.cdn.originEgress.peak`); the CDN sends the other 1.9 GB/s')
    // 100 ÷ (5,500 × 0.7 = 3,850) = 0.026 → 1 prefix
    expect(item.basis).toContain('peak origin media reads 100/s ÷ (5,500/s per prefix × 70%) = 0.026 → 1 prefix')
    expect(item.shards).toBe(1)
  })

  it('without a hit ratio the origin is sized for every download: 2,000 ÷ 3,850 = 0.519 → 1', async () => {
    const item = await media('')
    expect(item.basis.join('\n')).not.toContain('CDN hit ratio')
    expect(item.basis).toContain('peak media reads 2,000/s ÷ (5,500/s per prefix × 70%) = 0.519 → 1 prefix')
  })

  it('a hit ratio above 100 % is a located error', async () => {
    const r = await sizeup(['estimate', '-'], SPEC(', cdnHitRatio: 120%'))
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/:8:\d+: .*cdnHitRatio/)
  })
})

describe('CDN figures as estimate metrics (workload.<name>.cdn.…)', () => {
  it('derives origin reads, origin egress and the CDN\'s own egress from the stated hit ratio', async () => {
    const m = (await loadSpec(SPEC(', cdnHitRatio: 95%'), 'photos.yaml')).model
    const e = estimate(m)
    // 20,000 reads/s × 10 % × (1 − 95 %) = 100/s; 2 GB/s × 5 % = 100 MB/s; 2 GB/s × 95 % = 1.9 GB/s
    expect(e.metrics.get('workload.photos.cdn.originReads.peak')).toMatchObject({unit: 'req/s', formula: 'readQps × mediaReadShare × (1 − hitRatio)'})
    expect(e.metrics.get('workload.photos.cdn.originReads.peak')!.value).toBeCloseTo(100, 9)
    expect(e.metrics.get('workload.photos.cdn.originEgress.peak')!.value).toBeCloseTo(100_000_000, 3)
    expect(e.metrics.get('workload.photos.cdn.edgeEgress.peak')!.value).toBeCloseTo(1_900_000_000, 3)
    expect(e.metrics.get('input.workloads.photos.media.cdnHitRatio')).toMatchObject({value: 0.95, source: 'workloads.photos.media.cdnHitRatio'})
  })

  it('none without a hit ratio', async () => {
    const m = (await loadSpec(SPEC(''), 'photos.yaml')).model
    expect(estimate(m).metrics.ids().filter((id) => id.includes('.cdn.'))).toEqual([])
  })
})
