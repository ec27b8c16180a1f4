import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {DOC_PATH, renderMatricesDoc} from '../../scripts/matrices-doc.mjs'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {flipRangeText} from '../../src/matrices/flip-text.js'
import {formatFact, select} from '../../src/matrices/select.js'
import {ROOT} from '../helpers/spec.js'
import {CASES, toFacts} from './cases.js'

describe(DOC_PATH, () => {
  it('is up to date with the matrices and their cases (npm run matrices-doc rewrites it)', () => {
    const expected = renderMatricesDoc({matrices: MATRICES, cases: CASES, select, formatFact, toFacts, flipRangeText})
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
