import type {FieldResolver} from './fields.js'

// Also: the spread of a geo workload's points, a fact stated in words.

/**
 * The fields that state a figure of a workload's traffic or data: a workload
 * with `figures: none` states none of them (scripts/schema/spec-unsized.mjs).
 */
export const FIGURE_FIELDS = ['reads', 'writes', 'records', 'recordSize', 'recordFields', 'readSize', 'media', 'retention'] as const

/** Every figure a `figures: none` workload states anyway, each located at its key, all at once. */
export function checkFigureless(r: FieldResolver, name: string): void {
  for (const field of FIGURE_FIELDS) {
    const path = `workloads.${name}.${field}`
    if (r.raw(path) === undefined) continue
    r.report(path, `\`${name}\` says \`figures: none\` but states \`${field}\``, `remove \`${field}\`, or remove \`figures: none\` if the design states this figure`, 'key')
  }
}

/** `density:` of a geo workload's points; it says nothing without `access: geo`, an error at its key. */
export function buildDensity(r: FieldResolver, name: string): {density?: 'even' | 'uneven'} {
  const path = `workloads.${name}.density`
  const raw = r.raw(path)
  if (raw === undefined) return {}
  if (r.raw(`workloads.${name}.access`) !== 'geo') {
    r.report(path, `\`density\` says how geo points are spread, but the workload's \`access\` is not \`geo\``, 'add `access: geo`, or remove it', 'key')
    return {}
  }
  return raw === 'even' || raw === 'uneven' ? {density: raw} : {}
}
