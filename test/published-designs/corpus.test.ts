import {readdirSync, readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {analyseText} from '../../src/index.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {ROOT} from '../helpers/spec.js'
import {DESIGNS} from './cases/index.js'
import {type CorpusSummary, percent, runCorpus, type ScoredChoice, specFile, words} from './corpus.js'
import {DESIGNS_DOC_PATH, kindTitles, renderDesignsDoc} from './render.js'

/**
 * The published-designs corpus (./corpus.ts): every spec in
 * examples/published-designs/ analysed in-process, every choice its author
 * states scored against sizeup's decisions. Prints the share matched outright
 * per decision kind and overall, and every explicit choice not matched with
 * the reason; fails when the share falls below the floor.
 *
 * The floors are the shares reached when they were last raised: raise them as
 * the matrices improve (issue 14's goal is 90 % of the explicit choices).
 */
const FLOOR = {
  // Lowered once, from 108 to 107: two metadata tables stated without a record size had matched
  // "relational" only because their unknown bytes counted as 0 B that "fit one primary"; with
  // unknown bytes unknown, Discord's messages lose their database sequence (a match gained).
  /** Matched outright, of every explicit choice (141 of 228 when set: several regions stated for payments and email, and "highly available" beside them no pull to zones; the hotel's replication across zones or regions as the failure to survive; a version check where writes are too few to meet; S3's objects strongly consistent as stated, and their ids random UUIDs; YouTube's transcoding jobs retried). */
  /** Raised to 146 of 228 by the upload method (YouTube's resumable uploads; S3's multipart is not expressible: one average size) and stream time (ad clicks by event time, late events stated). */
  /** Raised to 154 of 228 with i14f: media with no record size kept as objects, records read only by a batch job kept as log files, a record replaced by every write and a ledger's balances in a key-value store, a ranking counted from events hashed by member, reads moved to replicas when writes fill the primary. */
  /** Raised to 157 of 228 with i14i: Google Drive's rare one-way notifications and Ticketmaster's reservation status awaited by long polling, and the leaderboard's monthly reset tiering the closed month. */
  /** Raised to 184 of 228 in the fifth round (185 with the metrics collectors stated to hold their own sources, `stateful: true`, which puts them on a consistent hash ring as Xu does): sharding asked at the primer's 400 average writes/s, at 3 TB kept over the horizon (MongoDB's manual), for rollups per series and where data or reads are stated to outgrow one node, a directory for graph traversals, three copies at a six-nines target (s22b); data named with no figure (`figures: none`) decided and not sized, static assets on a CDN, Kafka keeping points while the database is down, a QuadTree for unevenly spread places, multipart for objects of a few GB (s22c); the records each request looks up by key (`lookups`) calling for a cache, a TTL for entries that vanish after idle minutes, no cache for reads spread uniformly (s22a); build or buy and windowing (s22f). */
  /** Raised to 188 of 228 with s23a: records read and written by one key within ~32 relational primaries stay relational, sharded (the primer's tweets, Xu's URL mappings), and the tweets' read-replicas decision is then asked (beyond replicas). */
  /** Raised to 189 of 228 by `fanout.largestMayLag`: the primer's Twitter exempts the largest accounts from a fast fan-out, and pushes every tweet. */
  /** Raised to 190 of 228 by `readHeavy`: Xu and Lam's business table, read-heavy in words, gets its read replicas. */
  /** Raised to 188 of 228 in the sixth round (s23b): Google Drive's and YouTube's metadata caches from the records every request looks up with it (the authenticated user; the uploader's user object), and the hotel's booking page read from the inventory it checks, which leaves reservations at 3 writes/s beside 330 reads/s of inventory (uneven load: microservices). */
  /** 189 of 228 with the ad clicks' 30 % a year on Cassandra's ring (growing-data), as Xu puts them. */
  /** 190 of 228 with the email ids stated sortable and keyed by a time-ordered UUID (wide-records: 8 bytes are noise beside 50 KB). */
  /** 191 of 228 with the query cache's machines stated to hold their own queries (`stateful`), as the primer's hash(query) routing says. */
  /** 192 of 228 with the email's reads stated as one per received email ("You normally only read an email once"). */
  /** 193 of 228 with nearby friends' standby for latest locations that may lose a write (replaceable-state). */
  /** 198 of 228 with s23a and s23b merged. */
  /** Raised to 187 of 228 in the sixth round (s23c): bookkeeping, a double-entry ledger for the payments and event sourcing for the wallet's replayed transfers (`replayable`). */
  /** 188 of 228 with the object layout: S3's small objects packed into volume files (`media.smallShare`). */
  /** 189 of 228 with file sync: Google Drive's changed blocks, its files stated to be edited in place (`media.edits`). */
  /** 190 of 228 with the compute platform: the leaderboard's functions, built from the ground up (`team.platform: none`). */
  /** 191 of 228 with de-duplication: Google Drive's blocks by hash, its files edited in place and kept as revisions. */
  /** 192 of 228 with stream-job recovery: the ad clicks' snapshots of state and offsets, counted exactly once. */
  /** 205 of 228 with s23a, s23b and s23c merged. */
  /** 206 of 228 with cache placement (s23g): the proximity service's geohash cache, never written and read in two jurisdictions, copied to every region. */
  explicit: 0.903,
  // The share of the choices sizeup makes falls as a new matrix brings its kind's choices into the
  // denominator before all of them match (read replicas: 3 of 7, where two workloads state no reads).
  /** Matched outright, of the explicit choices whose decision sizeup makes (146 of 200: the upload matrix brings S3's multipart upload into the denominator, not expressible). */
  /** 154 of 200 with i14f; 157 of 200 with i14i; 184 of 205 in the fifth round, 185 with the stateful collectors (build or buy and windowing bring 5 choices into the denominator, all matched). */
  /** 188 of 205 with s23a; 189 with largestMayLag; 190 with readHeavy. */
  /** 188 of 205 in the sixth round (s23b), 189 with the ad clicks on a ring, 190 with the email's TIMEUUID, 191 with the stateful query cache, 192 with the email's reads, 193 with nearby friends' standby. */
  /** 198 of 205 with both merged. */
  /** 187 of 207 with bookkeeping (s23c). */
  /** 188 of 208 with the object layout (s23c). */
  /** 189 of 209 with file sync (s23c). */
  /** 190 of 210 with the compute platform (s23c). */
  /** 191 of 211 with de-duplication (s23c). */
  /** 192 of 212 with stream-job recovery (s23c); 205 of 212 with s23a, s23b and s23c merged. */
  /** 206 of 213 with cache placement (s23g). */
  withMatrix: 0.967,
}

const read = (file: string): string => readFileSync(`${ROOT}/${file}`, 'utf8')
let summary: CorpusSummary

beforeAll(async () => {
  summary = await runCorpus(DESIGNS, analyseText, read, new Set(MATRICES.map((m) => m.id)))
})

function report(s: CorpusSummary): string {
  const pad = (x: string | number, n: number): string => String(x).padEnd(n)
  const lines = [
    `published designs: ${s.explicit.counts.matched}/${s.explicit.total} explicit choices matched outright (${percent(s.explicit.share)}; ${s.explicit.matchedByTie} by a tie the default settles); ` +
      `of those sizeup decides: ${s.withMatrix.counts.matched}/${s.withMatrix.total} (${percent(s.withMatrix.share)})`,
  ]
  lines.push(`  ${pad('kind', 26)} ${pad('n', 4)} ${pad('match', 6)} ${pad('2nd', 4)} ${pad('miss', 5)} ${pad('n/e', 4)} ${pad('none', 5)} share`)
  for (const k of s.kinds) {
    const c = k.tally.counts
    lines.push(`  ${pad(k.kind, 26)} ${pad(k.tally.total, 4)} ${pad(c.matched, 6)} ${pad(c['runner-up'], 4)} ${pad(c.missed, 5)} ${pad(c['not expressible'], 4)} ${pad(c['no matrix'], 5)} ${percent(k.tally.share)}`)
  }
  const shown = (x: ScoredChoice): string => `${x.got ?? 'not asked'}${x.runnerUp === null ? '' : ` (${x.runnerUp})`}`
  const misses = s.scored.filter((x) => x.choice.strength === 'explicit' && x.outcome !== 'matched' && x.outcome !== 'no matrix')
  lines.push(`  not matched (${misses.length}, no-matrix choices left out):`)
  for (const x of misses) lines.push(`    ${x.design} ${x.choice.decision}: wants ${String(x.choice.option)}, got ${shown(x)} — ${x.outcome}${x.choice.unstated ? `: ${x.choice.unstated}` : ''}${x.choice.optionMissing ? `; no such option: ${x.choice.optionMissing}` : ''}${x.choice.note ? `; ${x.choice.note}` : ''}`)
  lines.push(`  soft: ${s.soft.counts.matched}/${s.soft.total} matched; rejected options chosen anyway: ${s.rejected.violated.length} of ${s.rejected.checked}`)
  return lines.join('\n')
}

describe('the published-designs corpus', () => {
  it('matches at least the floor of explicit choices outright', () => {
    // The figure and every miss, for whoever changes a matrix.
    console.log(report(summary))
    expect(summary.explicit.share).toBeGreaterThanOrEqual(FLOOR.explicit)
    expect(summary.withMatrix.share).toBeGreaterThanOrEqual(FLOOR.withMatrix)
  })

  it('has one case per spec in examples/published-designs/, with unique ids, at least 20', () => {
    const specs = readdirSync(`${ROOT}/examples/published-designs`)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort()
    expect(DESIGNS.map((c) => c.id).sort()).toEqual(specs)
    expect(specs.length).toBeGreaterThanOrEqual(20)
  })

  it('cites each source in its spec, and quotes every choice in at most 25 words', () => {
    for (const c of DESIGNS) {
      const header = read(specFile(c.id))
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .join('\n')
      for (const source of c.sources) expect(header, c.id).toContain(source)
      // A choice resting on an unstated fact says so in the spec too.
      if (c.choices.some((x) => x.unstated !== undefined)) expect(header, c.id).toMatch(/not expressible/i)
      expect(c.choices.some((x) => x.strength === 'explicit'), c.id).toBe(true)
      for (const x of c.choices) {
        expect(x.quote.length, `${c.id} ${x.decision}`).toBeGreaterThan(0)
        expect(words(x.quote), `${c.id} ${x.decision}: ${x.quote}`).toBeLessThanOrEqual(25)
      }
    }
  })

  it('names decisions and options as the matrices do, or kinds sizeup has no matrix for', () => {
    // A misspelt decision or option would count as missed for ever: a choice
    // whose kind has a matrix names a workload of its spec (or none, for a
    // system decision) and options of that matrix.
    const workloadScoped = new Set(MATRICES.filter((m) => m.subject === 'workload').map((m) => m.id))
    for (const x of summary.scored) {
      if (x.outcome === 'no matrix') continue
      const [kind, workload] = x.choice.decision.split('.')
      const options = MATRICES.find((m) => m.id === kind)!.options.map((o) => o.id)
      const named = x.choice.option === null ? [] : [x.choice.option].flat()
      if (x.choice.optionMissing === undefined) for (const o of named) expect(options, `${x.design} ${x.choice.decision}`).toContain(o)
      else expect(named.filter((o) => options.includes(o)), `${x.design} ${x.choice.decision}: optionMissing, yet the matrix has the option`).toEqual([])
      expect(workload === undefined, `${x.design} ${x.choice.decision}: ${kind} is decided ${workloadScoped.has(kind!) ? 'per workload' : 'once per system'}`).toBe(!workloadScoped.has(kind!))
      // A workload the spec cannot have (no figure in the source) is an unstated fact.
      if (workload !== undefined && x.choice.unstated === undefined) expect(read(specFile(x.design)), `${x.design}: no workload ${workload}`).toMatch(new RegExp(`^  ${workload}:`, 'm'))
    }
  })

  it('is listed in the README, case by case, with its count of explicit choices', () => {
    const readme = read('README.md')
    const listed = (c: (typeof DESIGNS)[number]): string | undefined => readme.split('\n').find((line) => line.includes(`(${specFile(c.id)})`))
    expect(DESIGNS.filter((c) => listed(c) === undefined).map((c) => c.id)).toEqual([])
    for (const c of DESIGNS) expect(listed(c), c.id).toMatch(new RegExp(`\\| ${c.choices.filter((x) => x.strength === 'explicit').length} \\|$`))
  })

  it(`is written up in ${DESIGNS_DOC_PATH} (npm run matrices-doc rewrites it)`, () => {
    expect(read(DESIGNS_DOC_PATH)).toBe(renderDesignsDoc(summary, kindTitles(MATRICES)))
  })
})
