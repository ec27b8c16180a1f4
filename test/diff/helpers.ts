import type {Decision, ScoredOption} from '../../src/matrices/types.js'
import type {Finding} from '../../src/review/types.js'
import type {DiffSide, DiffUnit, SideMetric} from '../../src/diff/types.js'

/** A version of a design with just the given metrics (id → [value, unit]) and parts. */
export function side(metrics: Readonly<Record<string, readonly [number, DiffUnit]>>, parts: Partial<DiffSide> = {}): DiffSide {
  const out: Record<string, SideMetric> = {}
  for (const [id, [value, unit]] of Object.entries(metrics)) out[id] = {id, label: id, value, unit}
  return {file: 'spec.yaml', name: 'System', workloads: [], decisions: [], findings: [], conventions: [], byteUnits: 'decimal', ...parts, metrics: out}
}

const option = (id: string, score: number): ScoredOption => ({id, label: id, technology: null, score})

/** A decision with a choice and a runner-up (or none). */
export function decision(id: string, choice: string, runnerUp: string | null, reasons: readonly string[] = []): Decision {
  return {
    id,
    matrix: id.split('.')[0]!,
    title: id,
    question: `${id}?`,
    subject: id.includes('.') ? id.split('.')[1]! : null,
    choice: option(choice, 3),
    runnerUp: runnerUp === null ? null : option(runnerUp, 1),
    reasons,
    criteria: [],
    flipPoints: [],
    summary: '',
    references: [],
  }
}

/** A finding of `rule` at a spec path and line. */
export function finding(ruleId: string, path: string, line: number, message = `${ruleId} at ${path}`, suppressed: string | null = null): Finding {
  return {ruleId, severity: 'error', message, hint: 'fix it', file: 'spec.yaml', line, column: 5, path, metrics: [], suppressed: suppressed === null ? null : {reason: suppressed}}
}
