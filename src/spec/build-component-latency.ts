import type {Arrivals, ComponentLatency, ComponentNode, Slo, Workload} from './model.js'
import {optional} from './build-workload.js'
import type {FieldResolver} from './fields.js'

/** The keys of a component node that size it from latency. */
export const LATENCY_KEYS = ['serves', 'peakRate', 'serviceTime', 'concurrency', 'latency', 'fanout', 'backendLatency'] as const

/** Backend percentiles, as quantiles. */
const QUANTILE: Readonly<Record<string, number>> = {p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99, p999: 0.999, p9999: 0.9999}

/** A component's metric ids carry its name, so a name that sizes from latency is a plain word. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/

/**
 * The latency fields of one component node, as written, or undefined when it
 * states none. Problems of one node alone (a queue without its service time, a
 * service time without the load it serves) are reported here; those that need
 * the rest of the spec (the workload served, the SLO, other names) by
 * checkComponentLatency.
 */
export function buildComponentLatency(r: FieldResolver, path: string, name: string, raw: Readonly<Record<string, unknown>>, statedInstances: number | null): ComponentLatency | undefined {
  if (!LATENCY_KEYS.some((k) => raw[k] !== undefined)) return undefined
  const at = (k: string): string => `${path}.${k}`
  const budget = optional(r, at('latency'))
  if (budget && budget.value <= 0) r.report(at('latency'), `the latency budget of \`${name}\` must be longer than zero`, 'the p99 this component must meet, e.g. `25 ms`')
  let queue: ComponentLatency['queue'] = null
  const servesText = typeof raw.serves === 'string' ? raw.serves : null
  const hasRate = raw.peakRate !== undefined
  if (servesText !== null && hasRate) r.report(at('peakRate'), `component \`${name}\` gives both \`serves\` and \`peakRate\`; give one`, '`serves: <workload>.reads` takes the workload\'s peak; `peakRate` states the rate itself')
  const serviceTime = optional(r, at('serviceTime'))
  if (raw.serviceTime !== undefined && serviceTime && serviceTime.value <= 0) r.report(at('serviceTime'), `the service time of \`${name}\` must be longer than zero`, 'the mean time one request holds a worker, e.g. `5 ms`')
  if ((servesText !== null || hasRate) && raw.serviceTime === undefined) {
    r.report(path, `component \`${name}\` states the load it serves but not its \`serviceTime\``, 'add the mean time one request holds a worker, e.g. `serviceTime: 5 ms`')
  } else if (raw.serviceTime !== undefined && servesText === null && !hasRate) {
    r.report(at('serviceTime'), `component \`${name}\` states a \`serviceTime\` but not the load it serves`, 'add `serves: <workload>.reads` (or `.writes`), or `peakRate: 5K/s`')
  }
  if (raw.concurrency !== undefined && raw.serviceTime === undefined) r.report(at('concurrency'), `\`concurrency\` of \`${name}\` sizes a queue, which needs a \`serviceTime\``, 'add `serviceTime` and `serves` (or `peakRate`), or remove `concurrency`')
  let arrivals: Arrivals | null = null
  if (servesText !== null) {
    const dot = servesText.lastIndexOf('.')
    arrivals = {kind: 'serves', workload: servesText.slice(0, dot), op: servesText.slice(dot + 1) === 'writes' ? 'write' : 'read'}
  } else if (hasRate) {
    const rate = optional(r, at('peakRate'))
    if (rate) arrivals = {kind: 'peakRate', rate}
  }
  if (arrivals && serviceTime && serviceTime.value > 0) {
    const concurrency = typeof raw.concurrency === 'number' && Number.isInteger(raw.concurrency) && raw.concurrency >= 1 ? raw.concurrency : 1
    queue = {arrivals, serviceTime, concurrency, statedInstances}
  }
  let fanout: ComponentLatency['fanout'] = null
  if (typeof raw.fanout === 'number' && Number.isInteger(raw.fanout) && raw.fanout >= 2) {
    const written = raw.backendLatency !== null && typeof raw.backendLatency === 'object' ? Object.keys(raw.backendLatency) : []
    const percentile = written.length === 1 && QUANTILE[written[0]!] !== undefined ? written[0]! : null
    const seconds = percentile ? optional(r, at(`backendLatency.${percentile}`)) : null
    fanout = {backends: raw.fanout, backendLatency: percentile && seconds ? {percentile, quantile: QUANTILE[percentile]!, seconds} : null}
  } else if (raw.backendLatency !== undefined && raw.fanout === undefined) {
    r.report(at('backendLatency'), `\`backendLatency\` of \`${name}\` describes fanned-out backends, but the component has no \`fanout\``, 'add `fanout: <backends called per request>`, or remove `backendLatency`')
  }
  if (!PLAIN_NAME.test(name)) r.report(raw.name === undefined ? path : at('name'), `component \`${name}\` sizes from latency, so its name must be a plain word (a letter, then letters, digits, \`_\` or \`-\`)`, 'its metrics are named after it (`component.<name>.instances.needed`); e.g. `name: feed-api`')
  return {budget, queue, fanout}
}

/**
 * Checks that need the whole spec: names unique among components that size
 * from latency, the workload a `serves` names and its reads or writes, and a
 * budget (the component's `latency` or the SLO's p99) wherever one is used.
 */
export function checkComponentLatency(r: FieldResolver, root: ComponentNode | null, workloads: readonly Workload[], slo: Slo): void {
  const seen = new Set<string>()
  const visit = (node: ComponentNode): void => {
    if (node.kind !== 'component') return node.children.forEach(visit)
    const l = node.latency
    if (!l) return
    if (seen.has(node.name)) r.report(`${node.path}.name`, `two components that size from latency are named \`${node.name}\``, 'give each its own name: their metrics are named after them')
    seen.add(node.name)
    const a = l.queue?.arrivals
    if (a?.kind === 'serves') {
      const w = workloads.find((x) => x.name === a.workload)
      const field = `${node.path}.serves`
      if (!w) r.report(field, `component \`${node.name}\` serves \`${a.workload}\`, which is not a workload`, workloads.length > 0 ? `workloads: ${workloads.map((x) => `\`${x.name}\``).join(', ')}` : 'add the workload under `workloads:`, or state `peakRate`')
      else if ((a.op === 'read' ? w.reads : w.writes) === null) r.report(field, `component \`${node.name}\` serves the ${a.op}s of \`${a.workload}\`, which states no ${a.op}s`, `give \`workloads.${a.workload}.${a.op}s\`, or serve its ${a.op === 'read' ? 'writes' : 'reads'}`)
    }
    if ((l.queue || l.fanout) && !l.budget && !slo.latencySeconds.p99) {
      r.report(node.path, `component \`${node.name}\` has no latency budget: it states no \`latency\` and the SLO no \`latency.p99\``, 'add `latency: 25 ms` (this component\'s p99), or `slo.latency.p99`')
    }
  }
  if (root) visit(root)
}
