import type {PriceCatalog} from '../cost/prices.js'
import type {MatrixAdjustment} from '../matrices/decide.js'
import type {Matrix} from '../matrices/types.js'
import type {Capacities, Figure, TechnologyCapacity} from '../plan/capacities.js'
import {allowedByTechnology} from './check.js'
import type {Knowledge, Overlay, SourcedValue} from './types.js'

/** Knowledge with an overlay applied, ready for decide(), planScaling() and estimateCost(). */
export interface AppliedOverlay extends Knowledge {
  /** For decide(model, estimate, matrices, adjustments). */
  readonly adjustments: Readonly<Record<string, MatrixAdjustment>>
  /** What the overlay asked for and could not have, in words (a matrix it would leave without options). */
  readonly warnings: readonly string[]
}

/** The key and source a report quotes for an overlay's number. */
const cite = (overlay: Overlay, v: SourcedValue): {key: string; source: string} => ({key: `overlay:${overlay.file}`, source: v.note ? `${v.source} (${v.note})` : v.source})

/**
 * The adjustments decide() takes: per matrix, the options allowed (by id,
 * and by the organisation's technologies: every option naming a technology
 * not in the list goes; patterns stay) and the extra points. A restriction
 * that would leave a matrix without options is dropped with a warning
 * (decide() would ignore it anyway).
 */
export function overlayAdjustments(overlay: Overlay, knowledge: Knowledge): {adjustments: Record<string, MatrixAdjustment>; warnings: string[]} {
  const adjustments: Record<string, MatrixAdjustment> = {}
  const warnings: string[] = []
  for (const matrix of knowledge.matrices) {
    const own = overlay.matrices[matrix.id]
    let allowed = matrix.options.map((o) => o.id)
    const restricted = (own?.allow ?? null) !== null || (overlay.technologies !== null && matrix.options.some((o) => o.technology !== null))
    if (own?.allow) allowed = allowed.filter((id) => own.allow!.includes(id))
    if (overlay.technologies !== null) allowed = allowed.filter((id) => allowedByTechnology(matrix, id, overlay.technologies!, knowledge))
    const adjustment: {allow?: string[]; weights?: Record<string, number>} = {}
    if (restricted && allowed.length === 0) warnings.push(`the overlay allows no option of matrix \`${matrix.id}\` (${matrix.options.map((o) => o.technology ?? o.id).join(', ')}); all of them stay`)
    else if (restricted && allowed.length < matrix.options.length) adjustment.allow = allowed
    if (own && Object.keys(own.weights).length > 0) adjustment.weights = {...own.weights}
    if (adjustment.allow || adjustment.weights) adjustments[matrix.id] = adjustment
  }
  return {adjustments, warnings}
}

/** Matrices with the overlay's thresholds (value and source) in place of the shipped ones. */
export function overlayMatrices(overlay: Overlay, matrices: readonly Matrix[]): Matrix[] {
  return matrices.map((m) => {
    const own = overlay.matrices[m.id]
    if (!own || Object.keys(own.thresholds).length === 0) return m
    const thresholds = {...m.thresholds}
    for (const [name, v] of Object.entries(own.thresholds)) thresholds[name] = {...thresholds[name]!, value: v.value, source: `${cite(overlay, v).source} (${cite(overlay, v).key})`}
    return {...m, thresholds}
  })
}

/** Capacities with the overlay's figures in place; a technology it gives figures for no longer reports its gap. */
export function overlayCapacities(overlay: Overlay, capacities: Capacities): Capacities {
  const technologies: Record<string, TechnologyCapacity> = {...capacities.technologies}
  for (const [name, figures] of Object.entries(overlay.capacities)) {
    const base = technologies[name]
    if (!base || Object.keys(figures).length === 0) continue
    const merged: Record<string, Figure> = {...base.figures}
    for (const [figure, v] of Object.entries(figures)) merged[figure] = {...cite(overlay, v), value: v.value, unit: capacities.kinds[base.kind][figure]!.unit}
    const {gap: _gap, ...rest} = base
    technologies[name] = {...rest, figures: merged}
  }
  return {...capacities, technologies}
}

/** Prices with the overlay's in place (same unit as the catalog's). */
export function overlayPrices(overlay: Overlay, catalog: PriceCatalog): PriceCatalog {
  const prices = {...catalog.prices}
  for (const [key, v] of Object.entries(overlay.prices)) prices[key] = {...cite(overlay, v), value: v.value, unit: prices[key]!.unit}
  return {...catalog, prices}
}

/** Everything at once: the knowledge to use and the adjustments for decide(). */
export function applyOverlay(overlay: Overlay, knowledge: Knowledge): AppliedOverlay {
  const {adjustments, warnings} = overlayAdjustments(overlay, knowledge)
  return {
    matrices: overlayMatrices(overlay, knowledge.matrices),
    capacities: overlayCapacities(overlay, knowledge.capacities),
    prices: overlayPrices(overlay, knowledge.prices),
    adjustments,
    warnings,
  }
}
