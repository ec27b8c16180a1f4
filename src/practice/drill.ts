import type {Estimate} from '../engine/estimate.js'
import {explain} from '../explain/tree.js'
import {renderExplanation} from '../render/explain-text.js'
import {PLAIN, type Style} from '../render/style.js'
import type {LoadedSpec} from '../spec/load.js'
import {readAnswer, unitConventions} from './answer.js'
import {grade} from './grade.js'
import {questionFor, type Question} from './questions.js'
import {solutionTree} from './solution.js'
import {feedbackLine, hintFor, introText, questionText, summaryText} from './text.js'
import type {PracticeData} from './types.js'

/** What became of one question. `unit`: a wrong dimension twice; `unreadable`: no estimate twice. */
export type Outcome = 'correct' | 'magnitude' | 'wrong' | 'skipped' | 'unit' | 'unreadable' | 'unanswered'

export interface Result {
  readonly question: Question
  readonly truth: number
  /** The answer in the metric's base unit, when one was read. */
  readonly answer: number | null
  /** The last text typed for it (null when never answered). */
  readonly given: string | null
  readonly outcome: Outcome
  readonly points: number
  /** Larger ÷ smaller of answer and truth; null when not graded. */
  readonly factor: number | null
  readonly direction: 'exact' | 'high' | 'low' | null
}

export interface DrillInput {
  /** The scenario's title, or the spec's name for `--spec`. */
  readonly title: string
  /** The scenario id; null for `--spec`. */
  readonly id: string | null
  readonly spec: LoadedSpec
  readonly estimate: Estimate
  /** Metric ids to ask, in order; each must be in the estimate. */
  readonly ask: readonly string[]
  readonly data: PracticeData
  readonly style?: Style
  /** How the user runs sizeup (`npx sizeup`, `sizeup`, `node bin/run.js`), for the hint that names `explain`. */
  readonly cli?: string
}

/**
 * An interview drill as a state machine with no I/O: the caller prints
 * `intro()`, then while not `done` prints `ask()`, reads a line and prints what
 * `answer(line)` returns; finally `summary()`. The same input and answers give
 * the same text.
 */
export class Drill {
  private readonly questions: readonly Question[]
  private readonly results_: Result[] = []
  /** Attempts at the current question that could not be graded (wrong unit, unreadable, empty). */
  private retries = 0
  private stopped = false
  private readonly style: Style

  constructor(private readonly input: DrillInput) {
    this.style = input.style ?? PLAIN
    this.questions = input.ask.map((id) => {
      const node = input.estimate.metrics.get(id)
      if (!node) throw new RangeError(`no metric ${id} to ask`)
      return questionFor(node, input.data)
    })
  }

  get done(): boolean {
    return this.stopped || this.results_.length >= this.questions.length
  }

  get total(): number {
    return this.questions.length * this.input.data.grading.correct.points
  }

  get points(): number {
    return this.results_.reduce((sum, r) => sum + r.points, 0)
  }

  /** How many questions were asked and answered (graded, skipped or not graded). */
  get answered(): number {
    return this.results_.filter((r) => r.outcome !== 'unanswered').length
  }

  intro(): string {
    const {spec, title, id, data} = this.input
    const prompt = spec.source.data.description ?? null
    // `sizeup explain` reads a file as it is: not standard input, nor a scenario of the spec.
    const explainable = spec.scenario === null && spec.file !== '<stdin>'
    const file = spec.scenario === null ? spec.file : `${spec.file}#${spec.scenario}`
    return introText({title, id, file, explainFile: explainable ? spec.file : null, cli: this.input.cli ?? 'sizeup', prompt, spec, questions: this.questions.length, grading: data.grading, style: this.style})
  }

  /** The current question; empty when it is being asked again after a hint. */
  ask(): string {
    if (this.done) return ''
    if (this.retries > 0) return ''
    const i = this.results_.length
    return questionText(this.questions[i]!, i + 1, this.questions.length, this.style)
  }

  /** Reads one line typed for the current question; returns the feedback (a hint, or the grade and the worked solution). */
  answer(line: string): string {
    if (this.done) return ''
    const question = this.questions[this.results_.length]!
    const truth = this.input.estimate.metrics.get(question.metricId)!.value
    const conv = unitConventions(this.input.spec.model.conventions)
    const reading = readAnswer(line, question.unit, question.metricId, conv)
    const given = line.trim()
    const base = {question, truth, given, answer: null, points: 0, factor: null, direction: null} as const
    let result: Result
    if (reading.kind === 'value') {
      const g = grade(reading.value, truth, this.input.data.grading)
      result = {...base, answer: reading.value, outcome: g.verdict, points: g.points, factor: g.factor, direction: g.direction}
    } else if (reading.kind === 'skip') {
      result = {...base, outcome: 'skipped'}
    } else {
      if (this.retries === 0) {
        this.retries++
        return `${hintFor(reading, given, question, this.style)}\n`
      }
      result = {...base, outcome: reading.kind === 'wrong-dimension' ? 'unit' : 'unreadable'}
    }
    this.retries = 0
    this.results_.push(result)
    return `${feedbackLine(result, this.input.spec.model.conventions.byteUnits === 'binary', this.style)}\n${this.solution(question.metricId)}\n\n`
  }

  /** Ends the drill early (the answers ran out): the questions left count as unanswered. */
  stop(): void {
    for (let i = this.results_.length; i < this.questions.length; i++) {
      const question = this.questions[i]!
      this.results_.push({question, truth: this.input.estimate.metrics.get(question.metricId)!.value, given: null, answer: null, outcome: 'unanswered', points: 0, factor: null, direction: null})
    }
    this.stopped = true
  }

  results(): readonly Result[] {
    return this.results_
  }

  summary(): string {
    return summaryText(this.results_, this.points, this.total, this.input.spec.model.conventions.byteUnits === 'binary', this.style)
  }

  private solution(metricId: string): string {
    const tree = solutionTree(explain(this.input.estimate, metricId))
    return `${this.style.dim('Worked solution:')}\n${renderExplanation(tree, '  ')}`
  }
}
