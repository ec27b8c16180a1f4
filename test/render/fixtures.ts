import type {Decision, Matrix} from '../../src/matrices/types.js'

/** A decision as select() returns it, with only what a test cares about filled in. */
export function decision(over: Partial<Decision> & Pick<Decision, 'id' | 'matrix'>): Decision {
  return {
    title: over.matrix,
    question: `Which ${over.matrix}?`,
    subject: null,
    choice: {id: 'a', label: 'Option A', technology: 'Alpha', score: 5},
    runnerUp: {id: 'b', label: 'Option B', technology: 'Beta', score: 1},
    reasons: ['it fits'],
    criteria: [],
    flipPoints: [],
    summary: 'A summary.',
    references: [],
    ...over,
  }
}

/** A matrix whose criteria read the given facts (one criterion per condition). */
export function matrix(id: string, conditions: Matrix['criteria'][number]['when'][]): Matrix {
  return {
    id,
    title: id,
    question: `Which ${id}?`,
    subject: 'workload',
    thresholds: {},
    options: [],
    criteria: conditions.map((when, i) => ({id: `c${i}`, when, scores: {}, reason: 'r', source: 's'})),
    default: 'a',
  }
}
