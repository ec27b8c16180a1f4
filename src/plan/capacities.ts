/**
 * Per-node reference capacities, as data/capacities.yaml holds them (compiled
 * at build into generated/capacities.js). Values are in base units: requests
 * per second, bytes, bytes per second, counts.
 */
import {own} from '../quantity/own.js'
import type {FigureUnit, TechnologyCapacity, TechnologyKind} from './generated/schema-types.js'

// A technology's entry and its figures, as specs/capacities.schema.json describes them (scripts/knowledge-schema.mjs).
export type {Figure, FigureUnit, TechnologyCapacity, TechnologyKind} from './generated/schema-types.js'

export interface FigureSpec {
  readonly unit: FigureUnit
  readonly required: boolean
  readonly meaning: string
}

export interface Capacities {
  /** Per kind, the figures it is sized from (scripts/knowledge-schema.mjs). */
  readonly kinds: Readonly<Record<TechnologyKind, Readonly<Record<string, FigureSpec>>>>
  /** By technology name, as the matrices name it. */
  readonly technologies: Readonly<Record<string, TechnologyCapacity>>
}

/** The technology name of the application tier in the catalog. */
export const APP_TECHNOLOGY = 'App server'

/**
 * The catalog entry for a technology as a matrix or an overlay names it: by
 * its name, then by an alias, then ignoring case. Null when the catalog has
 * no such technology.
 */
export function findTechnology(capacities: Capacities, name: string): {name: string; capacity: TechnologyCapacity} | null {
  const exact = own(capacities.technologies, name)
  if (exact) return {name, capacity: exact}
  const lower = name.toLowerCase()
  for (const [canonical, capacity] of Object.entries(capacities.technologies)) {
    if (canonical.toLowerCase() === lower || (capacity.aliases ?? []).some((a) => a.toLowerCase() === lower)) return {name: canonical, capacity}
  }
  return null
}
