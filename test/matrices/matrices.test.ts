import {describe, expect, it} from 'vitest'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {Matrix} from '../../src/matrices/types.js'
import {CASES, toFacts} from './cases.js'

const byId = (id: string): Matrix => {
  const m = MATRICES.find((x) => x.id === id)
  if (!m) throw new Error(`no matrix ${id}`)
  return m
}

describe('every matrix has table-driven cases', () => {
  it('covers each shipped matrix, and no other', () => {
    expect(Object.keys(CASES).sort()).toEqual(MATRICES.map((m) => m.id).sort())
  })

  it.each(MATRICES.map((m) => [m.id, m] as const))('%s: every option wins at least one case', (_id, m) => {
    const winners = new Set((CASES[m.id] ?? []).map((c) => c.choice))
    expect([...winners].sort()).toEqual(m.options.map((o) => o.id).sort())
  })
})

for (const [id, cases] of Object.entries(CASES)) {
  describe(`${id} matrix`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const d = select(byId(id), toFacts(c.facts))
      expect({choice: d.choice.id, runnerUp: d.runnerUp?.id}).toEqual({choice: c.choice, runnerUp: c.runnerUp})
    })
  })
}

describe('matrix data', () => {
  it.each(MATRICES.map((m) => [m.id, m] as const))('%s: every number and row has a source, every option a reference', (_id, m) => {
    for (const [name, t] of Object.entries(m.thresholds)) expect(t.source.trim(), `threshold ${name}`).not.toBe('')
    for (const c of m.criteria) expect(c.source.trim(), `criterion ${c.id}`).not.toBe('')
    for (const o of m.options) expect(o.references.length, `option ${o.id}`).toBeGreaterThan(0)
  })
})
