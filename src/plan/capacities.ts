/**
 * Per-node reference capacities, as data/capacities.yaml holds them (compiled
 * at build into generated/capacities.js). Values are in base units: requests
 * per second, bytes, bytes per second, counts.
 */
export type FigureUnit = 'req/s' | 'B' | 'B/s' | 'x' | 'count'

export type TechnologyKind = 'relational' | 'wide-column' | 'key-value' | 'document' | 'graph' | 'time-series' | 'object-storage' | 'search' | 'cache' | 'log' | 'broker' | 'app'

export interface Figure {
  /** The reference-numbers key, `sizeup.rule.*` for a rule of thumb, or `overlay:<file>` for an organisation's own figure. */
  readonly key: string
  readonly value: number
  readonly unit: FigureUnit
  readonly source: string
  /** How the value follows from the reference figure, when it is not the figure itself. */
  readonly derived?: string
}

export interface TechnologyCapacity {
  readonly kind: TechnologyKind
  /** Other names of the technology (`Kafka` for `Apache Kafka`). */
  readonly aliases?: readonly string[]
  /** The machine the figures were measured on, as a `compute.<class>` price key suffix; null for a managed service. */
  readonly nodeClass: string | null
  /** Why the reference has no figures, when it has none. */
  readonly gap?: string
  readonly figures: Readonly<Record<string, Figure>>
}

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
  const exact = capacities.technologies[name]
  if (exact) return {name, capacity: exact}
  const lower = name.toLowerCase()
  for (const [canonical, capacity] of Object.entries(capacities.technologies)) {
    if (canonical.toLowerCase() === lower || (capacity.aliases ?? []).some((a) => a.toLowerCase() === lower)) return {name: canonical, capacity}
  }
  return null
}
