import {describe, expect, it} from 'vitest'
import {factsRead, risksOf} from '../../src/analysis/risks.js'
import {decision, matrix} from './fixtures.js'

describe('risks', () => {
  it('lists failed checks first, then decisions won by a tie or one point', () => {
    const decisions = [
      decision({id: 'wide', matrix: 'm'}),
      decision({id: 'tie', matrix: 'm', choice: {id: 'a', label: 'A', technology: null, score: 3}, runnerUp: {id: 'b', label: 'B', technology: null, score: 3}}),
      decision({id: 'one', matrix: 'm', choice: {id: 'a', label: 'A', technology: null, score: 3}, runnerUp: {id: 'b', label: 'B', technology: null, score: 2}}),
      decision({id: 'two', matrix: 'm', choice: {id: 'a', label: 'A', technology: null, score: 4}, runnerUp: {id: 'b', label: 'B', technology: null, score: 2}}),
      decision({id: 'alone', matrix: 'm', runnerUp: null}),
    ]
    const checks = [
      {id: 'ok', pass: true, message: 'fine', metrics: []},
      {id: 'bad', pass: false, message: 'not fine', metrics: ['x', 'y']},
    ]
    expect(risksOf(checks, decisions, [], {})).toEqual([
      {kind: 'failed-check', check: 'bad', message: 'not fine', metrics: ['x', 'y']},
      {kind: 'close-call', decision: 'tie', choice: 'a', runnerUp: 'b', marginPoints: 0},
      {kind: 'close-call', decision: 'one', choice: 'a', runnerUp: 'b', marginPoints: 1},
    ])
  })

  it('names each fact a matrix reads that the spec left unstated, once per spec path, with the decisions it could have changed', () => {
    const m = matrix('store', [{fact: 'transactions', is: true}, {all: [{fact: 'access', is: 'point'}, {not: {fact: 'consistency', is: 'strong'}}]}])
    const decisions = [decision({id: 'store.a', matrix: 'store', subject: 'a'}), decision({id: 'store.b', matrix: 'store', subject: 'b'})]
    const facts = {
      'store.a': {transactions: {value: null, from: 'workloads.a.transactions'}, access: {value: 'point', from: 'workloads.a.access'}, consistency: {value: null, from: 'slo.consistency'}},
      'store.b': {transactions: {value: true, from: 'workloads.b.transactions'}, access: {value: null, from: 'workloads.b.access'}, consistency: {value: null, from: 'slo.consistency'}},
    }
    expect(risksOf([], decisions, [m], facts)).toEqual([
      {kind: 'unstated-fact', fact: 'consistency', path: 'slo.consistency', decisions: ['store.a', 'store.b']},
      {kind: 'unstated-fact', fact: 'transactions', path: 'workloads.a.transactions', decisions: ['store.a']},
      {kind: 'unstated-fact', fact: 'access', path: 'workloads.b.access', decisions: ['store.b']},
    ])
  })

  // The feed's users once listed "contention" as a risk to their concurrency
  // control though no write could meet another (0 writes/s): a fact whose every
  // value leaves the choice where it is is no risk. The flip points say which.
  it('leaves out an unstated fact that no value of would change the decision, by its flip points', () => {
    const m = matrix('store', [{fact: 'transactions', is: true}, {fact: 'consistency', is: 'strong'}])
    const flipPoint = (fact: string, flips: number) => ({fact, label: fact, from: null, value: null, unit: null, flips: Array.from({length: flips}, () => ({at: null, direction: 'other' as const, becomes: {id: 'b', label: 'B', technology: null}}))})
    const d = decision({id: 'store.a', matrix: 'store', subject: 'a'})
    const decisions = [{...d, flipPoints: [flipPoint('transactions', 1), flipPoint('consistency', 0)]}]
    const facts = {'store.a': {transactions: {value: null, from: 'workloads.a.transactions'}, consistency: {value: null, from: 'slo.consistency'}}}
    expect(risksOf([], decisions, [m], facts)).toEqual([{kind: 'unstated-fact', fact: 'transactions', path: 'workloads.a.transactions', decisions: ['store.a']}])
  })

  it('reads facts through all, any and not, and the applicability test', () => {
    const m = {...matrix('x', [{any: [{fact: 'a', is: 1}, {not: {fact: 'b', above: 2}}]}, {fact: 'a', below: 3}]), appliesWhen: {fact: 'c', is: true}}
    expect(factsRead(m)).toEqual(['c', 'a', 'b'])
  })
})
