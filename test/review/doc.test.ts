import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {DOC_PATH, renderRulesDoc} from '../../scripts/rules-doc.mjs'
import {formatFact} from '../../src/matrices/select.js'
import {RULE_DATA} from '../../src/review/generated/rules-data.js'
import {RULES} from '../../src/review/ruleset.js'
import {ROOT} from '../helpers/spec.js'

describe(DOC_PATH, () => {
  it('is up to date with the rules and data/rules.yaml (npm run rules-doc rewrites it)', () => {
    expect(readFileSync(`${ROOT}/${DOC_PATH}`, 'utf8')).toBe(renderRulesDoc({rules: RULES, data: RULE_DATA, formatFact}))
  })

  it('has a section with severity, fix and sourced thresholds for every rule', () => {
    const doc = readFileSync(`${ROOT}/${DOC_PATH}`, 'utf8')
    for (const r of RULES) {
      expect(doc).toContain(`## \`${r.id}\`\n`)
      expect(doc).toContain(`Default severity: \`${RULE_DATA[r.id]!.severity}\`.`)
      expect(doc).toContain(`**Fix:** ${r.fix}`)
      for (const [name, t] of Object.entries(RULE_DATA[r.id]!.thresholds)) {
        expect(doc).toContain(`| \`${name}\` |`)
        expect(doc).toContain(t.source.replace(/\|/g, '\\|'))
      }
    }
  })
})
