import {type CorpusSummary, OUTCOMES, type Outcome, percent, type ScoredChoice, specFile, type Tally, violates} from './corpus.js'

/**
 * The corpus in Markdown: a section of docs/matrices.md (the figure and the
 * table per decision kind) and docs/published-designs.md (every design and
 * every stated choice with what sizeup made of it). Pure: the same summary
 * gives the same bytes. scripts/matrices-doc.mjs writes both; the tests check
 * that the committed files are current.
 */

export const DESIGNS_DOC_PATH = 'docs/published-designs.md'

/** What a kind is called: its matrix's title, or the name of a decision sizeup has no matrix for. */
export type KindTitles = ReadonlyMap<string, string>

/** Kinds without a matrix yet, named as the issue and the notes name them. */
const UNMATRIXED: Readonly<Record<string, string>> = {
  partitioning: 'Partitioning',
  processing: 'Stream or batch processing',
  'analytical-store': 'Analytical store',
  'short-code': 'Short-code scheme',
  'cache-eviction': 'Cache eviction',
  replication: 'Read replicas',
  retention: 'Retention and tiering',
  cdn: 'CDN',
  autoscaling: 'Autoscaling',
  ranking: 'Ranking',
  'geo-index': 'Geospatial index',
  'realtime-transport': 'Real-time transport',
  pubsub: 'Pub/sub',
  'search-engine': 'Search engine',
  delivery: 'Delivery semantics',
  'concurrency-control': 'Concurrency control',
  'distributed-transactions': 'Distributed transactions',
  durability: 'Durability',
  reconciliation: 'Reconciliation',
  'build-vs-buy': 'Build or buy',
  other: 'Other design choices',
}

export function kindTitles(matrices: readonly {readonly id: string; readonly title: string}[]): KindTitles {
  return new Map([...Object.entries(UNMATRIXED), ...matrices.map((m) => [m.id, m.title] as const)])
}

const title = (titles: KindTitles, kind: string): string => titles.get(kind) ?? kind
const row = (...cells: readonly (string | number)[]): string => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`
const LABEL: Readonly<Record<Outcome, string>> = {matched: 'matched', 'runner-up': 'runner-up', missed: 'missed', 'not expressible': 'not expressible', 'no matrix': 'no matrix'}
const counts = (t: Tally): string[] => OUTCOMES.map((o) => String(t.counts[o]))

/** One sentence with the figure. */
export function headline(s: CorpusSummary): string {
  const e = s.explicit
  return (
    `**${e.counts.matched} of ${e.total} explicit choices matched outright (${percent(e.share)})** in ${s.designs.length} published designs; ` +
    `${e.counts['runner-up']} are only sizeup's runner-up, ${e.counts.missed} missed, ${e.counts['not expressible']} rest on a fact a spec cannot state, ` +
    `and ${e.counts['no matrix']} are decisions sizeup has no matrix for. ` +
    `${e.matchedByTie} of the matches are ties that the matrix's default settles, no criterion telling the two first options apart. ` +
    `Of the ${s.withMatrix.total} choices whose decision sizeup makes, ${s.withMatrix.counts.matched} matched (${percent(s.withMatrix.share)}).`
  )
}

function kindTable(s: CorpusSummary, titles: KindTitles): string[] {
  return [
    row('decision kind', 'matrix', 'explicit', ...OUTCOMES.map((o) => LABEL[o]), 'matched outright'),
    row('---', '---', '---:', ...OUTCOMES.map(() => '---:'), '---:'),
    ...s.kinds.map((k) => row(title(titles, k.kind), k.hasMatrix ? `\`${k.kind}\`` : '—', k.tally.total, ...counts(k.tally), percent(k.tally.share))),
    row('**all**', '', s.explicit.total, ...counts(s.explicit), `**${percent(s.explicit.share)}**`),
  ]
}

/** The section of docs/matrices.md. */
export function renderCorpusSection(s: CorpusSummary, titles: KindTitles): string[] {
  return [
    '## Published designs',
    '',
    'How the matrices fare against the choices published system designs state: every design in',
    '[`examples/published-designs/`](../examples/published-designs/) states only its author\'s inputs, and',
    '`test/published-designs/corpus.test.ts` compares what sizeup decides with each choice the author states, quoted',
    `with its source. ${headline(s)} Every choice, its quote and what sizeup made of it:`,
    '[published-designs.md](published-designs.md).',
    '',
    ...kindTable(s, titles),
    '',
  ]
}

