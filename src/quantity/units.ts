import {BYTES, BYTES_PER_SECOND, type Dimension, PER_SECOND, SECONDS} from './dimension.js'
import {SECONDS_PER_HOUR, SECONDS_PER_MINUTE} from './calendar.js'

/**
 * The calendar and byte conventions that give some units their size. A "day"
 * is `secondsPerDay` seconds (86,400 by default, 100,000 for napkin maths), a
 * month and a year follow the spec's conventions, and `KB`/`MB`/… are decimal
 * or binary as the spec says. `KiB`/`MiB`/… are always binary; bit rates
 * (`Mbps`, `Gbps`) are always decimal, as networking equipment is rated.
 */
export interface UnitConventions {
  readonly secondsPerDay: number
  readonly secondsPerMonth: number
  readonly secondsPerYear: number
  readonly binaryBytes: boolean
}

export interface UnitDef {
  readonly dim: Dimension
  readonly factor: (c: UnitConventions) => number
}

const fixed = (dim: Dimension, factor: number): UnitDef => ({dim, factor: () => factor})
const bytePower = (power: number): UnitDef => ({
  dim: BYTES,
  factor: (c) => (c.binaryBytes ? 1024 : 1000) ** power,
})

const BYTE_PREFIXES = ['K', 'M', 'G', 'T', 'P', 'E'] as const

function buildUnits(): Map<string, UnitDef> {
  const units = new Map<string, UnitDef>()
  const add = (names: string[], def: UnitDef): void => {
    for (const name of names) units.set(name, def)
  }
  add(['B', 'byte', 'bytes'], fixed(BYTES, 1))
  BYTE_PREFIXES.forEach((prefix, i) => {
    const power = i + 1
    // `kB` is the SI spelling (and mathjs's); `KB` is what people type. Both follow the convention.
    add(prefix === 'K' ? ['KB', 'kB'] : [`${prefix}B`], bytePower(power))
    add([`${prefix}iB`], fixed(BYTES, 1024 ** power))
    const bitsPerSecond = 1000 ** power / 8
    add(prefix === 'K' ? ['Kbps', 'kbps'] : [`${prefix}bps`], fixed(BYTES_PER_SECOND, bitsPerSecond))
    add(prefix === 'K' ? ['KB/s', 'kB/s'] : [`${prefix}B/s`], {
      dim: BYTES_PER_SECOND,
      factor: bytePower(power).factor,
    })
  })
  add(['bps'], fixed(BYTES_PER_SECOND, 1 / 8))
  add(['B/s'], fixed(BYTES_PER_SECOND, 1))

  add(['ns'], fixed(SECONDS, 1e-9))
  add(['us', 'µs', 'μs'], fixed(SECONDS, 1e-6))
  add(['ms'], fixed(SECONDS, 1e-3))
  add(['s', 'sec', 'secs', 'second', 'seconds'], fixed(SECONDS, 1))
  add(['min', 'mins', 'minute', 'minutes'], fixed(SECONDS, SECONDS_PER_MINUTE))
  add(['h', 'hr', 'hrs', 'hour', 'hours'], fixed(SECONDS, SECONDS_PER_HOUR))
  add(['d', 'day', 'days'], {dim: SECONDS, factor: (c) => c.secondsPerDay})
  add(['week', 'weeks'], {dim: SECONDS, factor: (c) => 7 * c.secondsPerDay})
  add(['month', 'months'], {dim: SECONDS, factor: (c) => c.secondsPerMonth})
  add(['y', 'yr', 'yrs', 'year', 'years'], {dim: SECONDS, factor: (c) => c.secondsPerYear})

  add(['/s', 'qps', 'rps', 'req/s', 'ops/s'], fixed(PER_SECOND, 1))
  add(['/min'], fixed(PER_SECOND, 1 / SECONDS_PER_MINUTE))
  add(['/h', '/hour'], fixed(PER_SECOND, 1 / SECONDS_PER_HOUR))
  add(['/day'], {dim: PER_SECOND, factor: (c) => 1 / c.secondsPerDay})
  add(['/month'], {dim: PER_SECOND, factor: (c) => 1 / c.secondsPerMonth})
  return units
}

export const UNITS: ReadonlyMap<string, UnitDef> = buildUnits()

/**
 * Count multipliers written straight after a number, with no space: `10K`,
 * `300M`, `1.5B` or `1.5bn` (billion, as the output writes it), `2T`. `B`
 * with a space before it (`800 B`) is bytes.
 */
export const COUNT_SUFFIXES: Readonly<Record<string, number>> = {
  K: 1e3,
  k: 1e3,
  M: 1e6,
  B: 1e9,
  bn: 1e9,
  T: 1e12,
}
