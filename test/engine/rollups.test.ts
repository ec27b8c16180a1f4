import {describe, expect, it} from 'vitest'
import {estimateYaml, value} from '../helpers/spec.js'
import {METRICS_ROLLUPS} from '../fixtures/metrics-rollups.js'

const METRICS = METRICS_ROLLUPS

describe('rollups (downsampling) keep coarser points beside the raw ones', () => {
  it("Xu's retention policy: 9.68 TB raw + 6.91 TB at 1 minute + 2.8 TB at 1 hour = 19.4 TB, not 505 TB of raw points for a year", async () => {
    const e = await estimateYaml(METRICS)
    // raw: 1 M points/s × 86,400 s × 16 B = 1.3824 TB a day, × 7 days = 9.6768 TB
    expect(value(e, 'workload.points.storage.text.perDay')).toBeCloseTo(1.3824e12, 0)
    // tier 1: 10 M series × 86,400 s ÷ 60 s = 14.4 B points a day × 30 days × 16 B = 6.912 TB
    expect(value(e, 'workload.points.rollups.1.pointsPerDay')).toBeCloseTo(14.4e9, 0)
    expect(value(e, 'workload.points.rollups.1.total')).toBeCloseTo(6.912e12, 0)
    // tier 2: 10 M × 24 = 240 M points a day × 365 days × 32 B = 2.8032 TB
    expect(value(e, 'workload.points.rollups.2.total')).toBeCloseTo(2.8032e12, 0)
    expect(e.metrics.get('workload.points.rollups.2.total')!.formula).toBe('pointsPerDay × retentionDays × pointSize × overhead × replication ÷ compression')
    expect(value(e, 'workload.points.rollups.total')).toBeCloseTo(9.7152e12, 0)
    // kept: 9.6768 TB + 9.7152 TB = 19.392 TB
    expect(value(e, 'workload.points.storage.text.total')).toBeCloseTo(19.392e12, 0)
    expect(e.metrics.get('workload.points.storage.text.total')!.formula).toBe('perDay × retentionDays + rollups')
    // the hourly tier fills over its year; the projection holds steady after it
    expect(value(e, 'workload.points.storage.year.1')).toBeCloseTo(19.392e12, 0)
    expect(value(e, 'workload.points.storage.year.5')).toBeCloseTo(19.392e12, 0)
  })

  it('a tier kept past the first year fills over its own retention in the projection', async () => {
    const e = await estimateYaml(METRICS.replace('{resolution: 1 hour, retention: 1 year, size: 32 B}', '{resolution: 1 hour, retention: 2 years, size: 32 B}'))
    // year 1 holds one of the tier's two years: 240 M × 730 × 32 B = 5.6064 TB in full, half at the end of year 1
    const raw = 1.3824e12 * 7
    expect(value(e, 'workload.points.storage.year.1')).toBeCloseTo(raw + 6.912e12 + 5.6064e12 / 2, 0)
    expect(value(e, 'workload.points.storage.year.2')).toBeCloseTo(raw + 6.912e12 + 5.6064e12, 0)
  })
})
