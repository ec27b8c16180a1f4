import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {DOC_PATH, renderMatricesDoc} from '../../scripts/matrices-doc.mjs'
import {analyseText} from '../../src/index.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {flipRangeText} from '../../src/matrices/flip-text.js'
import {formatFact, select} from '../../src/matrices/select.js'
import {ROOT} from '../helpers/spec.js'
import {DESIGNS} from '../published-designs/cases/index.js'
import {runCorpus} from '../published-designs/corpus.js'
import {kindTitles, renderCorpusSection} from '../published-designs/render.js'
import {CASES, toFacts} from './cases.js'

describe(DOC_PATH, () => {
  it('is up to date with the matrices, their cases and the published designs (npm run matrices-doc rewrites it)', async () => {
    const corpus = await runCorpus(DESIGNS, analyseText, (file) => readFileSync(`${ROOT}/${file}`, 'utf8'), new Set(MATRICES.map((m) => m.id)))
    const corpusSection = renderCorpusSection(corpus, kindTitles(MATRICES))
    const expected = renderMatricesDoc({matrices: MATRICES, cases: CASES, select, formatFact, toFacts, flipRangeText, corpusSection})
    expect(readFileSync(`${ROOT}/${DOC_PATH}`, 'utf8')).toBe(expected)
  })

  it('has a section, thresholds with sources and cases for every matrix', () => {
    const doc = readFileSync(`${ROOT}/${DOC_PATH}`, 'utf8')
    for (const m of MATRICES) {
      expect(doc).toContain(`## ${m.title}\n`)
      for (const [name, t] of Object.entries(m.thresholds)) {
        expect(doc).toContain(`| \`${name}\` |`)
        expect(doc).toContain(t.source.replace(/\|/g, '\\|'))
      }
    }
  })
})
