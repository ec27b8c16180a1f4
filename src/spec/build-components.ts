import type {ComponentNode} from './model.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {buildComponentLatency, LATENCY_KEYS} from './build-component-latency.js'

const NODE_KEYS = new Set(['name', 'availability', 'instances', 'required', 'series', 'parallel', ...LATENCY_KEYS])

/**
 * Instances of all components together. A k-of-n component's availability
 * takes n + 1 terms in logarithms, twice (engine/components.ts), each time it
 * is evaluated: a million instances in all are 8 MB and some 40 ms for the
 * point values, and the Monte Carlo budget counts the terms per sample.
 * `instances: 1e9` needed 8 GB for one evaluation, and 2,000 components of a
 * million each (a spec's size allows that many) minutes; no design sizes over
 * a million machines as k-of-n components.
 */
export const MAX_INSTANCES = 1_000_000

/** Instances counted so far in one availability tree, against MAX_INSTANCES. */
interface Tally {
  instances: number
}

interface RawNode {
  readonly name?: unknown
  readonly series?: unknown
  readonly parallel?: unknown
  readonly availability?: unknown
  readonly instances?: unknown
  readonly required?: unknown
}

/**
 * The availability tree: a list is a series; a node is a component (with an
 * availability) or a group (`series` or `parallel`). Shapes the schema already
 * rejected (a node that is not a mapping, a misspelt key) are not reported again.
 */
export function buildComponent(r: FieldResolver, path: string, fallbackName: string, tally: Tally = {instances: 0}): ComponentNode {
  const raw = r.raw(path)
  if (Array.isArray(raw)) return {kind: 'series', name: fallbackName, path, children: raw.map((_, i) => buildComponent(r, `${path}.${i}`, `#${i + 1}`, tally))}
  const isMapping = raw !== null && typeof raw === 'object'
  const node: RawNode = isMapping ? (raw as RawNode) : {}
  const name = typeof node.name === 'string' ? node.name : fallbackName
  const shapes = (['availability', 'series', 'parallel'] as const).filter((k) => node[k] !== undefined)
  const misspelt = Object.keys(node).some((k) => !NODE_KEYS.has(k))
  if (isMapping && shapes.length > 1) {
    r.report(path, `component \`${name}\` has ${shapes.map((s) => `\`${s}\``).join(' and ')}; give only one`, 'a component has an availability; a group lists its members under `series` or `parallel`')
  } else if (isMapping && shapes.length === 0 && !misspelt) {
    r.report(path, `component \`${name}\` has no \`availability\`, \`series\` or \`parallel\``, 'give a component its availability (e.g. `availability: 99.9%`), or list the members of a group under `series` or `parallel`')
  }
  for (const kind of ['series', 'parallel'] as const) {
    const list = node[kind]
    if (Array.isArray(list) && shapes.length === 1) {
      return {kind, name, path, children: list.map((_, i) => buildComponent(r, `${path}.${kind}.${i}`, `${name} #${i + 1}`, tally))}
    }
  }
  const instances = wholeNumber(node.instances)
  const required = wholeNumber(node.required)
  // Non-integers and values below 1 are schema errors, already reported.
  if (instances !== null && tally.instances + instances > MAX_INSTANCES) {
    const message = instances > MAX_INSTANCES ? `component \`${name}\` runs ${instances} instances; the limit is ${MAX_INSTANCES}` : `with component \`${name}\`, the components run ${tally.instances + instances} instances; the limit is ${MAX_INSTANCES} in all`
    r.report(`${path}.instances`, message, 'describe a large fleet with fewer instances, e.g. as a `parallel` group of a few identical parts')
    return {kind: 'component', name, path, availability: orDefault(r, `${path}.availability`, 1), instances: 1, required: 1}
  }
  if (instances !== null) tally.instances += instances
  if (instances !== null && required !== null && required > instances) {
    r.report(`${path}.required`, `component \`${name}\` requires ${required} instances but runs ${instances}`, '`required` must be at most `instances`')
  }
  const n = instances ?? 1
  const latency = buildComponentLatency(r, path, name, node as Readonly<Record<string, unknown>>, node.instances === undefined ? null : instances)
  return {kind: 'component', name, path, availability: orDefault(r, `${path}.availability`, 1), instances: n, required: Math.min(required ?? 1, n), ...(latency ? {latency} : {})}
}

/** A count of instances as written, defaulting to 1 when absent; null when invalid. */
function wholeNumber(value: unknown): number | null {
  if (value === undefined) return 1
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null
}
