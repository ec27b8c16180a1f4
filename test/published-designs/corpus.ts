/**
 * The published-designs corpus: system designs published by others, each a
 * spec in examples/published-designs/<id>.yaml that states only the author's
 * inputs (users, rates, sizes, retention, SLO, access patterns …), and the
 * choices the author states (./cases/), each with the decision of sizeup's it
 * corresponds to and the option of that decision the author's choice is.
 *
 * corpus.test.ts runs `report` on every spec and scores each stated choice:
 * matched outright (sizeup's choice), only the runner-up, or missed; a choice
 * whose decision sizeup has no matrix for is "no matrix", and one that rests on
 * a fact the spec language cannot state is "not expressible" unless sizeup
 * still matches it. Both stay in the denominator, so the share is honest.
 *
 * Nothing here reads src/: the scoring is the test's own, over the decisions a
 * report publishes (`id`, `choice.id`, `runnerUp.id`) and the ids of the
 * matrices that exist. scripts/matrices-doc.mjs uses the same functions to
 * write the corpus into docs/matrices.md and docs/published-designs.md.
 */

/**
 * How firmly the author states a choice. Only `explicit` choices count in the
 * share matched outright; `soft` ones ("we could", offered beside an equal
 * alternative) are reported apart as what the author leans to; `rejected` ones
 * are options the author rules out, which sizeup should not choose.
 */
export type Strength = 'explicit' | 'soft' | 'rejected'

export interface StatedChoice {
  /**
   * The decision this choice is an answer to: a report's decision id
   * (`datastore.<workload>`, `cache.<workload>`, `redundancy` …). Its kind is
   * the part before the first dot, the matrix id where sizeup has that matrix;
   * a kind with no matrix yet is named as issue 14 names the missing decision
   * (`partitioning.<workload>`, `transport` …) or `other.<what>`.
   */
  readonly decision: string
  /**
   * The option id(s) the author's choice is (any of them matches: "Redis or
   * Memcached"), or null where the author's choice is that the decision does
   * not arise (no cache at all).
   */
  readonly option: string | readonly string[] | null
  readonly strength: Strength
  /**
   * The spec's scenario that states the inputs this choice answers, when not
   * the base ("at a booking site's scale, 1,000 times the traffic"): the
   * choice is scored against that scenario's report.
   */
  readonly scenario?: string
  /** The author's choice in a few words. */
  readonly chosen: string
  /** The author's words, at most 25, enough to find the sentence. */
  readonly quote: string
  /**
   * A fact the author relies on that a spec cannot state: the choice then
   * counts as "not expressible" unless sizeup matches it anyway. Each one is
   * also said in the spec's header comment.
   */
  readonly unstated?: string
  /** Why sizeup misses it, where the reason is known: read when the figure is reported. */
  readonly note?: string
  /**
   * The decision's matrix has no option for the author's choice, and why (an
   * append-only log on local disk is no data store of the matrix's): `option`
   * then names it in the matrix's style, and the choice can only be missed.
   */
  readonly optionMissing?: string
}

export interface DesignCase {
  /** The spec: examples/published-designs/<id>.yaml. */
  readonly id: string
  /** The work and the part of it: book and chapter, post, solution. */
  readonly title: string
  /** Where to read it: a URL, `owner/repo: path`, or a copy's index id; every entry also appears in the spec's header comment. */
  readonly sources: readonly string[]
  /** `primary` when read in the author's own text; `copy` when read in a reproduction. */
  readonly reading: 'primary' | 'copy'
  readonly choices: readonly StatedChoice[]
}

/** What a report says of one decision (the fields of `decisions[]` the score reads). */
export interface DecisionSeen {
  readonly id: string
  readonly choice: {readonly id: string; readonly score: number}
  readonly runnerUp: {readonly id: string; readonly score: number} | null
}

/**
 * matched: sizeup's choice is the author's. runner-up: only its runner-up.
 * missed: neither (or the decision is not asked where the author makes one, or
 * asked where the author says it does not arise). not expressible: not matched,
 * and the author relies on a fact a spec cannot state. no matrix: sizeup has
 * no decision of this kind.
 */
export type Outcome = 'matched' | 'runner-up' | 'missed' | 'not expressible' | 'no matrix'
export const OUTCOMES: readonly Outcome[] = ['matched', 'runner-up', 'missed', 'not expressible', 'no matrix']

export interface ScoredChoice {
  readonly design: string
  readonly choice: StatedChoice
  readonly kind: string
  readonly outcome: Outcome
  /** sizeup's choice, or null when the decision was not asked (or has no matrix). */
  readonly got: string | null
  readonly runnerUp: string | null
  /** The choice and the runner-up scored the same: the matrix's default (or its order) decided, not a criterion. */
  readonly tie: boolean
}

export const kindOf = (decision: string): string => decision.split('.')[0]!

const optionsOf = (c: StatedChoice): readonly string[] | null => (c.option === null ? null : typeof c.option === 'string' ? [c.option] : c.option)

