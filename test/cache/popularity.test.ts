import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * `popularity: uniform`: reads spread evenly over the records, with no popular
 * subset (Discord's messages: "reads were extremely random"), so a cache of
 * part of the data would answer only that part of the reads. The cache
 * decisions are not asked of such reads; the flip point says so.
 */

// Discord blog (2017): "well past 120 million" messages a day, "Our read/write ratio was about 50/50".
const MESSAGES = `name: Messages
workloads:
  messages:
    writes: {perDay: 120M}
    reads: {perDay: 120M}
    recordSize: 1 KB
    access: timeline
    popularity: uniform
`

describe('uniform popularity', () => {
  it('asks no cache of reads that spread evenly, where skewed reads (the default) have one', async () => {
    const uniform = await reportOfYaml(MESSAGES)
    expect(uniform.decisions.filter((d) => d.id.startsWith('cache'))).toEqual([])
    // 120,000,000 / 86,400 × 2 (peak factor) = 2,778 reads/s ≥ 1,000: a cache when reads are skewed.
    const skewed = await reportOfYaml(MESSAGES.replace('uniform', 'skewed'))
    expect(skewed.decisions.filter((d) => d.id.startsWith('cache')).map((d) => `${d.id}=${d.choice.id}`)).toEqual(['cache.messages=redis', 'cache-strategy.messages=cache-aside', 'cache-eviction.messages=lru'])
    const flip = skewed.decisions.find((d) => d.id === 'cache.messages')!.flipPoints.find((f) => f.fact === 'readPopularity')!
    expect(flip.value).toBe('skewed')
    expect(flip.flips).toEqual([{direction: 'other', is: 'uniform', becomes: null}])
    const unstated = await reportOfYaml(MESSAGES.replace('    popularity: uniform\n', ''))
    expect(unstated.decisions.filter((d) => d.id.startsWith('cache')).map((d) => d.choice.id)).toEqual(['redis', 'cache-aside', 'lru'])
  })

  it('still lets lookups into other data ask for a cache', async () => {
    const report = await reportOfYaml(MESSAGES.replace('    popularity: uniform\n', '    popularity: uniform\n    lookups: {perWrite: 1}\n'))
    expect(report.decisions.find((d) => d.id === 'cache.messages')?.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['sorted-lists', 'looked-up-objects'])
  })

  it('belongs to a workload with reads, reported at its value', async () => {
    const found = (await diagnosticsOf(`name: Bad
workloads:
  events:
    writes: {perDay: 1M}
    popularity: uniform
`)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)
    expect(found).toEqual(['5:17: `workloads.events.popularity` says how reads spread over the records, but `events` has no `reads` | add `reads:` to `events` (e.g. `reads: {perDay: 10M}`), or remove `popularity`'])
  })
})
