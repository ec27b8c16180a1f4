import type {Finding} from '../review/types.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import type {CheckedFile} from './types.js'

/**
 * A baseline: the findings a project accepts for now, so that adopting
 * `sizeup check` on existing designs fails only on new ones (ESLint's bulk
 * suppressions, SwiftLint's and dependency-cruiser's baselines). A finding is
 * known by its spec, rule and spec path, not its line or message, so that
 * editing a spec elsewhere, or a number in the message, does not make an
 * accepted finding new; `count` is how many findings share that key.
 */
export interface Baseline {
  readonly version: 1
  readonly findings: readonly BaselineEntry[]
}

export interface BaselineEntry {
  /** The spec (or configuration, for budgets) as named on the command line. */
  readonly file: string
  readonly ruleId: string
  /** The finding's dotted path in the spec. */
  readonly path: string
  readonly count: number
}

/** What a baseline's reason says on a finding it accepts. */
export const BASELINE_REASON = 'in the baseline'

const key = (e: {file: string; ruleId: string; path: string}): string => JSON.stringify([e.file, e.ruleId, e.path])

/** The baseline of these results: every finding not suppressed, counted by key, in key order. */
export function baselineOf(files: readonly CheckedFile[]): Baseline {
  const counts = new Map<string, BaselineEntry>()
  for (const f of files.flatMap((file) => file.findings)) {
    if (f.suppressed !== null) continue
    const k = key(f)
    const seen = counts.get(k)
    counts.set(k, {file: f.file, ruleId: f.ruleId, path: f.path, count: (seen?.count ?? 0) + 1})
  }
  return {version: 1, findings: [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e)}
}

/**
 * The results with every finding the baseline accepts marked suppressed by
 * it (never failing, shown as such by every format), up to each entry's
 * count, in position order; and the entries (or the part of their count)
 * that no finding matched any more: stale, to be dropped by writing the
 * baseline again.
 */
export function applyBaseline(files: readonly CheckedFile[], baseline: Baseline): {files: CheckedFile[]; stale: BaselineEntry[]} {
  const left = new Map(baseline.findings.map((e) => [key(e), e.count]))
  const accept = (f: Finding): Finding => {
    if (f.suppressed !== null) return f
    const k = key(f)
    const n = left.get(k) ?? 0
    if (n === 0) return f
    left.set(k, n - 1)
    return {...f, suppressed: {reason: BASELINE_REASON, by: 'baseline'}}
  }
  const checked = files.map((file) => ({...file, findings: file.findings.map(accept)}))
  const stale = baseline.findings.filter((e) => (left.get(key(e)) ?? 0) > 0).map((e) => ({...e, count: left.get(key(e))!}))
  return {files: checked, stale}
}

/** The baseline file's text: JSON, one entry per line-group, deterministic. */
export function baselineText(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`
}

/** A baseline read from `file`'s text, or the problem with it (located at 1:1: the file is ours, written by --write-baseline). */
export function parseBaseline(text: string, file: string): Baseline | Diagnostic {
  const problem = (why: string): Diagnostic => ({file, line: 1, column: 1, path: '', message: `not a sizeup baseline: ${why}`, hint: 'write it with `sizeup check … --baseline FILE --write-baseline`'})
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return problem('not JSON')
  }
  if (typeof data !== 'object' || data === null || (data as {version?: unknown}).version !== 1) return problem('no `"version": 1`')
  const findings = (data as {findings?: unknown}).findings
  if (!Array.isArray(findings)) return problem('no `findings` list')
  const entries: BaselineEntry[] = []
  for (const [i, e] of findings.entries()) {
    const {file: f, ruleId, path, count} = (e ?? {}) as Record<string, unknown>
    if (typeof f !== 'string' || typeof ruleId !== 'string' || typeof path !== 'string' || !Number.isSafeInteger(count) || (count as number) < 1) return problem(`entry ${i + 1} needs file, ruleId, path (text) and count (a whole number ≥ 1)`)
    entries.push({file: f, ruleId, path, count: count as number})
  }
  return {version: 1, findings: entries}
}
