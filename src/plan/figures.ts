import type {Figure, TechnologyCapacity} from './capacities.js'

/** A figure the sizer needs and the catalog lacks: the plan then says so instead of sizing. */
export class MissingFigure extends Error {
  constructor(readonly figure: string) {
    super(`no \`${figure}\` figure`)
  }
}

export interface UsedFigure {
  readonly key: string
  readonly value: number
  readonly unit: string
  readonly source: string
}

/** Reads a technology's figures and remembers which were used, so that a plan item can cite them. */
export class FigureReader {
  private readonly used = new Map<string, UsedFigure>()
  constructor(private readonly capacity: TechnologyCapacity) {}

  /** A figure the sizing cannot do without. */
  get(name: string): number {
    const f = this.capacity.figures[name]
    if (!f) throw new MissingFigure(name)
    this.note(f)
    return f.value
  }

  /** A figure the sizing uses when present. */
  maybe(name: string): number | null {
    const f = this.capacity.figures[name]
    if (!f) return null
    this.note(f)
    return f.value
  }

  /** A figure the sizing cannot do without, with its source: what a metric of the plan cites. */
  cite(name: string): UsedFigure {
    const f = this.capacity.figures[name]
    if (!f) throw new MissingFigure(name)
    this.note(f)
    return this.used.get(f.key + f.source)!
  }

  list(): UsedFigure[] {
    return [...this.used.values()]
  }

  private note(f: Figure): void {
    this.used.set(f.key + f.source, {key: f.key, value: f.value, unit: f.unit, source: f.derived ? `${f.source} (derived: ${f.derived})` : f.source})
  }
}
