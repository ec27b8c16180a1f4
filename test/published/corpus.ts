/**
 * The shape of the published-examples corpus: worked estimates from public
 * sources, each a spec in examples/published/<id>.yaml and a list of the
 * figures its source prints. corpus.test.ts runs `sizeup estimate <spec> --json`
 * on each and compares every figure with the metric named.
 *
 * The figures are written here as the source prints them (number and unit) and
 * converted to sizeup's base units by the table below, which is the test's own:
 * nothing in src/ is used to read an expected value.
 */

/** ±0.5 %: the source states the figure exactly, or correctly rounded to three or more significant figures. */
export const EXACT = 0.005
/** ±5 %: the source rounds ("~3500", "about", one or two significant figures, 2.5 M s to a month). */
export const ROUNDED = 0.05

/** A unit a source prints a figure in: its base unit in `estimate --json` and the factor to it. */
export const UNITS = {
  // counts and rates
  count: {base: ['req', 'users', 'records', 'objects', 'count'], factor: 1},
  '/s': {base: ['req/s', 'records/s', 'objects/s'], factor: 1},
  // sizes (decimal, as every source here but the AWS one counts them)
  B: {base: ['B'], factor: 1},
  KB: {base: ['B'], factor: 1e3},
  MB: {base: ['B'], factor: 1e6},
  GB: {base: ['B'], factor: 1e9},
  TB: {base: ['B'], factor: 1e12},
  PB: {base: ['B'], factor: 1e15},
  GiB: {base: ['B'], factor: 2 ** 30},
  TiB: {base: ['B'], factor: 2 ** 40},
  // bandwidth and growth
  'KB/s': {base: ['B/s'], factor: 1e3},
  'MB/s': {base: ['B/s'], factor: 1e6},
  'GB/s': {base: ['B/s'], factor: 1e9},
  'TB/s': {base: ['B/s'], factor: 1e12},
  'GB/min': {base: ['B/s'], factor: 1e9 / 60},
  // durations
  s: {base: ['s'], factor: 1},
  min: {base: ['s'], factor: 60},
  h: {base: ['s'], factor: 3600},
  day: {base: ['s'], factor: 86_400},
  // shares and factors
  '%': {base: ['ratio'], factor: 0.01},
  x: {base: ['x'], factor: 1},
  // money
  USD: {base: ['USD'], factor: 1},
} as const satisfies Record<string, {base: readonly string[]; factor: number}>

export type Unit = keyof typeof UNITS

export interface PublishedValue {
  /** The metric in `estimate --json` (`metrics[id]`), whose value is in base units. */
  readonly metric: string
  /** The spec's scenario that states this figure's inputs (`estimate --scenario`), when not the base: a table of several targets is one scenario per row. */
  readonly scenario?: string
  /** The figure as the source prints it, in `unit`. */
  readonly published: number
  readonly unit: Unit
  /** EXACT or ROUNDED (or wider, with the reason in `quote`'s comment). */
  readonly tolerance: number
  /** The source's words around the figure: enough to find it, no more. */
  readonly quote: string
  /**
   * When the source's arithmetic is wrong: the correct value (in `unit`), which
   * is asserted instead, and why. The published figure must then lie outside
   * the tolerance, or it would not be worth correcting.
   */
  readonly wrong?: {readonly correct: number; readonly why: string}
}

export interface PublishedCase {
  /** The spec: examples/published/<id>.yaml. */
  readonly id: string
  /** The work and the part of it: book and chapter, document and section. */
  readonly title: string
  /** Where to read it: a URL, or `owner/repo: path` on GitHub. Every entry also appears in the spec's header comment. */
  readonly sources: readonly string[]
  /** `primary` when read in the author's own text; `copy` when read in a reproduction (the work is commercial or the page was not reachable). */
  readonly reading: 'primary' | 'copy'
  readonly values: readonly PublishedValue[]
}
