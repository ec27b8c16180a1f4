/**
 * Metric ids. System-wide metrics have short ids (`qps.write.peak`,
 * `storage.total`) so budgets and `explain` can name them; a workload's own
 * metrics carry its name (`workload.posts.qps.write.peak`). Inputs are
 * `input.<spec path>` and conventions `convention.<name>`.
 */
export type Scope = string

export const SYSTEM: Scope = ''

export function workloadScope(name: string): Scope {
  return `workload.${name}.`
}

export function metricId(scope: Scope, suffix: string): string {
  return `${scope}${suffix}`
}

export function inputId(path: string): string {
  return `input.${path}`
}
