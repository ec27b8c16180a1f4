import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {sizeup} from '../helpers/analysis.js'

const json = async (spec: string): Promise<Report> => JSON.parse((await sizeup(['report', spec, '--json'])).stdout) as Report
const flipsOf = (report: Report, decision: string, fact: string) => report.decisions.find((d) => d.id === decision)!.flipPoints.find((p) => p.fact === fact)!

describe('flip points in the report of a bundled example', () => {
  it('URL shortener: the message queue and the urls cache, in the JSON and in the document', async () => {
    const report = await json('examples/url-shortener.yaml')
    // Queue: 0.914 reads per write (1,005 M reads a day ÷ 1,100 M writes a day) fires
    // write-heavy (kafka +2, none −1) and nothing else: kafka 2, rabbitmq 0, none −1.
    // From 1 read per write up it does not fire: all 0, the default (none) wins the tie.
    expect(flipsOf(report, 'queue', 'readWriteRatio')).toMatchObject({value: expect.closeTo(0.914, 3), unit: 'x', flips: [{direction: 'up', atLeast: 1, becomes: {id: 'none'}}]})
    // Cache for urls: asked only from 1,000 reads/s at peak (cacheWorthwhileReadQps); here 23,148/s.
    expect(flipsOf(report, 'cache.urls', 'peakReadQps')).toEqual({
      fact: 'peakReadQps',
      label: 'peak reads',
      from: 'workload.urls.qps.read.peak',
      value: expect.closeTo(23_148.15, 1),
      unit: 'req/s',
      flips: [{direction: 'down', below: 1000, becomes: null}],
    })
    const markdown = (await sizeup(['report', 'examples/url-shortener.yaml'])).stdout
    expect(markdown).toContain('| peak reads | 23,148/s | below 1,000/s | no decision (the matrix no longer applies) |')
    expect(markdown).toContain('| reads per write | 0.914× | 1× or more | No broker |')
  })

  it('social feed: the follow graph would go to Cassandra past one primary’s writes', async () => {
    const report = await json('examples/social-feed.yaml')
    // follows: traversal (graph +6, relational +1), 24 B records (object storage −5),
    // eventual at 99.99 % (wide-column +1, key-value +1): graph 6, the rest ≤ 1.
    // Above 5,000 writes/s write-ceiling adds relational −4, graph −2, document +1,
    // key-value +2, wide-column +3: graph 4, wide-column 4, key-value 3. The tie goes
    // to file order, where wide-column comes before graph.
    expect(flipsOf(report, 'datastore.follows', 'peakWriteQps').flips).toEqual([{direction: 'up', above: 5000, becomes: {id: 'wide-column', label: 'Wide-column store', technology: 'Cassandra'}}])
    // Every decision lists every fact its matrix reads, in a stable order.
    for (const d of report.decisions) expect(d.flipPoints.length, d.id).toBeGreaterThan(0)
  })
})
