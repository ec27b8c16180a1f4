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
    const node = e.metrics['availability.slo.downtime.quarter']!
    expect(node.formula).toBe('(1 − availability) × secondsPerQuarter')
    expect(node.inputs).toEqual({availability: 'input.slo.availability', secondsPerQuarter: 'convention.secondsPerQuarter'})
    expect(node.conventions).toEqual(['secondsPerQuarter'])
    expect(value(e, 'convention.secondsPerQuarter')).toBe(7_776_000)
  })

  it('keeps a year ÷ 4 when no quarter is stated', async () => {
    const e = await estimateYaml(withSlo('99.9%'))
    // 0.001 × 31,536,000 s ÷ 4 = 7,884 s
    expect(value(e, 'availability.slo.downtime.quarter')).toBeCloseTo(7_884, 6)
    expect(e.metrics['availability.slo.downtime.quarter']!.formula).toBe('(1 − availability) × secondsPerYear ÷ 4')
    expect(e.metrics['convention.secondsPerQuarter']).toBeUndefined()
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
