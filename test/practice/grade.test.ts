import {describe, expect, it} from 'vitest'
import {factorOff, grade} from '../../src/practice/grade.js'
import {PRACTICE} from '../../src/practice/generated/practice.js'

const {grading} = PRACTICE

describe('the thresholds come from data/practice.yaml', () => {
  it('correct within 2× for 2 points, the right order of magnitude within 10× for 1', () => {
    expect(grading).toEqual({correct: {within: 2, points: 2}, magnitude: {within: 10, points: 1}})
  })
})

describe('grade: within 2× correct, within 10× the right order of magnitude, else wrong; bounds inclusive, either side', () => {
  const truth = 3472.2222222222
  const cases: Array<[string, number, string, number]> = [
    ['exact', 1, 'correct', 2],
    ['1.9× high', 1.9, 'correct', 2],
    ['1.9× low', 1 / 1.9, 'correct', 2],
    ['2× high', 2, 'correct', 2],
    ['2× low', 0.5, 'correct', 2],
    ['2.1× high', 2.1, 'magnitude', 1],
    ['2.1× low', 1 / 2.1, 'magnitude', 1],
    ['9.9× high', 9.9, 'magnitude', 1],
    ['9.9× low', 1 / 9.9, 'magnitude', 1],
    ['10× high', 10, 'magnitude', 1],
    ['10× low', 0.1, 'magnitude', 1],
    ['11× high', 11, 'wrong', 0],
    ['11× low', 1 / 11, 'wrong', 0],
    ['1000× high', 1000, 'wrong', 0],
  ]
  it.each(cases)('%s', (_, multiple, verdict, points) => {
    const g = grade(truth * multiple, truth, grading)
    expect(g.verdict).toBe(verdict)
    expect(g.points).toBe(points)
    expect(g.direction).toBe(multiple === 1 ? 'exact' : multiple > 1 ? 'high' : 'low')
  })

  it('holds the bounds for values that are not round in binary (10 × 0.1 s, 2 × 1e-7)', () => {
    for (const truth of [0.1, 0.3, 1e-7, 5.5188e16, 31_536, 1 / 3]) {
      expect(grade(truth * 10, truth, grading).verdict).toBe('magnitude')
      expect(grade(truth / 10, truth, grading).verdict).toBe('magnitude')
      expect(grade(truth * 2, truth, grading).verdict).toBe('correct')
      expect(grade(truth / 2, truth, grading).verdict).toBe('correct')
    }
  })

  it('an answer of 0 is wrong unless the value is 0', () => {
    expect(grade(0, 5, grading)).toMatchObject({verdict: 'wrong', points: 0, factor: Number.POSITIVE_INFINITY, direction: 'low'})
    expect(grade(0, 0, grading)).toMatchObject({verdict: 'correct', points: 2, factor: 1})
    expect(grade(3, 0, grading).verdict).toBe('wrong')
  })

  it('measures the factor the same way on both sides', () => {
    expect(factorOff(200, 100)).toBe(2)
    expect(factorOff(50, 100)).toBe(2)
    expect(factorOff(100, 100)).toBe(1)
  })
})
