import {describe, expect, it} from 'vitest'
import {diagnosticsOf, estimateYaml, value} from '../helpers/spec.js'

// One system, changed one convention at a time. Base figures:
// DAU 100,000 × 1 write = 100,000 writes/day; × 10 reads = 1,000,000 reads/day;
// records of 1 KB; retention 5 years; SLO 99.9 %.
const spec = (conventions: string, traffic = 'peakFactor: 2'): string => `name: Conventions
users: {mau: 1M, dau: 100K}
traffic: {${traffic}}
slo: {availability: 99.9%}
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    retention: 5 years
conventions: {${conventions}}
`

describe('conventions', () => {
  it('defaults: 86,400 s days, 30-day months, 365-day years, decimal bytes, 70 % utilisation', async () => {
    const e = await estimateYaml(spec(''))
    // 100,000 ÷ 86,400 = 1.157407… writes/s
    expect(value(e, 'qps.write.avg')).toBeCloseTo(1.1574074, 6)
    // 100,000 × 30 = 3,000,000 writes/month
    expect(value(e, 'requests.write.perMonth')).toBe(3_000_000)
    // 100,000 × 1,000 B × 365 = 36.5 GB/year
    expect(value(e, 'storage.perYear')).toBe(36.5e9)
    expect(value(e, 'storage.total')).toBe(36.5e9 * 5)
  })

  it('a month of 2.5 million seconds', async () => {
    const e = await estimateYaml(spec('month: 2.5M s'))
    // days per month = 2,500,000 ÷ 86,400 = 28.935185…; writes/month = 100,000 × that = 2,893,518.5
    expect(value(e, 'calendar.daysPerMonth')).toBeCloseTo(28.9351852, 6)
    expect(value(e, 'requests.write.perMonth')).toBeCloseTo(2_893_518.52, 1)
    // downtime per month at 99.9 %: 0.001 × 2,500,000 s = 2,500 s
    expect(value(e, 'availability.slo.downtime.month')).toBeCloseTo(2500, 6)
    // and the per-day rates are unchanged
    expect(value(e, 'qps.write.avg')).toBeCloseTo(1.1574074, 6)
  })

  it('a month of 30.4375 days (the calendar average)', async () => {
    const e = await estimateYaml(spec('month: 30.4375 days'))
    // 100,000 × 30.4375 = 3,043,750
    expect(value(e, 'requests.write.perMonth')).toBeCloseTo(3_043_750, 6)
  })

  it('100,000 seconds per day', async () => {
    const e = await estimateYaml(spec('secondsPerDay: 100000'))
    // 100,000 writes ÷ 100,000 s = exactly 1 write/s; reads 10/s; peak 2/s
    expect(value(e, 'qps.write.avg')).toBe(1)
    expect(value(e, 'qps.read.avg')).toBe(10)
    expect(value(e, 'qps.write.peak')).toBe(2)
    // a year of 365 such days: downtime 0.001 × 36,500,000 s = 36,500 s
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(36_500, 6)
    // storage per day does not depend on the day's length: 100,000 × 1 KB = 100 MB
    expect(value(e, 'storage.perDay')).toBe(100e6)
  })

  it('a 365.2425-day (Gregorian) year', async () => {
    const e = await estimateYaml(spec('year: 365.2425 days'))
    // 100 MB/day × 365.2425 = 36,524,250,000 B/year
    expect(value(e, 'storage.perYear')).toBeCloseTo(36_524_250_000, 0)
    // retention 5 years = 1,826.2125 days → 100 MB × 1,826.2125 = 182,621,250,000 B
    expect(value(e, 'workload.items.storage.retentionDays')).toBeCloseTo(1826.2125, 9)
    expect(value(e, 'storage.total')).toBeCloseTo(182_621_250_000, 0)
    // downtime at 99.9 %: 0.001 × 365.2425 × 86,400 = 31,556.952 s
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(31_556.952, 6)
  })

  it('a 365.25-day (Julian) year', async () => {
    const e = await estimateYaml(spec('year: 365.25 days'))
    // 100 MB × 365.25 = 36,525,000,000 B
    expect(value(e, 'storage.perYear')).toBeCloseTo(36_525_000_000, 0)
  })

  it('binary byte units', async () => {
    const e = await estimateYaml(spec('byteUnits: binary'))
    // 1 KB read as 1,024 B: 100,000 × 1,024 = 102,400,000 B/day
    expect(value(e, 'input.workloads.items.recordSize')).toBe(1024)
    expect(value(e, 'storage.perDay')).toBe(102_400_000)
    // ingress 1.1574 writes/s × 1,024 B = 1,185.185 B/s
    expect(value(e, 'bandwidth.ingress.avg')).toBeCloseTo(1185.185185, 5)
  })

  it('KiB is binary and kB decimal-by-convention, whatever the convention', async () => {
    const dec = await estimateYaml(spec('').replace('recordSize: 1 KB', 'recordSize: 1 KiB'))
    expect(value(dec, 'input.workloads.items.recordSize')).toBe(1024)
    const same = await estimateYaml(spec('').replace('recordSize: 1 KB', 'recordSize: 1 kB'))
    expect(value(same, 'input.workloads.items.recordSize')).toBe(1000)
  })

  it('a peak window (a 6.5-hour trading day)', async () => {
    const e = await estimateYaml(spec('', 'activeWindow: 6.5 hours'))
    // the whole day's traffic in 23,400 s: factor 86,400 ÷ 23,400 = 3.6923…
    expect(value(e, 'traffic.peakFactor')).toBeCloseTo(3.6923077, 6)
    // peak writes = 100,000 ÷ 23,400 s = 4.2735 /s
    expect(value(e, 'qps.write.peak')).toBeCloseTo(4.2735043, 6)
    // the 24-hour average is unchanged
    expect(value(e, 'qps.write.avg')).toBeCloseTo(1.1574074, 6)
  })

  it('a peak window with a burst factor inside it', async () => {
    const e = await estimateYaml(spec('', 'activeWindow: 6.5 hours, peakFactor: 1.5'))
    // 3.6923 × 1.5 = 5.53846; peak writes 4.2735 × 1.5 = 6.41026
    expect(value(e, 'qps.write.peak')).toBeCloseTo(6.4102564, 6)
  })

  it("the busiest hour's share", async () => {
    const e = await estimateYaml(spec('', 'peakHourShare: 10%'))
    // 10 % of the day in 3,600 s: factor 0.1 × 86,400 ÷ 3,600 = 2.4
    expect(value(e, 'traffic.peakFactor')).toBeCloseTo(2.4, 12)
    // peak writes: 10,000 in an hour = 2.777… /s
    expect(value(e, 'qps.write.peak')).toBeCloseTo(2.7777778, 6)
  })

  it('target utilisation (headroom)', async () => {
    const base = await estimateYaml(spec(''))
    const e80 = await estimateYaml(spec('targetUtilization: 80%'))
    const h20 = await estimateYaml(spec('headroom: 20%'))
    // peak total = (100,000 + 1,000,000) ÷ 86,400 × 2 = 25.463 req/s
    // provision at 70 %: 36.376; at 80 %: 31.829
    expect(value(base, 'capacity.qps')).toBeCloseTo(25.462963 / 0.7, 5)
    expect(value(e80, 'capacity.qps')).toBeCloseTo(25.462963 / 0.8, 5)
    expect(value(h20, 'capacity.qps')).toBeCloseTo(value(e80, 'capacity.qps'), 12)
    // cache: 20 % × 1,000,000 reads × 1,000 B = 200 MB hot; at 80 %: 250 MB to provision
    expect(value(e80, 'cache.provisionedBytes')).toBeCloseTo(250e6, 3)
    // nothing that does not depend on utilisation moves
    expect(value(e80, 'qps.write.peak')).toBe(value(base, 'qps.write.peak'))
    expect(value(e80, 'cache.hotBytes')).toBe(value(base, 'cache.hotBytes'))
  })

  it('cache hot share', async () => {
    const e = await estimateYaml(spec('cacheHotShare: 5%'))
    // 5 % × 1,000,000 reads × 1,000 B = 50 MB
    expect(value(e, 'cache.hotBytes')).toBeCloseTo(50e6, 3)
  })

  it('every metric lists the conventions it depends on', async () => {
    const e = await estimateYaml(spec(''))
    expect(e.metrics.get('qps.write.avg')!.conventions).toEqual(['secondsPerDay'])
    // a year of 365 days is 365 of the spec's days
    expect(e.metrics.get('storage.perYear')!.conventions).toEqual(['daysPerYear', 'secondsPerDay'])
    expect(e.metrics.get('capacity.qps')!.conventions).toEqual(['secondsPerDay', 'targetUtilization'])
    expect(e.metrics.get('storage.perDay')!.conventions).toEqual([])
  })

  it('a metric derived from a month or year counted in days lists secondsPerDay (it listed only the month or year before)', async () => {
    const e = await estimateYaml(spec(''))
    // downtime per month = 0.001 × 30 days, and a day is secondsPerDay long
    expect(e.metrics.get('availability.slo.downtime.month')!.conventions).toEqual(['secondsPerDay', 'secondsPerMonth'])
    expect(e.metrics.get('convention.daysPerYear')!.conventions).toEqual(['daysPerYear', 'secondsPerDay'])
    // a month fixed in seconds does not move with the day
    const fixed = await estimateYaml(spec('month: 2.5M s'))
    expect(fixed.metrics.get('availability.slo.downtime.month')!.conventions).toEqual(['secondsPerMonth'])
    // a month of 1/12 of a Gregorian year of days follows the day
    const gregorian = await estimateYaml(spec('year: 365.2425 days, month: 1 year / 12'))
    expect(gregorian.metrics.get('availability.slo.downtime.month')!.conventions).toEqual(['secondsPerDay', 'secondsPerMonth'])
  })
})

