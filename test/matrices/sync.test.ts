import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'
import {toFacts} from './cases.js'
import {flipsOf, matrixById} from './flips-of.js'

/*
 * The sync decision (data/matrices/sync.yaml): asked of a workload stating how
 * its files change (`media.edits`), with its flip points worked out by hand.
 */

const matrix = matrixById('sync')

const NOTES = `name: Notes
users: {mau: 1M, dau: 100K}
workloads:
  notes:
    writes: {perUserPerDay: 5}
    media: {size: 20 KB, maxSize: 50 MB, edits: insertions}
`

describe('sync', () => {
  it("Google Drive's files, edited in place up to 10 GB: changed blocks; insertions would make them chunks", () => {
    // edited-in-place (10 GB ≥ 4 MB): block-delta 3, content-defined 1.
    // insertions: content-defined 3, block-delta 1; none: whole-file 3. Largest file under 4 MB (and 500 KB < 4 MB): one-block → whole-file 2.
    const d = select(matrix, toFacts({mediaEdits: 'in-place', mediaObjectBytes: 500e3, mediaMaxBytes: 10e9}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['block-delta', 3, 'content-defined', 1])
    expect(flipsOf(d.flipPoints)).toEqual({mediaEdits: ['other none → whole-file', 'other insertions → content-defined'], mediaMaxBytes: ['down below 4.19 MB → whole-file']})
  })

  it('reads Google Drive as published, and a spec of notes edited by insertion', async () => {
    const drive = await reportOfFile('examples/published-designs/xu-google-drive.yaml')
    expect(drive.decisions.find((d) => d.id === 'sync.files')?.choice.id).toBe('block-delta')
    // 50 MB ≥ 4 MB with insertions: content-defined 3; without `edits` the decision is not asked.
    expect((await reportOfYaml(NOTES)).decisions.find((d) => d.id === 'sync.notes')?.choice.id).toBe('content-defined')
    expect((await reportOfYaml(NOTES.replace(', edits: insertions', ''))).decisions.some((d) => d.matrix === 'sync')).toBe(false)
  })

  it("a file of 4 MB (4,000,000 B) is within one of Dropbox's 4 MiB blocks (4 × 1,024 × 1,024 = 4,194,304 B): sent whole", () => {
    // Dropbox developers, content hash: "blocks of 4 MB (4,194,304 or 4 * 1024 * 1024 bytes)".
    // 4,000,000 < 4,194,304 and 500 KB < 4,194,304: one-block → whole-file 2; at 4,194,304 B, edited-in-place → block-delta 3.
    const at = (maxBytes: number) => select(matrix, toFacts({mediaEdits: 'in-place', mediaObjectBytes: 500e3, mediaMaxBytes: maxBytes})).choice.id
    expect([at(4e6), at(4_194_304)]).toEqual(['whole-file', 'block-delta'])
  })

  it('files of 500 KB on average with no largest size stated: the reason says none is stated to reach a block, not that none does', () => {
    // An average under 4,194,304 B says nothing of the largest file; the flip table shows maxSize not stated.
    const d = select(matrix, toFacts({mediaEdits: 'in-place', mediaObjectBytes: 500e3, mediaMaxBytes: null}))
    expect(d.choice.id).toBe('whole-file')
    expect(d.reasons).toEqual([
      'files are 500 KB on average and none is stated to reach one block (4.19 MB): a changed file is one changed block, so sending it whole costs what a block-level sync would, without the block index',
    ])
  })

  it('an unknown kind of edit is an error at the value, with the kinds', async () => {
    const problems = (await diagnosticsOf(NOTES.replace('insertions', 'appends'))).map((p) => `${p.line}:${p.column}: ${p.message}`)
    // Line 6: `    media: {size: 20 KB, maxSize: 50 MB, edits: appends}`: 12 + 13 + 16 + 7 characters before the value, at column 49.
    expect(problems).toEqual(['6:49: `workloads.notes.media.edits` must be one of `none`, `in-place`, `insertions` (got `appends`)'])
  })
})
