import type {Decision} from '../../matrices/types.js'
import {choiceName} from '../lookups.js'
import type {Contradiction, DecisionMatcher, Rule, RuleHit} from '../types.js'

/**
 * Decisions that cannot all hold at once. Each matrix decides on its own
 * facts, so two of them can pull apart (one relational primary for a
 * workload, while every region takes writes); the contradictions are data
 * (data/rules.yaml, `decision-contradiction.contradictions`), and this rule
 * only matches them against the report's decisions.
 */
export const rule: Rule = {
  id: 'decision-contradiction',
  summary: 'Two or more decisions contradict each other (one relational primary with active-active writes across regions, a broker nothing consumes …).',
  description:
    'Every decision is scored on its own facts, and nothing in one matrix knows what another chose: a workload can get a single-primary store while the failover decision has every region take writes, a database sequence can be chosen for a store that has none, or a broker can be chosen that no decision consumes. The contradictions are kept as data in `data/rules.yaml` (each a set of decisions, and the decisions that would resolve it); a finding names every decision involved and why they cannot all hold.',
  fix: 'change one of the decisions named (state the fact that moves it, e.g. a workload\'s `consistency`, `placement`, or an overlay that restricts the options), or add the missing piece the contradiction names',
  check: ({model, decisions, data}) => {
    const writing = new Set(model.workloads.filter((w) => w.writes !== null).map((w) => w.name))
    return (data.contradictions ?? []).flatMap((c) => matches(c, c.writing ? decisions.filter((d) => d.subject === null || writing.has(d.subject)) : decisions))
  },
}

/** Every set of decisions matching a contradiction, once per workload for those about one workload. */
function matches(c: Contradiction, decisions: readonly Decision[]): RuleHit[] {
  const candidates = c.decisions.map((m) => decisions.filter((d) => fits(m, d)))
  if (candidates.some((list) => list.length === 0)) return []
  const resolved = (subject: string | null): boolean =>
    (c.unless ?? []).some((m) => decisions.some((d) => fits(m, d) && (!c.sameSubject || d.subject === null || subject === null || d.subject === subject)))
  const hits: RuleHit[] = []
  for (const set of combinations(candidates)) {
    const subjects = [...new Set(set.map((d) => d.subject).filter((s) => s !== null))]
    if (c.sameSubject && subjects.length > 1) continue
    const subject = subjects[0] ?? null
    if (resolved(subject)) continue
    hits.push({path: subject === null ? 'slo' : `workloads.${subject}`, message: `${named(set)}: ${c.message}`})
  }
  return hits
}

function fits(m: DecisionMatcher, d: Decision): boolean {
  return d.matrix === m.matrix && (m.choice === undefined || m.choice.includes(d.choice.id))
}

/** One decision from each list, every way; the same decision twice is no set. */
function combinations(lists: readonly (readonly Decision[])[]): Decision[][] {
  let out: Decision[][] = [[]]
  for (const list of lists) out = out.flatMap((set) => list.filter((d) => !set.includes(d)).map((d) => [...set, d]))
  return out
}

/** `Data store for \`users\` chooses PostgreSQL (relational), Failover chooses active-active and Redundancy chooses multi-region`. */
function named(set: readonly Decision[]): string {
  const parts = set.map((d) => `${d.title}${d.subject === null ? '' : ` for \`${d.subject}\``} chooses ${choiceName(d)}`)
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
}
