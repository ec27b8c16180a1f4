import Table from 'cli-table3'
import {formatValue, significant} from '../quantity/format.js'
import type {Style} from '../render/style.js'
import type {LoadedSpec} from '../spec/load.js'
import type {Reading} from './answer.js'
import {assumptions} from './assumptions.js'
import {SOLUTION_DEPTH} from './solution.js'
import type {Outcome, Result} from './drill.js'
import type {Question} from './questions.js'
import type {Grading} from './types.js'
import {MAX_QUANTITY_TEXT} from '../quantity/text-limit.js'
import {terminal} from '../spec/sinks/terminal.js'

/** Prose is wrapped to this many columns; tables and derivations are not. */
const WIDTH = 100

/** Words to lines of at most `width` columns; each line made safe for a terminal, as a word that starts one is (`::` or not) only then known. */
export function wrap(text: string, indent = '', width = WIDTH): string {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) out.push(indent + line)
  return out.map(terminal).join('\n')
}

export interface IntroParts {
  readonly title: string
  readonly id: string | null
  readonly file: string
  /** The file `sizeup explain` can be pointed at for the full derivations; null when there is none. */
  readonly explainFile: string | null
  /** How the user runs sizeup, for that hint. */
  readonly cli: string
  readonly prompt: string | null
  readonly spec: LoadedSpec
  readonly questions: number
  readonly grading: Grading
  readonly style: Style
}

/** The title, the interviewer's prompt, the assumptions, and how answers are read and graded. */
export function introText(p: IntroParts): string {
  const {style, grading} = p
  const parts = [style.heading(`Practice: ${terminal(p.title)}`) + style.dim(p.id ? `  (--scenario ${terminal(p.id)}, ${terminal(p.file)})` : `  (${terminal(p.file)})`)]
  if (p.prompt) parts.push(wrap(terminal(p.prompt), '  '))
  const lines: string[] = [style.heading('Assumptions')]
  // Labels, values as the spec writes them and its comments: text from the spec, made safe before it is measured and padded.
  const groups = assumptions(p.spec).map((g) => ({title: g.title === null ? null : terminal(g.title), lines: g.lines.map((l) => ({label: terminal(l.label), text: terminal(l.text), note: l.note === null ? null : terminal(l.note)}))}))
  const width = Math.max(...groups.flatMap((g) => g.lines.map((l) => l.label.length + (g.title ? 2 : 0))))
  for (const g of groups) {
    const pad = g.title ? '    ' : '  '
    if (g.title) lines.push(`  ${g.title}`)
    for (const l of g.lines) {
      const label = l.label.padEnd(width - (g.title ? 2 : 0))
      lines.push(`${pad}${label}  ${l.text}${l.note ? style.dim(`  # ${l.note}`) : ''}`)
    }
  }
  parts.push(lines.join('\n'))
  const c = grading.correct
  const m = grading.magnitude
  parts.push(
    wrap(
      `${p.questions} question${p.questions === 1 ? '' : 's'}. Answer each with a number and a unit (3.5K/s, 240 GB, 55 PB, 52 min); ` +
        `a bare number is in the unit asked. Within ${significant(c.within)}× of sizeup's figure is correct (${points(c.points)}), ` +
        `within ${significant(m.within)}× the right order of magnitude (${points(m.points)}). Type \`skip\` to see a solution without answering. ` +
        `Solutions show ${SOLUTION_DEPTH} levels of each derivation` +
        (p.explainFile === null ? '.' : `; \`${p.cli} explain ${terminal(p.explainFile)} METRIC\` shows all of it.`),
    ),
  )
  return `${parts.join('\n\n')}\n\n`
}

export function questionText(q: Question, n: number, of: number, style: Style): string {
  return `${style.heading(`Question ${n} of ${of}`)}${style.dim(`  (${terminal(q.metricId)})`)}\n${terminal(q.text)} ${style.dim(`(${q.expect}, e.g. ${q.example})`)}\n`
}

/** Why an answer could not be graded, and how to write it; the question is asked once more. */
export function hintFor(reading: Reading, given: string, q: Question, style: Style): string {
  const like = `answer like \`${q.example}\` (a bare number counts as ${q.expect})`
  if (reading.kind === 'wrong-dimension') return style.bad(`\`${terminal(given)}\` is ${reading.got}, but the question asks for ${q.expect}: ${like}. Try again:`)
  if (reading.kind === 'empty') return style.bad(`Type an estimate: ${like}, or \`skip\`. Try again:`)
  if (reading.kind === 'too-long') return style.bad(`That answer is ${reading.length} characters long; an answer has at most ${MAX_QUANTITY_TEXT}: ${like}, or \`skip\`. Try again:`)
  return style.bad(`\`${terminal(given)}\` is not an estimate sizeup can read: ${like}, or \`skip\`. Try again:`)
}

function points(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`
}

function off(r: Result): string {
  if (r.factor === null || r.direction === null) return ''
  if (r.direction === 'exact') return 'exact'
  if (!Number.isFinite(r.factor)) return r.direction === 'high' ? 'too high' : 'too low'
  return `${r.factor < 10 ? r.factor.toFixed(2) : significant(r.factor)}× ${r.direction}`
}

const GRADES: Readonly<Record<Outcome, string>> = {
  correct: 'correct',
  magnitude: 'order of magnitude',
  wrong: 'wrong',
  skipped: 'skipped',
  unit: 'not graded: unit',
  unreadable: 'not graded',
  unanswered: 'not answered',
}

/** The line after an answer: its grade, against sizeup's figure. */
export function feedbackLine(r: Result, binary: boolean, style: Style): string {
  const fmt = (v: number): string => formatValue(v, r.question.unit, binary)
  const truth = fmt(r.truth)
  switch (r.outcome) {
    case 'correct':
      return style.good(`✔ correct: ${fmt(r.answer!)} against ${truth} (${off(r)}), +${points(r.points)}`)
    case 'magnitude':
      return style.good(`≈ the right order of magnitude: ${fmt(r.answer!)} against ${truth} (${off(r)}), +${points(r.points)}`)
    case 'wrong':
      return style.bad(`✘ wrong: ${fmt(r.answer!)} against ${truth} (${off(r)}), 0 points`)
    case 'skipped':
      return `– skipped: the answer is ${truth}`
    case 'unit':
      return style.bad(`✘ not graded: \`${terminal(r.given ?? '')}\` is not ${r.question.expect}; the answer is ${truth}`)
    case 'unreadable':
      return style.bad(`✘ not graded: \`${terminal(r.given ?? '')}\` is not an estimate; the answer is ${truth}`)
    case 'unanswered':
      return `– not answered: the answer is ${truth}`
  }
}

