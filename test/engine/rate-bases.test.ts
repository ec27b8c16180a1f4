import {describe, expect, it} from 'vitest'
import {diagnosticsOf, estimateYaml, MINIMAL, value} from '../helpers/spec.js'

const withWrites = (rate: string, conventions = ''): string => MINIMAL.replace('writes: {perUserPerDay: 1}', `writes: {${rate}}`) + conventions

describe('a rate stated in any period', () => {
  // Every basis comes to writes per day, the figure all the others derive from.
  const table: Array<[string, string, number]> = [
    // Grokking, "Designing Youtube": "every minute 500 hours worth of videos are uploaded", a write per minute of video:
    // 500 h × 60 = 30,000 writes a minute × 86,400 s ÷ 60 s = 43,200,000 a day
    ['per minute', 'perMinute: 500 * 60', 43_200_000],
    // 200 MiB of logs an hour (OpenSearch's rolling index), one write per MiB: 200 × 86,400 ÷ 3,600 = 4,800 a day
    ['per hour', 'perHour: 200', 4_800],
    // Grokking's web crawler: 15 B pages in 4 weeks = 3.75 B a week ÷ 7 = 535,714,285.7 a day
    ['per week', 'perWeek: 3.75B', 3.75e9 / 7],
    // 36.5 B a year ÷ 365 days = 100 M a day
    ['per year', 'perYear: 36.5B', 100e6],
  ]
  it.each(table)('%s', async (_name, rate, perDay) => {
    const e = await estimateYaml(withWrites(rate))
    expect(value(e, 'workload.items.requests.write.perDay')).toBeCloseTo(perDay, 4)
  })

  it('follows the spec’s day and year', async () => {
    const e = await estimateYaml(withWrites('perMinute: 60', 'conventions: {secondsPerDay: 100000, year: 360 days}\n'))
    // 60 a minute is 1 a second: × 100,000 s = 100,000 a day
    expect(value(e, 'workload.items.requests.write.perDay')).toBeCloseTo(100_000, 6)
    const y = await estimateYaml(withWrites('perYear: 36M', 'conventions: {year: 360 days}\n'))
    // 36 M ÷ 360 days = 100,000 a day
    expect(value(y, 'workload.items.requests.write.perDay')).toBeCloseTo(100_000, 6)
  })

  it('shows its formula', async () => {
    const e = await estimateYaml(withWrites('perMinute: 10'))
    expect(e.metrics.get('workload.items.requests.write.perDay')!.formula).toBe('perMinute × secondsPerDay ÷ 60 s')
    expect(e.metrics.get('workload.items.requests.write.perDay')!.inputs).toEqual({perMinute: 'input.workloads.items.writes.perMinute', secondsPerDay: 'convention.secondsPerDay'})
  })

  it('refuses two bases at once and a size as a rate, at their lines', async () => {
    const two = await diagnosticsOf(withWrites('perMinute: 10, perHour: 600'))
    expect(two.map((d) => d.line)).toEqual([7])
    const size = await diagnosticsOf(withWrites('perHour: 5 MB'))
    expect(size).toEqual([expect.objectContaining({line: 7, message: expect.stringContaining('`workloads.items.writes.perHour` should be a count')})])
  })
})
