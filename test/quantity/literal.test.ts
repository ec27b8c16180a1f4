import {describe, expect, it} from 'vitest'
import {BYTES, BYTES_PER_SECOND, DIMENSIONLESS, PER_SECOND, SECONDS} from '../../src/quantity/dimension.js'
import {scanLiteral} from '../../src/quantity/literal.js'
import type {UnitConventions} from '../../src/quantity/units.js'

const DECIMAL: UnitConventions = {secondsPerDay: 86_400, secondsPerMonth: 2_592_000, secondsPerYear: 31_536_000, binaryBytes: false}
const BINARY: UnitConventions = {...DECIMAL, binaryBytes: true}

const read = (text: string, conv = DECIMAL) => {
  const lit = scanLiteral(text, 0, conv)
  if (!lit || lit.end !== text.length) throw new Error(`not a whole literal: ${text}`)
  return lit.quantity
}

describe('quantity literals', () => {
  it.each([
    ['300M', 300e6, DIMENSIONLESS],
    ['1.5B', 1.5e9, DIMENSIONLESS], // billion, written straight after the number
    ['10K', 10e3, DIMENSIONLESS],
    ['10k', 10e3, DIMENSIONLESS],
    ['2T', 2e12, DIMENSIONLESS],
    ['1_000_000', 1e6, DIMENSIONLESS],
    ['800 B', 800, BYTES], // bytes, with a space
    ['800 bytes', 800, BYTES],
    ['1 KB', 1000, BYTES],
    ['1 kB', 1000, BYTES],
    ['1 MB', 1e6, BYTES],
    ['1MB', 1e6, BYTES],
    ['1 MiB', 1_048_576, BYTES],
    ['2 GiB', 2 * 1024 ** 3, BYTES],
    ['55.2 PB', 55.2e15, BYTES],
    ['5 years', 5 * 31_536_000, SECONDS],
    ['30 days', 2_592_000, SECONDS],
    ['6.5 hours', 23_400, SECONDS],
    ['500 ms', 0.5, SECONDS],
    ['500ms', 0.5, SECONDS],
    ['2 weeks', 1_209_600, SECONDS],
    ['1 month', 2_592_000, SECONDS],
    ['2.5M s', 2.5e6, SECONDS],
    ['10 Gbps', 1.25e9, BYTES_PER_SECOND], // 10 × 10⁹ bits ÷ 8
    ['100 Mbps', 12.5e6, BYTES_PER_SECOND],
    ['10 MB/s', 10e6, BYTES_PER_SECOND],
    ['10K/s', 10e3, PER_SECOND],
    ['3.47 K/s', 3470, PER_SECOND], // as sizeup prints it
    ['1.5bn', 1.5e9, DIMENSIONLESS], // a billion as sizeup prints it, written straight after the number
    ['1.5 bn', 1.5e9, DIMENSIONLESS], // and as printed, with its space: what a count in a table reads back as
    ['1.2 bn/s', 1.2e9, PER_SECOND],
    ['1.5 B', 1.5, BYTES], // a spaced B is still bytes
    ['1e3', 1000, DIMENSIONLESS],
  ])('%s', (text, expected, dim) => {
    const q = read(text)
    expect(q.value).toBeCloseTo(expected, 6)
    expect(q.dim).toEqual(dim)
  })

  it('percentages and ratios are shares', () => {
    expect(read('10%')).toEqual({value: 0.1, dim: DIMENSIONLESS, isShare: true})
    // the decimal point is shifted in the text, so 99.99 % is the double nearest 0.9999
    expect(read('99.99%').value).toBe(0.9999)
    expect(read('99.999%').value).toBe(0.99999)
    expect(read('5:1')).toEqual({value: 5, dim: DIMENSIONLESS, isShare: true})
    expect(read('1:10').value).toBeCloseTo(0.1, 12)
  })

  it('byte units follow the convention; KiB is always binary', () => {
    expect(read('1 KB', BINARY).value).toBe(1024)
    expect(read('1 MB', BINARY).value).toBe(1024 ** 2)
    expect(read('1 KiB', DECIMAL).value).toBe(1024)
    // bit rates stay decimal: links are rated in powers of ten
    expect(read('1 Gbps', BINARY).value).toBe(1.25e8)
  })

  it('days follow the secondsPerDay convention', () => {
    const napkin = {...DECIMAL, secondsPerDay: 100_000}
    expect(read('1 day', napkin).value).toBe(100_000)
  })

  it('stops before an unknown word, leaving it to the caller', () => {
    const lit = scanLiteral('2 mau', 0, DECIMAL)
    expect(lit).toEqual({quantity: {value: 2, dim: DIMENSIONLESS}, end: 1})
    expect(scanLiteral('abc', 0, DECIMAL)).toBeNull()
  })
})
