import {workloadMetricId} from '../../engine/ids.js'
import type {Decision} from '../../matrices/types.js'
import type {DesignReport} from '../../analysis/report.js'
import {md} from '../../spec/sinks/markdown.js'
import {mermaidLabel} from '../../spec/sinks/mermaid.js'
import type {Numbers} from './numbers.js'

/** A Mermaid flowchart node: a generated id, and a label already escaped for inside `"…"`. */
export interface DiagramNode {
  readonly id: string
  readonly open: string
  readonly label: string
  readonly close: string
}

export interface ArchitectureView {
  readonly nodes: readonly DiagramNode[]
  readonly edges: readonly {readonly from: string; readonly to: string}[]
  /** The same arrows in words, one line per node that has any (`Clients → Load balancer, CDN: CloudFront`), for a reader the diagram does not reach. */
  readonly inWords: readonly string[]
}

/** Mermaid shape delimiters by what a node is. */
const SHAPES = {
  client: ['([', '])'],
  box: ['[', ']'],
  store: ['[(', ')]'],
  cache: ['[[', ']]'],
  queue: ['[/', '/]'],
  edge: ['{{', '}}'],
} as const
type Shape = keyof typeof SHAPES

/**
 * Which matrices draw which boxes (data/matrices/<id>.yaml). A data store
 * and a media path are drawn per workload; a cache or queue is one box per
 * product, shared by the services that chose it (a system-wide decision
 * links every service that reads, for a cache, or writes, for a queue).
 * Choices without a product (patterns, "none") draw nothing.
 */
const STORE_MATRIX = 'datastore'
const MEDIA_MATRIX = 'media-path'
const SHARED: Readonly<Record<string, {readonly title: string; readonly shape: Shape; readonly systemWide: 'reads' | 'writes'}>> = {
  cache: {title: 'Cache', shape: 'cache', systemWide: 'reads'},
  queue: {title: 'Queue', shape: 'queue', systemWide: 'writes'},
}
/** Media-path options served through a CDN end in `-cdn` (`object-storage-cdn`). */
const CDN_SUFFIX = '-cdn'
/** A monolith is one application box in front of every workload's store. */
const STYLE_MATRIX = 'architecture'
const MONOLITH = 'monolith'

/**
 * The request path the decisions imply: clients → load balancer → a service
 * per workload (one application for a monolith) → each workload's store, the shared caches and queues, and media in object
 * storage behind a CDN when chosen. Ids are n1, n2 … in order of appearance.
 */
export function architectureView(report: DesignReport, n: Numbers): ArchitectureView {
  const nodes: DiagramNode[] = []
  const edges: {from: string; to: string}[] = []
  const byKey = new Map<string, string>()
  const words = new Map<string, string>()
  /** A node, created once per key. */
  const node = (key: string, text: string, shape: Shape): string => {
    const known = byKey.get(key)
    if (known) return known
    const id = `n${nodes.length + 1}`
    const [open, close] = SHAPES[shape]
    nodes.push({id, open, label: mermaidLabel(text), close})
    words.set(id, md(text))
    byKey.set(key, id)
    return id
  }
  const link = (from: string, to: string): void => {
    if (!edges.some((e) => e.from === from && e.to === to)) edges.push({from, to})
  }
  const product = (d: Decision): string => d.choice.technology ?? d.choice.label

  const clients = node('clients', 'Clients', 'client')
  const lb = node('lb', 'Load balancer', 'box')
  link(clients, lb)
  const monolith = report.decisions.some((d) => d.matrix === STYLE_MATRIX && d.choice.id === MONOLITH)
  const service = new Map(report.workloads.map((w) => [w, monolith ? node('app', 'Application (monolith)', 'box') : node(`service:${w}`, `${w} service`, 'box')]))
  for (const id of service.values()) link(lb, id)
  const active = (w: string, what: 'reads' | 'writes'): boolean => n.raw(workloadMetricId(w, what === 'reads' ? 'requests.read.perDay' : 'requests.write.perDay')) > 0

  for (const d of report.decisions) {
    const from = d.subject === null ? undefined : service.get(d.subject)
    if (d.matrix === STORE_MATRIX && from) {
      link(from, node(`store:${d.subject}`, `${product(d)}: ${d.subject}`, 'store'))
    } else if (d.matrix === MEDIA_MATRIX && from && d.choice.technology !== null) {
      const viaCdn = d.choice.id.endsWith(CDN_SUFFIX)
      // `Amazon S3 + CloudFront` is two products: the store, and the CDN in front of it, each drawn once.
      const [storeProduct, cdnProduct] = viaCdn ? splitProducts(d.choice.technology) : [d.choice.technology, null]
      const store = node(`media:${d.subject}`, `${storeProduct}: ${d.subject} media`, 'store')
      link(from, store)
      if (viaCdn) {
        const cdn = node('cdn', cdnProduct === null ? 'CDN' : `CDN: ${cdnProduct}`, 'edge')
        link(clients, cdn)
        link(cdn, store)
      }
    } else if (SHARED[d.matrix] && d.choice.technology !== null) {
      const role = SHARED[d.matrix]!
      const shared = node(`${d.matrix}:${d.choice.technology}`, `${role.title}: ${d.choice.technology}`, role.shape)
      if (from) link(from, shared)
      else for (const [w, id] of service) if (active(w, role.systemWide)) link(id, shared)
    }
  }
  drawConsumers(report, byKey, node, link)
  return {nodes, edges, inWords: inWords(nodes, edges, words)}
}

