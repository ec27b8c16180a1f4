import type {Estimate} from './estimate.js'
import type {LedgerTracer} from './ledger.js'
import type {SystemModel} from '../spec/model.js'
import {shapeOf} from './compiled-shape.js'
import {runTemplate} from './compiled-run.js'
import {type Template, Tracer} from './compiled-trace.js'

/** The full derivation of a point estimate (estimate.ts), told of a tracer when there is one; its nodes in derivation order. */
export type PointDerivation = (model: SystemModel, tracer?: LedgerTracer) => Estimate

/** Shapes whose templates are kept, the least recently used dropped first. */
export const MAX_SHAPES = 32
/** Templates per shape: one per set of guarded values met (a branch taken otherwise); past it, other values are derived in full. */
export const MAX_TEMPLATES_PER_SHAPE = 4
/** Nodes all kept templates hold together (bench-scaling's 1,000 workloads are 54,000; the social feed 320). */
export const MAX_CACHED_NODES = 200_000

const templates = new Map<string, Template[]>()
let cachedNodes = 0
/** The most recently used shape's templates: touched again, the order of the map need not change. */
let latest: Template[] | null = null
/** A frozen model's shape's templates, found without hashing or comparing its fingerprint again; emptied when dropped. */
const byShape = new WeakMap<object, Template[]>()

/** What the cache did, for the tests: runs a template answered, derivations in full, and traces. */
export const compiledCounts = {compiled: 0, full: 0, traced: 0}

/**
 * A point estimate (a model without ranges) compiled once per shape and
 * evaluated thereafter (compiled-run.ts). The first model of a shape is
 * derived in full; the second, or one whose guarded values differ from every
 * template's, is derived in full through a tracer, into a template for the next. The result is the full derivation's,
 * node for node (test/engine/compiled-*.test.ts); what it shares with other calls (the
 * traced nodes, checks and estimate) is frozen.
 */
export function compiledEstimate(model: SystemModel, derive: PointDerivation): Estimate {
  const shape = shapeOf(model)
  const fingerprint = shape.fingerprint
  if (fingerprint === null) return full(model, derive)
  let kept = byShape.get(shape)
  if (kept === undefined || kept.length === 0) {
    kept = templates.get(fingerprint)
    if (kept !== undefined) byShape.set(shape, kept)
  }
  if (kept !== undefined) {
    if (kept !== latest) touch(fingerprint, kept)
    for (const template of kept) {
      const estimate = runTemplate(template, shape.values)
      if (estimate !== null) {
        compiledCounts.compiled++
        return estimate
      }
    }
    if (kept.length >= MAX_TEMPLATES_PER_SHAPE) return full(model, derive)
  }
  // A shape met once is derived in full: one call (the CLI's) pays no trace; the second is traced.
  if (kept === undefined && !seen.has(fingerprint)) {
    if (seen.size >= MAX_SEEN) seen.clear()
    seen.add(fingerprint)
    return full(model, derive)
  }
  if (tooLarge.has(fingerprint)) return full(model, derive)
  const tracer = new Tracer(model)
  const estimate = derive(tracer.model, tracer)
  compiledCounts.traced++
  if (estimate.metrics.size > MAX_CACHED_NODES) {
    // Too large to keep: the next model of the shape is derived in full without a trace.
    if (tooLarge.size >= MAX_SHAPES) tooLarge.clear()
    tooLarge.add(fingerprint)
    return estimate
  }
  keep(fingerprint, tracer.finish(fingerprint, estimate))
  return estimate
}

/** Forgets every template (for the tests). */
export function clearCompiled(): void {
  for (const kept of templates.values()) kept.length = 0
  templates.clear()
  tooLarge.clear()
  seen.clear()
  cachedNodes = 0
  latest = null
}

function full(model: SystemModel, derive: PointDerivation): Estimate {
  compiledCounts.full++
  return derive(model)
}

function touch(fingerprint: string, kept: Template[]): void {
  templates.delete(fingerprint)
  templates.set(fingerprint, kept)
  latest = kept
}

/** Shapes met once, not yet traced (emptied when it reaches MAX_SEEN). */
const seen = new Set<string>()
const MAX_SEEN = 4 * MAX_SHAPES

/** Shapes whose template would not fit the cache: derived in full without a trace (emptied when it reaches MAX_SHAPES). */
const tooLarge = new Set<string>()

function keep(fingerprint: string, template: Template): void {
  const kept = templates.get(fingerprint) ?? []
  kept.push(template)
  touch(fingerprint, kept)
  cachedNodes += template.size
  // Least recently used first; the shape just kept is the most recent, so it stays.
  for (const [key, old] of templates) {
    if (templates.size <= MAX_SHAPES && cachedNodes <= MAX_CACHED_NODES) break
    if (key === fingerprint) break
    templates.delete(key)
    for (const t of old) cachedNodes -= t.size
    old.length = 0
  }
}
