import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'
import {toFacts} from './cases.js'
import {flipsOf, matrixById} from './flips-of.js'

/*
 * The object-layout decision (data/matrices/object-layout.yaml): asked of a
 * workload stating the share of its objects under 1 MB (`media.smallShare`),
 * with its flip points and the metric it reads worked out by hand.
 */

const matrix = matrixById('object-layout')

const PHOTOS = `name: Photos
workloads:
  photos:
    writes: {perDay: 1M}
    media: {size: 200 KB, smallShare: 100%}
`

describe('object-layout', () => {
  it('S3-like storage packs its 680 M small objects; under 100 M they would be a file each', () => {
    // many-small-files (680 M ≥ 100 M): packed 3, a file each −1; large-objects (59.3 MB ≥ 1 MB): a file each +2 → 3 to 1.
    // Below 100 M small objects: a file each 2, packed 0. Objects of 256 KB or less on average with under 100 M held
    // cannot be with 680 M small ones held, so the average alone flips nothing but the 1 MB line: under it, packed 3, a file each −1.
    const d = select(matrix, toFacts({mediaObjectBytes: 59.3e6, mediaObjectsHeld: 3.4e9, mediaSmallShare: 0.2, mediaSmallObjectsHeld: 680e6}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['packed-volumes', 3, 'file-per-object', 1])
    expect(flipsOf(d.flipPoints)).toEqual({mediaSmallObjectsHeld: ['down below 100 M → file-per-object']})
  })

  it('counts the small objects in the ledger: 0.68 B a year × 5 years × 20 % = 680 M (Xu and Lam, S3)', async () => {
    const report = await reportOfFile('examples/published-designs/xu-s3-object-storage.yaml')
    const small = report.metrics['workload.objects.media.objects.small.held']
    expect([small?.value, small?.formula]).toEqual([680e6, 'held × smallShare'])
    expect(report.decisions.find((d) => d.id === 'object-layout.objects')?.choice.id).toBe('packed-volumes')
  })

  it('200 KB photos, a million a day: 1.825 B held, all small → packed; not asked without the share', async () => {
    // 1 M/day × 365 × 5 years = 1.825 B held, 100 % small ≥ 100 M: packed 3, a file each −1 (200 KB < 1 MB: no +2).
    const report = await reportOfYaml(PHOTOS)
    expect(report.decisions.find((d) => d.id === 'object-layout.photos')?.choice.id).toBe('packed-volumes')
    const without = await reportOfYaml(PHOTOS.replace(', smallShare: 100%', ''))
    expect(without.decisions.some((d) => d.matrix === 'object-layout')).toBe(false)
  })

  it('a layout beside a bought S3 is a contradiction; a store we build is not', async () => {
    const layout = (r: {findings: readonly {ruleId: string; message: string}[]}) =>
      r.findings.filter((f) => f.ruleId === 'decision-contradiction' && f.message.startsWith('Object layout')).map((f) => f.message)
    // The photos' data store is Amazon S3 (bought): the packed volumes describe nodes the team does not run.
    expect(layout(await reportOfYaml(PHOTOS))).toEqual([
      expect.stringMatching(/^Object layout for `photos` chooses packed-volumes and Data store for `photos` chooses Amazon S3 \(object-storage\): the object layout lays the objects out on storage nodes of our own/),
    ])
    // 300 MB files, a million a day, object storage and a CDN stated as capabilities: the build-or-buy decision
    // builds the store (as in the decision-contradiction test's OWN_STORAGE), and the layout is the build's.
    const built = await reportOfYaml(`name: T
workloads:
  files:
    writes: {perDay: 1M}
    reads: {perDay: 10M}
    media: {size: 300 MB, smallShare: 10%}
    capabilities: [object-storage, cdn]
`)
    expect(built.decisions.find((d) => d.id === 'build-vs-buy.files')?.choice.id).toBe('build')
    // 1 M/day × 365 × 5 years = 1.825 B held × 10 % = 182.5 M small ≥ 100 M: packed 3, a file each −1 + 2 (300 MB ≥ 1 MB) = 1.
    expect(built.decisions.find((d) => d.id === 'object-layout.files')?.choice.id).toBe('packed-volumes')
    expect(layout(built)).toEqual([])
  })

  it('a share that the average size rules out is an error at the share', async () => {
    const problems = async (spec: string): Promise<string[]> => (await diagnosticsOf(spec)).map((p) => `${p.line}:${p.column}: ${p.message} | ${p.hint}`)
    // Line 5: `    media: {size: 2 MB, smallShare: 100%}`; the share starts at column 37 (39 after `200 KB`).
    expect(await problems(PHOTOS.replace('200 KB', '2 MB'))).toEqual([
      '5:37: `workloads.photos.media.smallShare` (`100%`) makes every object smaller than 1 MB, but the average `media.size` (`2 MB`) is 1 MB or more | the share of objects under 1 MB: below 100 % when some are larger, e.g. `20%`',
    ])
    expect(await problems(PHOTOS.replace('100%', '0%'))).toEqual([
      '5:39: `workloads.photos.media.smallShare` (`0%`) makes every object 1 MB or larger, but the average `media.size` (`200 KB`) is under 1 MB | the share of objects under 1 MB: above 0 % when some are smaller, e.g. `20%`',
    ])
  })
})
