// Reads data/practice.yaml (grading thresholds, how each unit and metric is
// asked, the bundled scenarios), checks it, and returns plain data for the
// build to ship with every scenario's spec text inlined, so a run of
// `sizeup practice` reads no file of its own. Whether each scenario's spec
// loads and has the metrics it asks is checked by test/practice/, which can
// run the engine.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv'
import {LineCounter, parseDocument} from 'yaml'

const UNITS = ['users', 'req', 'req/s', 'B', 'B/s', 's', 'days', 'years', 'ratio', 'x', 'count', 'USD', 'USD/B', 'USD/req']
const METRIC_ID = '^[A-Za-z][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*$'
const threshold = {
  type: 'object',
  additionalProperties: false,
  required: ['within', 'points'],
  properties: {within: {type: 'number', exclusiveMinimum: 1}, points: {type: 'integer', minimum: 0}},
}

export const practiceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['grading', 'units', 'questions', 'scenarios'],
  properties: {
    grading: {type: 'object', additionalProperties: false, required: ['correct', 'magnitude'], properties: {correct: threshold, magnitude: threshold}},
    units: {
      type: 'object',
      additionalProperties: false,
      required: UNITS,
      properties: Object.fromEntries(
        UNITS.map((u) => [u, {type: 'object', additionalProperties: false, required: ['expect', 'example'], properties: {expect: {type: 'string', minLength: 1}, example: {type: 'string', minLength: 1}}}]),
      ),
    },
    questions: {type: 'object', propertyNames: {pattern: METRIC_ID}, additionalProperties: {type: 'string', minLength: 1}},
    scenarios: {
      type: 'object',
      minProperties: 1,
      propertyNames: {pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'},
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'spec', 'ask'],
        properties: {
          title: {type: 'string', minLength: 1},
          spec: {type: 'string', pattern: '^examples/practice/[a-z0-9-]+\\.yaml$'},
          ask: {type: 'array', minItems: 1, uniqueItems: true, items: {type: 'string', pattern: METRIC_ID}},
        },
      },
    },
  },
}

/** The question text a metric id is asked with, or null: `workload.<name>.<id>` uses the system id's. */
export function questionFor(questions, id) {
  if (questions[id] !== undefined) return questions[id]
  const m = /^workload\.[^.]+\.(.+)$/.exec(id)
  return m ? (questions[m[1]] ?? null) : null
}

export function compilePractice(root) {
  const rel = 'data/practice.yaml'
  const lines = new LineCounter()
  const doc = parseDocument(readFileSync(join(root, rel), 'utf8'), {lineCounter: lines, uniqueKeys: true})
  const problems = doc.errors.map((e) => `${rel}: ${e.message}`)
  const data = doc.toJS()
  const where = (path) => {
    const node = doc.getIn(path, true)
    const pos = node?.range ? lines.linePos(node.range[0]) : {line: 1, col: 1}
    return `${rel}:${pos.line}:${pos.col}`
  }
  const validate = new Ajv({allErrors: true}).compile(practiceSchema)
  if (problems.length === 0 && !validate(data)) {
    for (const e of validate.errors) {
      const path = e.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      problems.push(`${where(path)}: ${e.instancePath || '/'} ${e.message}`)
    }
  }
  if (problems.length > 0) throw new Error(`invalid practice data:\n${problems.join('\n')}`)

  const {grading} = data
  if (grading.correct.within >= grading.magnitude.within) problems.push(`${where(['grading', 'correct', 'within'])}: the correct band (${grading.correct.within}×) must be narrower than the order-of-magnitude band (${grading.magnitude.within}×)`)
  if (grading.correct.points <= grading.magnitude.points) problems.push(`${where(['grading', 'correct', 'points'])}: a correct answer must earn more points than the right order of magnitude`)
  const scenarios = []
  for (const [id, s] of Object.entries(data.scenarios)) {
    const file = join(root, s.spec)
    if (!existsSync(file)) {
      problems.push(`${where(['scenarios', id, 'spec'])}: ${s.spec} does not exist`)
      continue
    }
    s.ask.forEach((metric, i) => {
      if (questionFor(data.questions, metric) === null) problems.push(`${where(['scenarios', id, 'ask', i])}: no question for \`${metric}\`; add it under \`questions\``)
    })
    scenarios.push({id, title: s.title, file: s.spec, text: readFileSync(file, 'utf8'), ask: s.ask})
  }
  if (problems.length > 0) throw new Error(`invalid practice data:\n${problems.join('\n')}`)
  return {grading, units: data.units, questions: data.questions, scenarios}
}
