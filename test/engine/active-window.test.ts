import {describe, expect, it} from 'vitest'
import {estimateYaml, value} from '../helpers/spec.js'

/** Xu, System Design Interview vol. 2, "Stock Exchange": 1 B orders a day, NYSE open 9:30–16:00, "6.5 hours in total", peak 5×. */
const EXCHANGE = `name: Exchange
users: {mau: 1M, dau: 1M}
traffic: {activeWindow: 6.5 hours, peakFactor: 5}
workloads:
  orders:
    writes: {perDay: 1B}
    recordSize: 100 B
`

describe('the average within an active window', () => {
  it('1 B orders in 6.5 hours: 42,735/s, not the 24-hour 11,574/s', async () => {
    const e = await estimateYaml(EXCHANGE)
    // 1e9 ÷ (6.5 × 3,600 s = 23,400 s) = 42,735.04/s ("1 billion / 6.5 / 3600 = ~43,000")
    expect(value(e, 'workload.orders.qps.write.windowAvg')).toBeCloseTo(1e9 / 23_400, 6)
    expect(value(e, 'qps.write.windowAvg')).toBeCloseTo(42_735.04, 1)
    // the 24-hour average stays what it is: 1e9 ÷ 86,400 s = 11,574.07/s
    expect(value(e, 'qps.write.avg')).toBeCloseTo(11_574.07, 1)
    // peak: the window's average × 5 = 213,675/s ("Peak QPS: 5 * QPS = 215,000")
    expect(value(e, 'qps.write.peak')).toBeCloseTo(213_675.2, 0)
    expect(e.metrics.get('qps.write.windowAvg')!.formula).toBe('perDay ÷ activeWindow')
    expect(e.metrics.get('qps.write.windowAvg')!.inputs).toEqual({perDay: 'requests.write.perDay', activeWindow: 'input.traffic.activeWindow'})
  })

  it('is not derived without a window', async () => {
    const e = await estimateYaml(EXCHANGE.replace('traffic: {activeWindow: 6.5 hours, peakFactor: 5}\n', ''))
    expect(e.metrics.get('qps.write.windowAvg')).toBeUndefined()
  })
})
