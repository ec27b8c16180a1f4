import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {sizeup} from '../helpers/analysis.js'

const json = async (spec: string): Promise<Report> => JSON.parse((await sizeup(['report', spec, '--json'])).stdout) as Report
const flipsOf = (report: Report, decision: string, fact: string) => report.decisions.find((d) => d.id === decision)!.flipPoints.find((p) => p.fact === fact)!

describe('flip points in the report of a bundled example', () => {
  it('URL shortener: the message queue and the urls cache, in the JSON and in the document', async () => {
    const report = await json('examples/url-shortener.yaml')
    // Queue: no fan-out, no media, no business flow, 25,463 writes/s at peak: nothing-to-decouple
    // (none +1) and nothing else: none 1, kafka 0. Above 58,000/s (one replicated RabbitMQ
    // queue node) beyond-one-broker fires (kafka +3, rabbitmq −2, none −3) and nothing-to-decouple
    // no longer does: kafka 3.
    expect(flipsOf(report, 'queue', 'peakWriteQps')).toMatchObject({value: expect.closeTo(25_463, 0), unit: 'req/s', flips: [{direction: 'up', above: 58_000, becomes: {id: 'kafka'}}]})
    // Cache for urls: asked from 1,000 reads/s at peak (cacheWorthwhileReadQps), and, being read-mostly
    // (10 reads a write, readMostlyRatio) with a 26.2 GB hot set one node holds, from 50/s
    // (readMostlyFloorReadQps); here 23,148/s.
    expect(flipsOf(report, 'cache.urls', 'peakReadQps')).toEqual({
      fact: 'peakReadQps',
      label: 'peak reads',
      from: 'workload.urls.qps.read.peak',
      value: expect.closeTo(23_148.15, 1),
      unit: 'req/s',
      flips: [{direction: 'down', below: 50, becomes: null}],
    })
    const markdown = (await sizeup(['report', 'examples/url-shortener.yaml'])).stdout
    expect(markdown).toContain('| peak reads | 23,148/s | below 50/s | no decision (the matrix no longer applies) |')
    expect(markdown).toContain('| peak writes | 25,463/s | above 58,000/s | Kafka (replayable log) — Apache Kafka |')
  })

  it('social feed: the follow graph stays a graph at any write rate, since its traversals name the store', async () => {
    const report = await json('examples/social-feed.yaml')
    // follows: traversal (graph +6, relational +1), 24 B records (object storage −5), 1.44 TB
    // held with no writes: fits-one-primary (relational +3, key-value −1, wide-column −2):
    // graph 6, relational 4. Above 5,000 writes/s only relational loses (write-ceiling −4);
    // the scale-out criteria do not fire for a declared traversal, so graph stays.
    expect(flipsOf(report, 'datastore.follows', 'peakWriteQps').flips).toEqual([])
    // What would move it is the access pattern itself.
    expect(flipsOf(report, 'datastore.follows', 'access').flips.map((f) => f.becomes?.id)).toContain('relational')
    // Every decision lists every fact its matrix reads, in a stable order.
    for (const d of report.decisions) expect(d.flipPoints.length, d.id).toBeGreaterThan(0)
  })
})