/** Each node's arrows as a line of text, in the order the nodes were drawn. */
function inWords(nodes: readonly DiagramNode[], edges: readonly {readonly from: string; readonly to: string}[], words: ReadonlyMap<string, string>): string[] {
  return nodes.flatMap((n) => {
    const to = edges.filter((e) => e.from === n.id).map((e) => words.get(e.to)!)
    return to.length === 0 ? [] : [`${words.get(n.id)!} → ${to.join(', ')}`]
  })
}

/** Fan-out models whose posts are pushed by workers (pull merges at read time, with no worker). */
const PUSHED = new Set(['push', 'hybrid'])
/** Delivery that goes through the broker to a consumer (at-most-once is fire and forget). */
const QUEUED = new Set(['at-least-once', 'idempotency-keys', 'exactly-once'])

/**
 * Who reads the broker, as the decisions say: fan-out workers writing the
 * timelines (the workload's cache, else its store), media workers writing
 * processed media, and consumers of queued deliveries writing their store. A
 * broker that no decision consumes is drawn without a consumer, as the review
 * reports it (decision-contradiction).
 */
function drawConsumers(report: DesignReport, byKey: ReadonlyMap<string, string>, node: (key: string, text: string, shape: Shape) => string, link: (from: string, to: string) => void): void {
  const queue = report.decisions.find((d) => d.matrix === 'queue' && d.choice.technology !== null)
  const broker = queue ? byKey.get(`queue:${queue.choice.technology}`) : undefined
  if (!broker) return
  const cacheOf = (w: string): string | undefined => {
    const cache = report.decisions.find((d) => d.matrix === 'cache' && d.subject === w)
    return cache?.choice.technology ? byKey.get(`cache:${cache.choice.technology}`) : undefined
  }
  for (const d of report.decisions) {
    if (d.subject === null) continue
    const target =
      d.matrix === 'fanout' && PUSHED.has(d.choice.id) ? {key: 'workers:fanout', label: 'Fan-out workers', to: cacheOf(d.subject) ?? byKey.get(`store:${d.subject}`)}
      : d.matrix === 'media-path' && d.choice.technology !== null ? {key: 'workers:media', label: 'Media workers', to: byKey.get(`media:${d.subject}`)}
      : d.matrix === 'delivery' && QUEUED.has(d.choice.id) ? {key: 'workers:consumers', label: 'Consumers', to: byKey.get(`store:${d.subject}`)}
      : null
    if (!target) continue
    const workers = node(target.key, target.label, 'box')
    link(broker, workers)
    if (target.to) link(workers, target.to)
  }
}

/** `Amazon S3 + CloudFront` → [`Amazon S3`, `CloudFront`]; a single name is the store, its CDN unnamed. */
function splitProducts(technology: string): [string, string | null] {
  const at = technology.indexOf(' + ')
  return at < 0 ? [technology, null] : [technology.slice(0, at), technology.slice(at + 3)]
}
