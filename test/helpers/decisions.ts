import type {Decision} from '../../src/matrices/types.js'

/** A decision as decide() would return it, for tests that fix the choice by hand. */
export function chose(matrix: string, subject: string | null, option: string, technology: string | null, label = option): Decision {
  return {
    id: subject ? `${matrix}.${subject}` : matrix,
    matrix,
    title: matrix,
    question: '',
    subject,
    choice: {id: option, label, technology, score: 0},
    runnerUp: null,
    reasons: [],
    criteria: [],
    flipPoints: [],
    summary: '',
    references: [],
  }
}
