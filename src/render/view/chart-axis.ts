import {significant} from '../../quantity/format.js'

/**
 * The top of a bar chart's value axis, which always starts at zero: the
 * largest bar rounded up to two significant figures (55.2 → 56, 611 → 620,
 * 8.43 → 8.5), so the longest bar nearly fills the chart and every bar's
 * length is proportional to its value. Mermaid's xychart otherwise starts the
 * axis at the smallest bar, which makes 11 beside 55 look like nothing.
 */
export function axisTop(largest: number): string {
  if (!(largest > 0) || !Number.isFinite(largest)) return '1'
  const step = 10 ** (Math.floor(Math.log10(largest)) - 1)
  // The division can land a hair above a whole number (0.29 / 0.01 = 28.999…96): round it first.
  const steps = Math.ceil(Number((largest / step).toPrecision(12)))
  return significant(steps * step)
}

/** Mermaid xychart's value-axis range, from zero: `0 --> 56`. */
export function axisRange(bars: readonly number[]): string {
  return `0 --> ${axisTop(Math.max(0, ...bars))}`
}