const got = (c: ScoredChoice): string =>
  c.outcome === 'no matrix' ? '—' : c.got === null ? 'not asked' : `\`${c.got}\`${c.runnerUp === null ? '' : ` (\`${c.runnerUp}\`)`}${c.tie ? ', a tie' : ''}`
const wanted = (c: ScoredChoice): string => (c.choice.option === null ? 'not asked' : (typeof c.choice.option === 'string' ? [c.choice.option] : c.choice.option).map((o) => `\`${o}\``).join(' or '))
const why = (c: ScoredChoice): string =>
  [c.choice.unstated === undefined ? '' : `not stated: ${c.choice.unstated}`, c.choice.optionMissing === undefined ? '' : `no such option: ${c.choice.optionMissing}`, c.choice.note ?? ''].filter((x) => x !== '').join('; ')

/** docs/published-designs.md. */
export function renderDesignsDoc(s: CorpusSummary, titles: KindTitles): string {
  const out = [
    '# Published designs',
    '',
    '<!-- Generated by `npm run matrices-doc` from examples/published-designs/ and test/published-designs/cases/. Do not edit. -->',
    '',
    'System designs published by others (the System Design Primer\'s solutions, the chapters of Alex Xu\'s *System Design',
    'Interview*, *Grokking the System Design Interview*, engineering blogs), each a spec in',
    '[`examples/published-designs/`](../examples/published-designs/) that states only what its author states — users, rates,',
    'sizes, retention, targets, access patterns — and the choices the author makes, each mapped to the decision of',
    'sizeup\'s it answers and the option it is. A choice is **matched** when sizeup\'s choice is the author\'s, **runner-up**',
    'when it is only sizeup\'s second, **missed** otherwise (or when sizeup does not ask a decision the author makes);',
    '**not expressible** when it is not matched and rests on a fact a spec cannot state (the spec\'s header says which);',
    '**no matrix** when sizeup makes no such decision. All five count in the share. Only **explicit** choices count;',
    'choices the author only leans to (soft) are shown apart, and options the author rules out are checked as options',
    'sizeup must not choose. The matrix criteria are not tuned to this corpus: a criterion states a reason an engineer',
    'would give.',
    '',
    headline(s),
    '',
    '## Per decision kind',
    '',
    ...kindTable(s, titles),
    '',
    `Soft choices (the author leans to): ${s.soft.counts.matched} of ${s.soft.total} matched outright (${percent(s.soft.share)}). ` +
      `Options the author rules out: ${s.rejected.checked} checked, ${s.rejected.violated.length} chosen by sizeup anyway.`,
    '',
    '## Designs',
    '',
    row('design', 'source', 'read in', 'explicit choices', 'matched outright'),
    row('---', '---', '---', '---:', '---:'),
    ...s.designs.map((d) => row(`[\`${d.id}\`](../${specFile(d.id)})`, d.title, d.reading === 'primary' ? 'the original' : 'a copy', d.explicit.total, `${d.explicit.counts.matched} (${percent(d.explicit.share)})`)),
    '',
    '## Every choice',
    '',
    'sizeup\'s choice is followed by its runner-up in brackets.',
    '',
  ]
  for (const d of s.designs) {
    out.push(`### ${d.id}`, '', `${d.title}. Source: ${d.sources.map((x) => `\`${x}\``).join(', ')}.`, '')
    out.push(row('decision', 'the author', 'quote', 'strength', 'option', 'sizeup', 'outcome', 'why'), row('---', '---', '---', '---', '---', '---', '---', '---'))
    for (const c of s.scored.filter((x) => x.design === d.id)) {
      const outcome = c.choice.strength === 'rejected' ? (c.outcome === 'no matrix' ? 'no matrix' : violates(c) ? 'chosen anyway' : 'avoided') : LABEL[c.outcome]
      const decision = `\`${c.choice.decision}\`${c.choice.scenario === undefined ? '' : ` (scenario \`${c.choice.scenario}\`)`}`
      out.push(row(decision, c.choice.chosen, `“${c.choice.quote}”`, c.choice.strength, wanted(c), got(c), outcome, why(c)))
    }
    out.push('')
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`
}
