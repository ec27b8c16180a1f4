import type {Decision} from '../matrices/types.js'
import type {Finding} from '../review/types.js'
import {compareMetrics} from './metrics.js'
import {
  type ConventionChange,
  type DecisionChange,
  type DecisionSide,
  type Diff,
  DIFF_SCHEMA_VERSION,
  type DiffSide,
  type FindingChanges,
  type ResolvedFinding,
} from './types.js'

/**
 * What changed from `base` to `head`: every metric with its delta, the
 * decisions whose choice or runner-up changed, review findings added and
 * resolved, conventions that changed, workloads added and removed. Pure and
 * deterministic: the same two versions give the same diff.
 */
export function diffSides(base: DiffSide, head: DiffSide): Diff {
  const metrics = compareMetrics(base, head)
  const decisions = compareDecisions(base.decisions, head.decisions)
  const findings = compareFindings(base.findings, head.findings)
  const conventions = compareConventions(base, head)
  const workloads = {added: head.workloads.filter((w) => !base.workloads.includes(w)), removed: base.workloads.filter((w) => !head.workloads.includes(w))}
  const count = (status: string): number => metrics.filter((m) => m.status === status).length
  const decisionCount = (status: string): number => decisions.filter((d) => d.status === status).length
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    base: {file: base.file, name: base.name},
    head: {file: head.file, name: head.name},
    byteUnits: head.byteUnits,
    summary: {
      metrics: {changed: count('changed'), added: count('added'), removed: count('removed'), unchanged: count('unchanged')},
      decisions: {changed: decisionCount('changed'), added: decisionCount('added'), removed: decisionCount('removed')},
      findings: {added: findings.added.length, resolved: findings.resolved.length, unchanged: findings.unchanged},
      conventions: {changed: conventions.length},
      workloads: {added: workloads.added.length, removed: workloads.removed.length},
    },
    metrics,
    decisions,
    findings,
    conventions,
    workloads,
  }
}

const sideOf = (d: Decision): DecisionSide => ({choice: d.choice, runnerUp: d.runnerUp})

/** Decisions in head's order, then those only base asks, in base's order. */
export function compareDecisions(base: readonly Decision[], head: readonly Decision[]): DecisionChange[] {
  const before = new Map(base.map((d) => [d.id, d]))
  const after = new Set(head.map((d) => d.id))
  const out: DecisionChange[] = []
  for (const h of head) {
    const b = before.get(h.id)
    const about = {id: h.id, title: h.title, subject: h.subject, reasons: h.reasons}
    if (!b) out.push({...about, status: 'added', base: null, head: sideOf(h)})
    else if (b.choice.id !== h.choice.id || (b.runnerUp?.id ?? null) !== (h.runnerUp?.id ?? null)) out.push({...about, status: 'changed', base: sideOf(b), head: sideOf(h)})
  }
  for (const b of base) {
    if (!after.has(b.id)) out.push({id: b.id, title: b.title, subject: b.subject, reasons: b.reasons, status: 'removed', base: sideOf(b), head: null})
  }
  return out
}

/** Findings are the same when rule, spec path and message are: lines move when a spec is edited. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.path}\u0000${f.message}`
}

/**
 * Active (unsuppressed) findings of head not in base are added; active
 * findings of base not in head are resolved, by a change or, when head still
 * has the finding but suppresses it, by a suppression. A key that occurs
 * several times is matched as many times as both sides have it.
 */
export function compareFindings(base: readonly Finding[], head: readonly Finding[]): FindingChanges {
  const before = base.filter((f) => f.suppressed === null)
  const after = head.filter((f) => f.suppressed === null)
  const unmatched = (list: readonly Finding[], other: readonly Finding[]): Finding[] => {
    const counts = new Map<string, number>()
    for (const f of other) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1)
    return list.filter((f) => {
      const left = counts.get(findingKey(f)) ?? 0
      counts.set(findingKey(f), left - 1)
      return left <= 0
    })
  }
  const added = unmatched(after, before)
  const suppressedInHead = new Set(head.filter((f) => f.suppressed !== null).map(findingKey))
  const resolved = unmatched(before, after).map((f): ResolvedFinding => ({...f, resolvedBy: suppressedInHead.has(findingKey(f)) ? 'suppression' : 'change'}))
  return {added, resolved, unchanged: after.length - added.length}
}

/** Conventions whose value differs (a default now stated with the same value is no change). */
export function compareConventions(base: DiffSide, head: DiffSide): ConventionChange[] {
  const before = new Map(base.conventions.map((c) => [c.name, c]))
  const out: ConventionChange[] = []
  for (const h of head.conventions) {
    const b = before.get(h.name) ?? null
    if (b === null || b.value !== h.value || b.display !== h.display) out.push({name: h.name, label: h.label, base: b, head: h})
  }
  const names = new Set(head.conventions.map((c) => c.name))
  for (const b of base.conventions) if (!names.has(b.name)) out.push({name: b.name, label: b.label, base: b, head: null})
  return out
}