/** Scores one stated choice against a report's decisions, given the ids of the matrices sizeup has. */
export function scoreChoice(design: string, c: StatedChoice, decisions: readonly DecisionSeen[], matrices: ReadonlySet<string>): ScoredChoice {
  const kind = kindOf(c.decision)
  const seen = decisions.find((d) => d.id === c.decision)
  const tie = seen !== undefined && seen.runnerUp !== null && seen.runnerUp.score === seen.choice.score
  const base = {design, choice: c, kind, got: seen?.choice.id ?? null, runnerUp: seen?.runnerUp?.id ?? null, tie}
  if (!matrices.has(kind)) return {...base, outcome: 'no matrix'}
  const wanted = optionsOf(c)
  let outcome: Outcome
  if (wanted === null) outcome = seen === undefined ? 'matched' : 'missed'
  else if (seen === undefined) outcome = 'missed'
  else if (wanted.includes(seen.choice.id)) outcome = 'matched'
  else if (seen.runnerUp !== null && wanted.includes(seen.runnerUp.id)) outcome = 'runner-up'
  else outcome = 'missed'
  if (outcome !== 'matched' && c.unstated !== undefined) outcome = 'not expressible'
  return {...base, outcome}
}

/** For a rejected option: true when sizeup chose it anyway. */
export function violates(s: ScoredChoice): boolean {
  const wanted = optionsOf(s.choice)
  return s.outcome !== 'no matrix' && s.got !== null && wanted !== null && wanted.includes(s.got)
}

export interface Tally {
  readonly total: number
  readonly counts: Readonly<Record<Outcome, number>>
  /** Of the matched, those won by a tie (no criterion told the two first options apart). */
  readonly matchedByTie: number
  /** matched ÷ total, 0 for none. */
  readonly share: number
}

export function tally(scored: readonly ScoredChoice[]): Tally {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  for (const s of scored) counts[s.outcome] += 1
  const matchedByTie = scored.filter((s) => s.outcome === 'matched' && s.tie).length
  return {total: scored.length, counts, matchedByTie, share: scored.length ? counts.matched / scored.length : 0}
}

export interface CorpusSummary {
  readonly designs: readonly {readonly id: string; readonly title: string; readonly reading: 'primary' | 'copy'; readonly sources: readonly string[]; readonly explicit: Tally}[]
  /** Every choice, in case order. */
  readonly scored: readonly ScoredChoice[]
  /** The explicit choices: the figure. */
  readonly explicit: Tally
  /** The explicit choices of the kinds sizeup has a matrix for. */
  readonly withMatrix: Tally
  /** Per kind, explicit choices only, most choices first (then by name). */
  readonly kinds: readonly {readonly kind: string; readonly hasMatrix: boolean; readonly tally: Tally}[]
  readonly soft: Tally
  /** Rejected options sizeup chose anyway, and how many rejections could be checked. */
  readonly rejected: {readonly checked: number; readonly violated: readonly ScoredChoice[]}
}

/** Scores the whole corpus from each design's decisions. */
export function summarise(cases: readonly DesignCase[], decisionsOf: ReadonlyMap<string, readonly DecisionSeen[]>, matrices: ReadonlySet<string>): CorpusSummary {
  const scored = cases.flatMap((k) => k.choices.map((c) => scoreChoice(k.id, c, decisionsOf.get(reportKey(k.id, c.scenario)) ?? [], matrices)))
  const explicit = scored.filter((s) => s.choice.strength === 'explicit')
  const kinds = [...new Set(explicit.map((s) => s.kind))]
    .map((kind) => ({kind, hasMatrix: matrices.has(kind), tally: tally(explicit.filter((s) => s.kind === kind))}))
    .sort((a, b) => b.tally.total - a.tally.total || (a.kind < b.kind ? -1 : 1))
  const rejected = scored.filter((s) => s.choice.strength === 'rejected' && s.outcome !== 'no matrix')
  return {
    designs: cases.map((k) => ({id: k.id, title: k.title, reading: k.reading, sources: k.sources, explicit: tally(explicit.filter((s) => s.design === k.id))})),
    scored,
    explicit: tally(explicit),
    withMatrix: tally(explicit.filter((s) => s.outcome !== 'no matrix')),
    kinds,
    soft: tally(scored.filter((s) => s.choice.strength === 'soft')),
    rejected: {checked: rejected.length, violated: rejected.filter(violates)},
  }
}

/** A share as the doc and the test print it: `73.3 %`. */
export const percent = (share: number): string => `${(100 * share).toFixed(1)} %`

/** Words in a quote, as the ≤ 25 rule counts them. */
export const words = (quote: string): number => quote.split(/\s+/).filter((w) => w !== '' && w !== '…' && w !== '...').length

/**
 * Runs the corpus: each design's spec text through `analyseText` (the
 * library's analysis, as `report --json` runs it), then the score. The test
 * and scripts/matrices-doc.mjs both call it, so the doc shows what the test
 * measures.
 */
export async function runCorpus(
  cases: readonly DesignCase[],
  analyseText: (text: string, options: {readonly file: string; readonly scenario?: string}) => Promise<{readonly decisions: readonly DecisionSeen[]}>,
  readSpec: (file: string) => string,
  matrices: ReadonlySet<string>,
): Promise<CorpusSummary> {
  const decisions = new Map<string, readonly DecisionSeen[]>()
  for (const k of cases) {
    const file = specFile(k.id)
    const text = readSpec(file)
    for (const scenario of new Set(k.choices.map((c) => c.scenario))) {
      decisions.set(reportKey(k.id, scenario), (await analyseText(text, {file, ...(scenario === undefined ? {} : {scenario})})).decisions)
    }
  }
  return summarise(cases, decisions, matrices)
}

/** The report a choice is scored against: its design's, or that of one of its scenarios. */
const reportKey = (id: string, scenario: string | undefined): string => (scenario === undefined ? id : `${id}#${scenario}`)

export const specFile = (id: string): string => `examples/published-designs/${id}.yaml`
