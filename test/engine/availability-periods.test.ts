import {describe, expect, it} from 'vitest'
import {diagnosticsOf, estimateYaml, MINIMAL, value} from '../helpers/spec.js'

const withSlo = (slo: string, conventions = ''): string => `${MINIMAL}slo: {availability: ${slo}}\n${conventions}`
const SRE_QUARTER = 'conventions: {quarter: 90 days}\n'

describe('downtime per hour and a stated quarter (Google SRE book, appendix A)', () => {
  // The SRE table: 365-day year, 90-day quarter, 30-day month, 7-day week, 24-hour day, 60-minute hour.
  const table: Array<[string, number, number]> = [
    // SLO, per quarter (s), per hour (s)
    ['90%', 9 * 86_400, 360], // "9 days", "6 minutes": 0.1 × 7,776,000 s; 0.1 × 3,600 s
    ['99%', 77_760, 36], // "21.6 hours", "36 seconds"
    ['99.9%', 7_776, 3.6], // "2.16 hours", "3.6 seconds"
    ['99.99%', 777.6, 0.36], // "12.96 minutes", "0.36 seconds"
    ['99.999%', 77.76, 0.036], // "1.30 minutes"; the book prints "0.04 seconds" for 0.036 s, rounded to two decimals
  ]
  it.each(table)('%s', async (slo, quarter, hour) => {
    const e = await estimateYaml(withSlo(slo, SRE_QUARTER))
    expect(value(e, 'availability.slo.downtime.quarter')).toBeCloseTo(quarter, 6)
    expect(value(e, 'availability.slo.downtime.hour')).toBeCloseTo(hour, 9)
  })

  it('names the stated quarter in the formula and its conventions', async () => {
    const e = await estimateYaml(withSlo('99.9%', SRE_QUARTER))
    const node = e.metrics.get('availability.slo.downtime.quarter')!
    expect(node.formula).toBe('(1 − availability) × secondsPerQuarter')
    expect(node.inputs).toEqual({availability: 'input.slo.availability', secondsPerQuarter: 'convention.secondsPerQuarter'})
    expect(node.conventions).toEqual(['secondsPerQuarter'])
    expect(value(e, 'convention.secondsPerQuarter')).toBe(7_776_000)
  })

  it('keeps a year ÷ 4 when no quarter is stated', async () => {
    const e = await estimateYaml(withSlo('99.9%'))
    // 0.001 × 31,536,000 s ÷ 4 = 7,884 s
    expect(value(e, 'availability.slo.downtime.quarter')).toBeCloseTo(7_884, 6)
    expect(e.metrics.get('availability.slo.downtime.quarter')!.formula).toBe('(1 − availability) × secondsPerYear ÷ 4')
    expect(e.metrics.get('convention.secondsPerQuarter')).toBeUndefined()
  })

  it('an hour is 3,600 s even with 100,000-second days', async () => {
    const e = await estimateYaml(withSlo('99.9%', 'conventions: {secondsPerDay: 100000}\n'))
    expect(value(e, 'availability.slo.downtime.hour')).toBeCloseTo(3.6, 9)
    expect(value(e, 'availability.slo.downtime.day')).toBeCloseTo(100, 9)
  })

  it('derives the hour for the components too', async () => {
    const e = await estimateYaml(withSlo('99.9%', 'components: [{name: app, availability: 99.5%}]\n'))
    // 0.005 × 3,600 s = 18 s ("18 seconds" in the table's 99.5 % row)
    expect(value(e, 'availability.composite.downtime.hour')).toBeCloseTo(18, 9)
  })

  it('refuses a quarter of zero, a range or a size, at its line', async () => {
    const at = (text: string) => diagnosticsOf(withSlo('99.9%', `conventions:\n  quarter: ${text}\n`))
    expect(await at('0 days')).toEqual([expect.objectContaining({line: 12, column: 12, message: '`conventions.quarter` must be greater than zero'})])
    expect(await at('80 days..100 days')).toEqual([expect.objectContaining({line: 12, message: expect.stringContaining('is a convention and cannot be a range')})])
    expect(await at('90 GB')).toEqual([expect.objectContaining({line: 12, message: expect.stringContaining('should be a duration')})])
  })
})

describe('the error budget in failed requests, per period', () => {
  // MINIMAL: 100 K DAU × (1 write + 10 reads) = 1.1 M requests a day; 99.99 % leaves 0.0001 of them.
  const spec = (conventions = ''): string => withSlo('99.99%', conventions)
  it('per day, week, month, quarter, year and hour', async () => {
    const e = await estimateYaml(spec())
    expect(value(e, 'availability.errorBudget.requestsPerDay')).toBeCloseTo(110, 9) // 1.1 M × 0.0001
    expect(value(e, 'availability.errorBudget.requestsPerWeek')).toBeCloseTo(770, 9) // × 7
    expect(value(e, 'availability.errorBudget.requestsPerMonth')).toBeCloseTo(3_300, 9) // × 30
    expect(value(e, 'availability.errorBudget.requestsPerQuarter')).toBeCloseTo(10_037.5, 6) // × 365 ÷ 4
    expect(value(e, 'availability.errorBudget.requestsPerYear')).toBeCloseTo(40_150, 6) // × 365
    expect(value(e, 'availability.errorBudget.requestsPerHour')).toBeCloseTo(110 / 24, 9) // × 3,600 ÷ 86,400
  })
  it('a stated quarter and a 100,000-second day change the periods, not the requests a day', async () => {
    const e = await estimateYaml(spec('conventions: {quarter: 90 days, secondsPerDay: 100000}\n'))
    expect(value(e, 'availability.errorBudget.requestsPerDay')).toBeCloseTo(110, 9)
    // 90 days of 100,000 s are 90 days: × 90
    expect(value(e, 'availability.errorBudget.requestsPerQuarter')).toBeCloseTo(9_900, 6)
    // an hour stays 3,600 s: 110 × 3,600 ÷ 100,000
    expect(value(e, 'availability.errorBudget.requestsPerHour')).toBeCloseTo(3.96, 9)
    expect(e.metrics.get('availability.errorBudget.requestsPerHour')!.formula).toBe('(1 − availability) × requestsPerDay × (3600 s) ÷ secondsPerDay')
  })
})
