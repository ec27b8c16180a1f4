import {describe, expect, it} from 'vitest'
import {byteScale, formatBytes, formatCount, formatDuration, formatPercent, formatQuoted, formatUsd, formatValue, grouped, significant} from '../../src/quantity/format.js'

describe('human formatting (locale-independent)', () => {
  it('significant figures', () => {
    expect(significant(3472.2222)).toBe('3472')
    expect(significant(3.4722)).toBe('3.47')
    expect(significant(0.0012345)).toBe('0.00123')
    expect(significant(55.188)).toBe('55.2')
    expect(significant(1)).toBe('1')
  })

  it('counts and rates', () => {
    expect(formatCount(3472.2222)).toBe('3.47 K')
    expect(formatCount(1.5e9)).toBe('1.5 bn')
    expect(formatCount(999_999)).toBe('1 M')
    expect(formatCount(42)).toBe('42')
    expect(formatValue(3472.2222, 'req/s')).toBe('3.47 K/s')
    expect(formatValue(17361.11, 'req/s')).toBe('17.4 K/s')
  })

  it('a rate quoted in a sentence: in full below a million, and a fraction of one a second not rounded to 0', () => {
    // 600 M writes a day ÷ 86,400 s = 6,944.4/s: in full, to the request.
    expect(formatQuoted(6944.44, 'req/s')).toBe('6,944/s')
    // 25,920 writes a day ÷ 86,400 s = 0.3/s: it printed 0/s.
    expect(formatQuoted(25_920 / 86_400, 'req/s')).toBe('0.3/s')
    expect(formatQuoted(0.0123, 'req/s')).toBe('0.012/s')
    expect(formatQuoted(0, 'req/s')).toBe('0/s')
    expect(formatQuoted(0.01, 'count')).toBe('0.01')
  })

  it('bytes, decimal and binary', () => {
    expect(formatBytes(55.188e15)).toBe('55.2 PB')
    expect(formatBytes(240e9)).toBe('240 GB')
    expect(formatBytes(800)).toBe('800 B')
    expect(formatBytes(1024, true)).toBe('1 KiB')
    expect(formatBytes(55.188e15, true)).toBe('49 PiB')
    expect(formatValue(2_777_777.78, 'B/s')).toBe('2.78 MB/s')
  })

  it('durations', () => {
    // 3,153.6 s → 52 min 33.6 s, rounded to 52m 34s
    expect(formatDuration(3153.6)).toBe('52m 34s')
    expect(formatDuration(31_536)).toBe('8h 45m 36s')
    expect(formatDuration(315_360)).toBe('3d 15h 36m')
    expect(formatDuration(8.64)).toBe('8.64s')
    expect(formatDuration(0.5)).toBe('500 ms')
    expect(formatDuration(0)).toBe('0s')
    expect(formatDuration(90 * 60)).toBe('1h 30m')
  })

  it('durations as people write them: no zero components, whole days in words', () => {
    expect(formatDuration(86_400)).toBe('1 day')
    expect(formatDuration(5 * 86_400)).toBe('5 days')
    expect(formatDuration(3600)).toBe('1h') // not `1h 0m 0s`
    expect(formatDuration(6.5 * 3600)).toBe('6h 30m') // 23,400 s
    expect(formatDuration(18 * 3600)).toBe('18h')
    expect(formatDuration(60)).toBe('1m') // a week of 99.99 %: 0.0001 × 7 × 86,400 s = 60.48 s rounds to 1m
    expect(formatDuration(3601)).toBe('1h 1s')
    expect(formatDuration(2 * 86_400 + 2 * 3600)).toBe('2d 2h') // 30 days ÷ 14.4 = 50 h
    expect(formatDuration(365 * 86_400)).toBe('365 days')
    expect(formatDuration(1095 * 86_400 + 60)).toBe('1,095d 1m')
    expect(formatDuration(-3600)).toBe('-1h')
  })

  it('percentages and grouping', () => {
    expect(formatPercent(0.9999)).toBe('99.99%')
    expect(formatPercent(0.7)).toBe('70%')
    expect(grouped(2_592_000)).toBe('2,592,000')
    expect(grouped(1234.5, 1)).toBe('1,234.5')
  })

  it('percentages just short of 100 % keep their nines', () => {
    expect(formatPercent(0.99999999)).toBe('99.999999%')
    expect(formatPercent(1)).toBe('100%')
  })

  it('a share below 99 % has three significant figures, like every other number (it printed 96.1538%, 5.2237%)', () => {
    expect(formatPercent(25 / 26)).toBe('96.2%') // 0.961538…
    expect(formatPercent(0.052237)).toBe('5.22%')
    expect(formatPercent(0.00092)).toBe('0.092%')
    expect(formatPercent(1 / 3)).toBe('33.3%')
    // From 99 % up a share is read by its nines: 99.5 %, 99.95 %, a composite 99.8001 %.
    expect(formatPercent(0.995)).toBe('99.5%')
    expect(formatPercent(0.998001)).toBe('99.8001%')
  })

  it('one byte unit for a whole series (a chart axis), and dollars', () => {
    expect(byteScale(55.188e15)).toEqual({divisor: 1e15, name: 'PB'})
    expect(byteScale(999.9e9)).toEqual({divisor: 1e12, name: 'TB'})
    expect(byteScale(2 ** 30, true)).toEqual({divisor: 2 ** 30, name: 'GiB'})
    expect(byteScale(0)).toEqual({divisor: 1, name: 'B'})
    expect(formatUsd(13_248_000)).toBe('$13,248,000')
    expect(formatUsd(8.8)).toBe('$8.80')
  })
})