describe('conventions defined from each other', () => {
  it('`year: 12 months` is twelve of the spec\'s months (it was twelve 30-day months, 360 days)', async () => {
    const e = await estimateYaml(spec('month: 2.5M s, year: 12 months'))
    // 12 × 2,500,000 s = 30,000,000 s = 30,000,000 ÷ 86,400 = 347.2222… days
    expect(value(e, 'calendar.secondsPerYear')).toBeCloseTo(30_000_000, 6)
    expect(value(e, 'convention.daysPerYear')).toBeCloseTo(347.222222, 5)
    // downtime at 99.9 %: 0.001 × 30,000,000 s = 30,000 s
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(30_000, 6)
  })

  it('`month: 1 year / 12` is a twelfth of the spec\'s year (it was of the default 365-day year)', async () => {
    const e = await estimateYaml(spec('year: 365.2425 days, month: 1 year / 12'))
    // 365.2425 × 86,400 ÷ 12 = 2,629,746 s = 30.436875 days
    expect(value(e, 'convention.secondsPerMonth')).toBeCloseTo(2_629_746, 6)
    expect(value(e, 'calendar.daysPerMonth')).toBeCloseTo(30.436875, 9)
    // the SDP "Availability in numbers" month at 99.9 %: 0.001 × 2,629,746 s = 2,629.746 s = 43 min 49.7 s
    expect(value(e, 'availability.slo.downtime.month')).toBeCloseTo(2629.746, 6)
  })

  it('the order in the file does not matter, and the day is the spec\'s', async () => {
    const e = await estimateYaml(spec('secondsPerDay: 100000, year: 12 months, month: 30 days'))
    // month 30 × 100,000 s = 3,000,000 s; year 12 × that = 36,000,000 s = 360 days of 100,000 s
    expect(value(e, 'calendar.secondsPerYear')).toBeCloseTo(36_000_000, 6)
    expect(value(e, 'convention.daysPerYear')).toBeCloseTo(360, 9)
  })

  it('a month and a year defined from each other are refused at the year', async () => {
    const problems = await diagnosticsOf(spec('year: 12 months, month: 1 year / 12'))
    expect(problems).toHaveLength(1)
    // `conventions: {year: 12 months, …` is line 11; the year's value starts at column 21
    expect(problems[0]).toMatchObject({line: 11, column: 21, path: 'conventions.year'})
    expect(problems[0]!.message).toContain('defined from each other')
    expect(problems[0]!.hint).toContain('in days or seconds')
  })
})
