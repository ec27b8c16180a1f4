import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import type {Condition, Facts, Matrix, MatrixOption} from '../../src/matrices/types.js'

const option = (id: string): MatrixOption => ({id, label: id.toUpperCase(), technology: null, summary: `${id} summary`, references: []})

/** A toy matrix: three options, `b` the default, one threshold. */
function toy(criteria: Matrix['criteria'], defaultOption = 'b'): Matrix {
  return {
    id: 'toy',
    title: 'Toy',
    question: 'Which one?',
    subject: 'system',
    default: defaultOption,
    thresholds: {writeLimit: {value: 5000, unit: 'req/s', label: 'write limit', source: 'test'}},
    options: [option('a'), option('b'), option('c')],
    criteria,
  }
}
const row = (id: string, when: Condition, scores: Record<string, number>, reason = id) => ({id, when, scores, reason, source: 'test'})
const picked = (m: Matrix, facts: Facts): string => {
  const d = select(m, facts)
  return `${d.choice.id} / ${d.runnerUp?.id}`
}

describe('select()', () => {
  it('gives the default when nothing fires, then the other options in file order', () => {
    expect(picked(toy([row('never', {fact: 'flag', is: true}, {a: 5})]), {})).toBe('b / a')
  })

  it('breaks a tie for first place in favour of the default', () => {
    const m = toy([row('a-and-b', {fact: 'flag', is: true}, {a: 2, b: 2})])
    expect(picked(m, {flag: {value: true}})).toBe('b / a')
  })

  it('breaks a tie between non-default options by file order', () => {
    const m = toy([row('a-and-c', {fact: 'flag', is: true}, {c: 2, a: 2})])
    expect(picked(m, {flag: {value: true}})).toBe('a / c')
  })

  it('sums the points of every row that fires, negative points included', () => {
    const m = toy([row('one', {fact: 'flag', is: true}, {a: 3, c: 1}), row('two', {fact: 'kind', in: ['x', 'y']}, {a: -4, c: 1})])
    const d = select(m, {flag: {value: true}, kind: {value: 'y'}})
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['c', 2, 'b', 0])
  })

  it('fills {fact} and {threshold} placeholders in reasons with formatted numbers', () => {
    const m = toy([row('fast', {fact: 'peakWriteQps', above: 'writeLimit'}, {a: 2}, 'peak writes {peakWriteQps} exceed ~{writeLimit}; SLO {availabilitySlo}')])
    const d = select(m, {peakWriteQps: {value: 6944.44, unit: 'req/s'}, availabilitySlo: {value: 0.9999, unit: 'ratio'}})
    expect(d.reasons).toEqual(['peak writes 6,944/s exceed ~5,000/s; SLO 99.99%'])
    expect(d.criteria[0]!.reason).toBe('peak writes 6,944/s exceed ~5,000/s; SLO 99.99%')
  })

  it('fills a stated-but-unknown fact as “unknown”, and leaves a name it cannot resolve as written', () => {
    const m = toy([row('r', {fact: 'flag', is: true}, {a: 1}, 'engineers {engineers}, typo {engineerz}')])
    const d = select(m, {flag: {value: true}, engineers: {value: null, unit: 'count'}})
    expect(d.reasons).toEqual(['engineers unknown, typo {engineerz}'])
  })

  it('never fires a comparison on a fact that is missing or null', () => {
    const conditions: Condition[] = [
      {fact: 'x', is: true},
      {fact: 'x', in: ['a']},
      {fact: 'x', above: 0},
      {fact: 'x', atLeast: 'writeLimit'},
      {fact: 'x', below: 1e9},
    ]
    for (const when of conditions) {
      const m = toy([row('r', when, {a: 10})])
      expect(picked(m, {}), JSON.stringify(when)).toBe('b / a')
      expect(picked(m, {x: {value: null}}), JSON.stringify(when)).toBe('b / a')
    }
  })

  it('does not compare a text fact with a number', () => {
    expect(picked(toy([row('r', {fact: 'x', above: 0}, {a: 10})]), {x: {value: 'many'}})).toBe('b / a')
  })

  it('combines conditions with all, any and not (not of an unknown fact holds: say so in the row)', () => {
    const m = toy([
      row('both', {all: [{fact: 'p', is: true}, {fact: 'q', below: 10}]}, {a: 1}),
      row('either', {any: [{fact: 'p', is: false}, {fact: 'q', atLeast: 10}]}, {c: 5}),
      row('not', {not: {fact: 'r', is: true}}, {a: 1}),
    ])
    expect(picked(m, {p: {value: true}, q: {value: 3}})).toBe('a / b')
    expect(picked(m, {p: {value: true}, q: {value: 30}, r: {value: true}})).toBe('c / b')
  })

  it('gives as reasons only the fired rows that favour the choice over the runner-up, widest margin first', () => {
    const m = toy([
      row('small', {fact: 'f', is: true}, {a: 1}, 'small lead'),
      row('against', {fact: 'f', is: true}, {c: 2}, 'favours c'),
      row('big', {fact: 'f', is: true}, {a: 3}, 'big lead'),
      row('unfired', {fact: 'g', is: true}, {a: 9}, 'never'),
    ])
    const d = select(m, {f: {value: true}})
    expect([d.choice.id, d.runnerUp?.id]).toEqual(['a', 'c'])
    expect(d.reasons).toEqual(['big lead', 'small lead'])
    expect(d.criteria.map((c) => [c.id, c.fired])).toEqual([['small', true], ['against', true], ['big', true], ['unfired', false]])
  })

  it('says so when the default wins because nothing separates the options', () => {
    expect(select(toy([row('r', {fact: 'f', is: true}, {a: 1})]), {}).reasons).toEqual(['no criterion separates the options; this is the matrix default'])
  })

  it('adds organisation weights to the scores, and names them as a reason', () => {
    const d = select(toy([]), {}, null, {c: 2})
    expect([d.choice.id, d.choice.score]).toEqual(['c', 2])
    expect(d.reasons).toEqual(['the organisation overlay prefers it'])
  })

  it('names a workload decision after its subject and carries the winner’s summary', () => {
    const d = select(toy([]), {}, 'posts')
    expect([d.id, d.subject, d.matrix, d.summary]).toEqual(['toy.posts', 'posts', 'toy', 'b summary'])
  })
})
