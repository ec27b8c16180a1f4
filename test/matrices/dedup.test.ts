import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'
import {toFacts} from './cases.js'
import {flipsOf, matrixById} from './flips-of.js'

/*
 * The de-duplication decision (data/matrices/dedup.yaml): asked of a workload
 * stating how its files change or how many uploads repeat stored files, with
 * its flip points worked out by hand.
 */

const matrix = matrixById('dedup')

const MAIL = `name: Mail
users: {mau: 1M, dau: 100K}
workloads:
  attachments:
    writes: {perUserPerDay: 2}
    media: {size: 300 KB, edits: none, duplicateShare: 30%}
`

describe('dedup', () => {
  it('attachments written once, 30 % forwarded copies: whole-file hashes; under 5 % none, edited files blocks', () => {
    // repeated-uploads (30 % ≥ 5 %): file-hash 2, block-hash 1. Below 5 %: few-repeats → none 2.
    // Edited (in place or with insertions), attachments up to 25 MB ≥ 4,194,304 B: block-hash 1 + 3 = 4, file-hash 2 − 1 = 1.
    const d = select(matrix, toFacts({mediaEdits: 'none', mediaDuplicateShare: 0.3, mediaObjectBytes: 300e3, mediaMaxBytes: 25e6}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['file-hash', 2, 'block-hash', 1])
    expect(flipsOf(d.flipPoints)).toEqual({
      mediaEdits: ['other in-place → block-hash', 'other insertions → block-hash'],
      mediaDuplicateShare: ['down below 5% → none'],
    })
  })

  it("reads Google Drive as published (block hashes for edited files) and a mail spec's attachments", async () => {
    const drive = await reportOfFile('examples/published-designs/xu-google-drive.yaml')
    expect(drive.decisions.find((d) => d.id === 'dedup.files')?.choice.id).toBe('block-hash')
    expect((await reportOfYaml(MAIL)).decisions.find((d) => d.id === 'dedup.attachments')?.choice.id).toBe('file-hash')
    expect((await reportOfYaml(MAIL.replace(', edits: none, duplicateShare: 30%', ''))).decisions.some((d) => d.matrix === 'dedup')).toBe(false)
  })

  it('files edited but within one 4 MiB block share no blocks between versions: no block hashes for them', () => {
    // A 3.9 MB file is one block (3,900,000 < 4,194,304), whose hash is the whole file's: versions-share-blocks
    // does not fire, nothing else does, and none keeps the default at 0 (as sync sends such files whole).
    // At 4,194,304 B the largest file spans blocks: block-hash 3.
    const at = (maxBytes: number) => select(matrix, toFacts({mediaEdits: 'in-place', mediaDuplicateShare: null, mediaObjectBytes: 3.9e6, mediaMaxBytes: maxBytes}))
    expect([at(3.9e6).choice.id, at(3.9e6).choice.score, at(4_194_304).choice.id]).toEqual(['none', 0, 'block-hash'])
  })

  it('every upload already stored is an error at the share', async () => {
    const problems = (await diagnosticsOf(MAIL.replace('30%', '100%'))).map((p) => `${p.line}:${p.column}: ${p.message} | ${p.hint}`)
    // Line 6: `    media: {size: 300 KB, edits: none, duplicateShare: 100%}`: 12 + 14 + 13 + 16 characters before the value.
    expect(problems).toEqual(['6:56: `workloads.attachments.media.duplicateShare` (`100%`) makes every upload a file already stored, so nothing new is ever stored | the share of uploads that are already stored, under 100 %: e.g. `30%`'])
  })
})
