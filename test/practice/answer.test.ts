import {describe, expect, it} from 'vitest'
import type {Unit} from '../../src/engine/ledger.js'
import {readAnswer} from '../../src/practice/answer.js'
import type {UnitConventions} from '../../src/quantity/units.js'

const DECIMAL: UnitConventions = {secondsPerDay: 86_400, secondsPerMonth: 30 * 86_400, secondsPerYear: 365 * 86_400, binaryBytes: false}
const read = (text: string, unit: Unit, id = 'metric', conv = DECIMAL) => readAnswer(text, unit, id, conv)
const value = (text: string, unit: Unit, id = 'metric', conv = DECIMAL): number => {
  const r = read(text, unit, id, conv)
  if (r.kind !== 'value') throw new Error(`${text}: ${r.kind}`)
  return r.value
}

describe('readAnswer: a quantity with units, in the metric’s base unit', () => {
  const cases: Array<[string, Unit, number, string?]> = [
    ['3500', 'req/s', 3500],
    ['3.5K/s', 'req/s', 3500],
    ['3.5 K/s', 'req/s', 3500],
    ['3.5k', 'req/s', 3500],
    ['3,500 qps', 'req/s', 3500],
    ['~3.5K writes/s', 'req/s', 3500],
    ['3500 per second', 'req/s', 3500],
    ['3.5 × 10³', 'req/s', 3500],
    ['3.5x10^3/s', 'req/s', 3500],
    ['3.5e3', 'req/s', 3500],
    ['300M/day', 'req/s', 300e6 / 86_400],
    ['240 GB', 'B', 240e9],
    ['240GB', 'B', 240e9],
    ['240 GB/day', 'B', 240e9, 'storage.perDay'],
    ['240 GB per day', 'B', 240e9, 'storage.perDay'],
    ['55 PB', 'B', 55e15],
    ['5.52 × 10¹⁶', 'B', 5.52e16],
    ['1 TiB', 'B', 1024 ** 4],
    ['30 MB/s', 'B/s', 30e6],
    ['800 Mbps', 'B/s', 100e6],
    ['52 min', 's', 52 * 60],
    ['52m 34s', 's', 52 * 60 + 34],
    ['8h 45 min', 's', 8 * 3600 + 45 * 60],
    ['1 day', 's', 86_400],
    ['3154', 's', 3154],
    ['300M', 'req', 300e6],
    ['300 million', 'req', 300e6],
    ['1.5 B', 'req', 1.5e9],
    ['1.5B', 'req', 1.5e9],
    ['20%', 'ratio', 0.2],
    ['0.2', 'ratio', 0.2],
    ['5', 'x', 5],
    ['5×', 'x', 5],
    ['365 days', 'days', 365],
    ['1 year', 'days', 365],
    ['5 years', 'years', 5],
  ]
  it.each(cases)('%s (%s)', (text, unit, expected, id) => {
    expect(value(text, unit, id)).toBeCloseTo(expected, 6)
  })

  it('reads sizes in the spec’s byte convention', () => {
    expect(value('1 KB', 'B', 'metric', {...DECIMAL, binaryBytes: true})).toBe(1024)
    expect(value('1 KB', 'B')).toBe(1000)
  })

  it('reads days in the spec’s day (100,000-second napkin days)', () => {
    expect(value('1 day', 's', 'metric', {...DECIMAL, secondsPerDay: 100_000})).toBe(100_000)
  })
})

describe('readAnswer: what is not graded', () => {
  it('a quantity of another dimension', () => {
    expect(read('240 GB', 'req/s')).toEqual({kind: 'wrong-dimension', got: 'a size in bytes', expected: 'a rate per second'})
    expect(read('3.5K/s', 'B')).toEqual({kind: 'wrong-dimension', got: 'a rate per second', expected: 'a size in bytes'})
    expect(read('52 min', 'B/s')).toMatchObject({kind: 'wrong-dimension', got: 'a duration'})
    expect(read('10 MB/s', 's')).toMatchObject({kind: 'wrong-dimension', got: 'a bandwidth in bytes per second'})
    expect(read('50%', 'B')).toMatchObject({kind: 'wrong-dimension', got: 'a percentage'})
  })
  it('text that is no estimate, an empty line, and `skip`', () => {
    expect(read('lots', 'req/s')).toEqual({kind: 'unreadable'})
    expect(read('3.5 bananas', 'req/s')).toEqual({kind: 'unreadable'})
    expect(read('240 GB 3 MB', 'B')).toEqual({kind: 'unreadable'})
    expect(read('  ', 'req/s')).toEqual({kind: 'empty'})
    expect(read('skip', 'req/s')).toEqual({kind: 'skip'})
    expect(read('?', 'B')).toEqual({kind: 'skip'})
  })
})
