import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compileGraph, runProgram} from '../../src/engine/program.js'
import {parseKernel} from '../../src/engine/kernel.js'
import {imageOf} from '../../src/engine/kernel-monotone.js'
import {BandReader} from '../../src/engine/band-image.js'
import {band} from '../../src/engine/sampling.js'
import {ROOT} from '../helpers/spec.js'
import {spreadExample} from '../helpers/spread-inputs.js'

describe('monotone images of one array (kernel-monotone.ts)', () => {
  const direction = (text: string, symbols: string[], reads: string[], point: number[]): string => {
    const image = imageOf(parseKernel(text, symbols)!, reads, point, (id) => id.startsWith('x'))
    return image === null ? 'not shown' : image.decreasing ? 'falls' : 'rises'
  }

  it.each([
    ['perDay × daysPerMonth', ['perDay', 'daysPerMonth'], ['x', 'c'], [5, 30], 'rises'],
    ['perDay ÷ secondsPerDay', ['perDay', 'secondsPerDay'], ['x', 'c'], [5, 86400], 'rises'],
    ['(1 − availability) × requestsPerDay', ['availability', 'requestsPerDay'], ['x', 'c'], [0.999, 1e6], 'falls'],
    ['-a + b * 2', ['a', 'b'], ['x', 'c'], [3, 4], 'falls'],
    ['a × b', ['a', 'b'], ['x', 'c'], [3, -4], 'falls'],
    ['min(cacheHotShare × readsPerDay × readSize, dataHeld)', ['cacheHotShare', 'readsPerDay', 'readSize', 'dataHeld'], ['c1', 'x', 'c2', 'c3'], [0.2, 1e9, 1000, 5e10], 'rises'],
    // The same array read twice, both ways up.
    ['a + b', ['a', 'b'], ['x', 'x'], [1, 1], 'rises'],
    ['a − b', ['a', 'b'], ['x', 'x'], [1, 1], 'not shown'],
    // Two arrays, a product of varying terms, a constant over one, a zero factor, an infinite constant.
    ['a × b', ['a', 'b'], ['x1', 'x2'], [1, 1], 'not shown'],
    ['a × a', ['a'], ['x'], [1], 'not shown'],
    ['c ÷ a', ['a', 'c'], ['x', 'k'], [1, 2], 'not shown'],
    ['a × c', ['a', 'c'], ['x', 'k'], [1, 0], 'not shown'],
    ['a + c', ['a', 'c'], ['x', 'k'], [1, Infinity], 'not shown'],
  ])('%s over %j reading %j: %s', (text, symbols, reads, point, expected) => {
    expect(direction(text, symbols, reads, point)).toBe(expected)
  })
})

describe('bands read off an earlier array’s order statistics', () => {
  // Every input and convention of every example given a spread (value × e^(0.4 z), seeded):
  // each metric's band, read by the run as it would be in estimate(), is band() of its samples, to the bit.
  const examples = readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith('.yaml'))
  it.each(examples)('%s: the same bits as selecting each array', async (file) => {
    const {graph, sampled} = await spreadExample(file, 2001, 0.4, 2000)
    const reader = new BandReader()
    const read = new Map<string, ReturnType<typeof band>>()
    let images = 0
    const samples = runProgram(compileGraph({...graph, sampled}), sampled, {
      seen: (id, s, image, sum) => {
        if (image) images++
        // The run's sum, where it gives one, is the band's: from 0, in order.
        if (sum !== undefined) expect(Object.is(sum, s.reduce((a, x) => a + x, 0))).toBe(true)
        read.set(id, reader.read(id, s, image, sum))
      },
    })
    expect(images).toBeGreaterThan(0)
    const differ = [...samples].filter(([id, s]) => {
      const a = read.get(id)!
      const b = band(s)
      return !(Object.is(a.mean, b.mean) && Object.is(a.p5, b.p5) && Object.is(a.p50, b.p50) && Object.is(a.p95, b.p95))
    })
    expect(differ.map(([id]) => id)).toEqual([])
  })

  it('a band whose values at the ranks are 0 is selected, not read (−0 and 0 order as a selection leaves them)', () => {
    const reader = new BandReader()
    const x = Float64Array.from({length: 101}, (_, i) => i - 50)
    reader.read('x', x)
    const image = imageOf(parseKernel('a × c', ['a', 'c'])!, ['x', 'k'], [1, -1], (id) => id === 'x')!
    const y = x.map((v) => v * -1)
    expect(reader.read('y', y, image)).toEqual(band(y))
    expect(Object.is(reader.read('y', y, image).p50, band(y).p50)).toBe(true)
  })
})
