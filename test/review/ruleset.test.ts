import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {RULE_DATA} from '../../src/review/generated/rules-data.js'
import {RULES} from '../../src/review/ruleset.js'
import type {Rule} from '../../src/review/types.js'
import {ROOT} from '../helpers/spec.js'

const RULES_DIR = `${ROOT}/src/review/rules`
const files = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort()

describe('the rule set', () => {
  it('has at least 20 rules, each id once', () => {
    const ids = RULES.map((r) => r.id)
    expect(ids.length).toBeGreaterThanOrEqual(20)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('names every rule in kebab-case', () => {
    for (const r of RULES) expect(r.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
  })

  it('registers every file of src/review/rules, and each file holds the rule of its name', async () => {
    expect(files.map((f) => f.replace(/\.ts$/, ''))).toEqual(RULES.map((r) => r.id).sort())
    for (const f of files) {
      const mod = (await import(`${RULES_DIR}/${f}`)) as {rule: Rule}
      expect(mod.rule.id, f).toBe(f.replace(/\.ts$/, ''))
    }
  })

  it('has data in data/rules.yaml for every rule, and no data without a rule, in the same order', () => {
    expect(Object.keys(RULE_DATA)).toEqual(RULES.map((r) => r.id))
  })

  it('documents every rule: a one-line summary, a description and a fix', () => {
    for (const r of RULES) {
      expect(r.summary, r.id).toMatch(/^[A-Z].*\.$/)
      expect(r.summary, r.id).not.toContain('\n')
      expect(r.description.length, r.id).toBeGreaterThan(80)
      expect(r.fix.length, r.id).toBeGreaterThan(20)
    }
  })

  it('sources every threshold, and each rule reads exactly the thresholds its data gives', () => {
    for (const r of RULES) {
      const data = RULE_DATA[r.id]!
      const code = readFileSync(`${RULES_DIR}/${r.id}.ts`, 'utf8')
      for (const [name, t] of Object.entries(data.thresholds)) {
        expect(t.description.length, `${r.id}.${name}`).toBeGreaterThan(10)
        expect(t.source, `${r.id}.${name}`).toMatch(/reference-numbers|methodology|judgement|definition|MSR-TR|data\/matrices/)
        expect(code, `${r.id} never reads its threshold ${name}`).toMatch(new RegExp(`thresholds\\.${name}\\b|'${name}'`))
      }
      for (const [, name] of code.matchAll(/thresholds\.([A-Za-z]+)/g)) expect(Object.keys(data.thresholds), `${r.id} reads ${name}`).toContain(name)
    }
  })

  it('has a table test for every rule', () => {
    for (const r of RULES) expect(existsSync(`${ROOT}/test/review/rules/${r.id}.test.ts`), r.id).toBe(true)
  })
})