const MAX_GIVEN = 16

/** The per-question table and the score line. */
export function summaryText(results: readonly Result[], got: number, total: number, binary: boolean, style: Style): string {
  const table = new Table({head: ['#', 'estimate', 'answer', 'sizeup', 'off', 'grade', 'points'].map((h) => style.dim(h)), style: {head: [], border: [], compact: true}})
  results.forEach((r, i) => {
    const fmt = (v: number): string => formatValue(v, r.question.unit, binary)
    const typed = r.given === null ? null : terminal(r.given)
    const given = r.answer !== null ? fmt(r.answer) : typed && r.outcome !== 'skipped' ? (typed.length > MAX_GIVEN ? `${typed.slice(0, MAX_GIVEN - 1)}…` : typed) : '–'
    table.push([String(i + 1), terminal(r.question.metricId), given, fmt(r.truth), off(r), GRADES[r.outcome], String(r.points)])
  })
  const count = (o: Outcome): number => results.filter((r) => r.outcome === o).length
  const tally = [
    [count('correct'), 'correct'],
    [count('magnitude'), 'right order of magnitude'],
    [count('wrong'), 'wrong'],
    [count('skipped'), 'skipped'],
    [count('unit') + count('unreadable'), 'not graded'],
    [count('unanswered'), 'not answered'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ')
  return `${style.heading('Score')}\n${table.toString()}\n${style.heading(`Score: ${got} of ${total} points`)} (${tally})\n`
}
