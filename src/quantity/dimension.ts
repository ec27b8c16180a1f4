/**
 * A physical dimension as exponents of the two base dimensions sizeup needs:
 * bytes and seconds. Counts (users, requests, records) are dimensionless, so
 * "requests per second" is {bytes: 0, seconds: -1} and "bytes per second" is
 * {bytes: 1, seconds: -1}.
 */
export interface Dimension {
  readonly bytes: number
  readonly seconds: number
}

export const DIMENSIONLESS: Dimension = {bytes: 0, seconds: 0}
export const BYTES: Dimension = {bytes: 1, seconds: 0}
export const SECONDS: Dimension = {bytes: 0, seconds: 1}
export const PER_SECOND: Dimension = {bytes: 0, seconds: -1}
export const BYTES_PER_SECOND: Dimension = {bytes: 1, seconds: -1}
/** An amount per byte: a price per size (`0.02 / 1 GB`). */
export const PER_BYTE: Dimension = {bytes: -1, seconds: 0}

/** A number in base units (bytes, seconds, plain counts) with its dimension. */
export interface Quantity {
  readonly value: number
  readonly dim: Dimension
  /** True when the value was written as a percentage or a ratio such as `5:1`. */
  readonly isShare?: boolean
  /**
   * Monte Carlo samples when the value is uncertain (a range, or arithmetic on
   * one); `value` is then the value at the inputs' medians.
   */
  readonly samples?: Float64Array
}

export function sameDimension(a: Dimension, b: Dimension): boolean {
  return a.bytes === b.bytes && a.seconds === b.seconds
}

export function multiplyDimensions(a: Dimension, b: Dimension, sign: 1 | -1): Dimension {
  return {bytes: a.bytes + sign * b.bytes, seconds: a.seconds + sign * b.seconds}
}

export function powerDimension(a: Dimension, exponent: number): Dimension {
  // A base dimension absent stays absent whatever the exponent: 0 × ∞ would be NaN (`2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2` read as bytes^NaN).
  const power = (e: number): number => (e === 0 ? 0 : e * exponent)
  return {bytes: power(a.bytes), seconds: power(a.seconds)}
}

const NAMED: ReadonlyArray<[Dimension, string]> = [
  [DIMENSIONLESS, 'a plain number'],
  [BYTES, 'a size in bytes'],
  [SECONDS, 'a duration'],
  [PER_SECOND, 'a rate per second'],
  [BYTES_PER_SECOND, 'a bandwidth in bytes per second'],
  [PER_BYTE, 'an amount per byte'],
]

/** Human name of a dimension, for error messages ("expected a duration, got a size in bytes"). */
export function describeDimension(dim: Dimension): string {
  const named = NAMED.find(([d]) => sameDimension(d, dim))
  if (named) return named[1]
  const part = (name: string, exp: number): string =>
    exp === 0 ? '' : exp === 1 ? name : `${name}^${exp}`
  return `a quantity in ${[part('bytes', dim.bytes), part('seconds', dim.seconds)].filter(Boolean).join('·')}`
}
