import type {FieldResolver} from './fields.js'

/** A spec's `suppress:` entry: the rule, optionally where, and why. */
export interface Suppression {
  readonly rule: string
  readonly path: string | null
  readonly reason: string
}

/**
 * Reads `suppress:`. The schema has checked the shape; a suppression must
 * also say why, or it is an error (an unexplained suppression hides a
 * problem from the next reader). Whether the rule exists is checked by the
 * review, which knows the rules.
 */
export function buildSuppressions(r: FieldResolver): Suppression[] {
  const raw = r.raw('suppress')
  if (!Array.isArray(raw)) return []
  const out: Suppression[] = []
  raw.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object') return
    const {rule, path, reason} = entry as {rule?: unknown; path?: unknown; reason?: unknown}
    if (typeof rule !== 'string' || typeof reason !== 'string') return
    if (reason.trim() === '') {
      r.report(`suppress.${i}.reason`, `the suppression of \`${rule}\` gives no reason`, 'say why the finding is accepted, e.g. `reason: a second region is planned for Q3`')
      return
    }
    out.push({rule, path: typeof path === 'string' ? path : null, reason: reason.trim()})
  })
  return out
}
