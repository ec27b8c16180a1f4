import {describe, expect, it} from 'vitest'
import {diagnosticsOf, estimateYaml, MINIMAL, value} from '../helpers/spec.js'

const withSlo = (slo: string, extra = ''): string => `${MINIMAL}slo:\n  availability: ${slo}\n${extra}`

/**
 * The SRE Workbook, ch. 5 "Alerting on SLOs", Table 5-8 ("Recommended initial
 * parameters for a 99.9% SLO alerting configuration"): page at 14.4× over 1 h
 * (short window 5 min, 2 % of the budget), page at 6× over 6 h (30 min, 5 %),
 * ticket at 1× over 3 days (6 h, 10 %). Burn rate = budget consumed × window ÷
 * alert window, for a 30-day window of 720 h.
 */
describe('burn-rate alerts (SRE Workbook, Table 5-8)', () => {
  const table: Array<[string, number, number, number]> = [
    // alert, burn rate (Workbook), error rate at 99.9 %, time to spend the budget (s)
    ['fast', 14.4, 0.0144, 180_000], // 0.02 × 720 h ÷ 1 h = 14.4; 14.4 × 0.001; 30 × 86,400 s ÷ 14.4 = 50 h
    ['slow', 6, 0.006, 432_000], // 0.05 × 720 h ÷ 6 h = 6; 6 × 0.001; 2,592,000 s ÷ 6 = 5 days
    ['ticket', 1, 0.001, 2_592_000], // 0.10 × 720 h ÷ 72 h = 1; the SLO's own error rate; the whole 30 days
  ]
  it.each(table)('%s', async (name, burnRate, errorRate, exhaustion) => {
    const e = await estimateYaml(withSlo('99.9%'))
    expect(value(e, `availability.burnRate.${name}.threshold`)).toBeCloseTo(burnRate, 12)
    expect(value(e, `availability.burnRate.${name}.errorRate`)).toBeCloseTo(errorRate, 12)
    expect(value(e, `availability.burnRate.${name}.exhaustion`)).toBeCloseTo(exhaustion, 6)
  })

  it('shows its formula and inputs', async () => {
    const e = await estimateYaml(withSlo('99.9%'))
    expect(e.metrics.get('availability.burnRate.fast.threshold')).toMatchObject({formula: '2% × windowDays × 24 h ÷ 1 h', unit: 'x', inputs: {windowDays: 'availability.slo.windowDays'}})
    expect(e.metrics.get('availability.burnRate.ticket.errorRate')).toMatchObject({formula: 'threshold × (1 − availability)', inputs: {threshold: 'availability.burnRate.ticket.threshold', availability: 'input.slo.availability'}})
    expect(e.metrics.get('input.slo.window')).toMatchObject({value: 2_592_000, unit: 's', source: 'slo.window'})
  })

  it('follows a stated window: 28 days', async () => {
    const e = await estimateYaml(withSlo('99.95%', '  window: 28 days\n'))
    // 0.02 × 672 h ÷ 1 h = 13.44; × 0.0005 = 0.00672; 28 × 86,400 s ÷ 13.44 = 180,000 s (the budget always lasts 1 ÷ (0.02 ÷ 1 h) = 50 h)
    expect(value(e, 'availability.burnRate.fast.threshold')).toBeCloseTo(13.44, 12)
    expect(value(e, 'availability.burnRate.fast.errorRate')).toBeCloseTo(0.00672, 12)
    expect(value(e, 'availability.burnRate.fast.exhaustion')).toBeCloseTo(180_000, 6)
    // 0.10 × 672 h ÷ 72 h = 0.9333…
    expect(value(e, 'availability.burnRate.ticket.threshold')).toBeCloseTo(0.1 * 672 / 72, 12)
  })

  it('counts the window in the spec\'s days: 100,000-second days still give 14.4', async () => {
    const e = await estimateYaml(withSlo('99.9%', 'conventions: {secondsPerDay: 100000}\n'))
    expect(value(e, 'availability.slo.windowDays')).toBeCloseTo(30, 12)
    expect(value(e, 'availability.burnRate.fast.threshold')).toBeCloseTo(14.4, 12)
  })

  it('needs an availability SLO', async () => {
    const e = await estimateYaml(MINIMAL)
    expect(e.metrics.get('availability.burnRate.fast.threshold')).toBeUndefined()
    expect(e.metrics.get('input.slo.window')).toBeUndefined()
  })

  it('refuses a window shorter than the 3-day ticket window, located', async () => {
    const found = await diagnosticsOf(withSlo('99.9%', '  window: 2 days\n'))
    expect(found).toEqual([expect.objectContaining({line: 12, column: 11, message: '`slo.window` (`2 days`) is shorter than 3 days'})])
  })
})
