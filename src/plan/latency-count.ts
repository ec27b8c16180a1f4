import {componentMetricId} from '../engine/ids.js'
import {latencyComponents} from '../engine/latency.js'
import {optionalMetric} from '../engine/metrics.js'
import {formatDuration as duration} from '../quantity/format.js'
import {counted} from './basis.js'
import type {SizingContext} from './context.js'

const SERVER = ['server', 'servers'] as const

/**
 * The largest count of instances a queueing component needs for its p99
 * budget (engine/latency.ts), with the basis line that says which and why;
 * null when no component is sized from latency.
 */
export function latencyCount(ctx: SizingContext): {readonly count: number; readonly line: string} | null {
  let best: {count: number; line: string} | null = null
  for (const c of latencyComponents(ctx.model.components)) {
    const needed = optionalMetric(ctx.estimate.metrics, componentMetricId(c.name, 'instances.needed'))
    if (needed === null) continue
    const budget = optionalMetric(ctx.estimate.metrics, componentMetricId(c.name, 'latency.budget')) ?? 0
    const p99 = optionalMetric(ctx.estimate.metrics, componentMetricId(c.name, 'responseTime.p99')) ?? 0
    if (best === null || needed > best.count) {
      best = {
        count: needed,
        line: `p99 budget of ${c.name}: ${duration(budget)} → ${counted(needed, SERVER)} of ${c.latency.queue!.concurrency} workers as one M/M/c queue (p99 ${duration(p99)})`,
      }
    }
  }
  return best
}
