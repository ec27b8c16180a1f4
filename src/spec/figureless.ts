import type {FieldResolver} from './fields.js'

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
