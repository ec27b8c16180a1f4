import {join} from 'node:path'
import {createAnalyser, readerOf} from '../analysis/index.js'
import {metricValue} from '../engine/metrics.js'
import {headlineMetrics} from '../explain/tree.js'
import {answerLines, drillIO} from '../node/drill-io.js'
import {fileReader, readFileInput} from '../node/input.js'
import {invocation, pathFrom} from '../node/invocation.js'
import {terminalStyle} from '../node/terminal-style.js'
import {Drill} from '../practice/drill.js'
import {PRACTICE} from '../practice/generated/practice.js'
import {DEFAULT_SEED, listScenarios, pickScenario} from '../practice/scenario.js'
import type {PracticeData} from '../practice/types.js'
import {didYouMean} from '../spec/suggest.js'
import {type CommandIO, defineCommand, type Outcome, type Parsed} from './command.js'
import {usage, withDiagnostics} from './outcome.js'
import {json} from '../spec/sinks/json.js'

/** The prompt before each answer. */
export const PROMPT = '> '

const FLAGS = {
    scenario: {type: 'string', description: 'a bundled scenario by id (see --list)', exclusive: ['spec']},
    spec: {type: 'string', description: 'drill on your own spec (YAML): the headline metrics are asked', exclusive: ['scenario']},
    answers: {type: 'string', description: 'read the answers from this file, one per line, instead of the terminal'},
    seed: {type: 'integer', description: 'picks the scenario when --scenario and --spec are not given; the same seed picks the same one', default: 1},
    list: {type: 'boolean', description: 'list the bundled scenarios'},
    json: {type: 'boolean', description: 'with --list: the scenarios as JSON (id, title, file, questions)', dependsOn: ['list']},
    color: {type: 'boolean', allowNo: true, description: 'colour the output (default: only on a terminal and not with NO_COLOR; FORCE_COLOR forces it)'},
  } as const

export default defineCommand({
  summary: 'An interview drill: estimate the key numbers of a system, graded against sizeup.',
  description:
    "States a scenario's prompt and assumptions, asks for each key estimate in turn (QPS, storage, bandwidth, cache, downtime), grades each answer (within 2× correct, 2 points; within 10× the right order of magnitude, 1 point) and shows the worked solution in powers of ten; ends with the score. Answers are typed at the prompt on a terminal, or read one per line from --answers FILE or from standard input when it is not a terminal. Everything, prompts included, goes to standard output. Without --scenario or --spec, --seed picks the scenario (default 1).",
  examples: [
    '<%= config.bin %> practice --list',
    '<%= config.bin %> practice --list --json',
    '<%= config.bin %> practice --scenario url-shortener',
    '<%= config.bin %> practice --seed 7',
    '<%= config.bin %> practice --spec design.yaml',
    '<%= config.bin %> practice --scenario chat --answers answers.txt',
    '<%= config.bin %> practice --scenario social-feed < answers.txt',
  ],
  args: {},
  flags: FLAGS,
  run: (parsed, io) => runPractice(parsed, io),
})

/**
 * An interview drill on a bundled scenario or the user's own spec. The drill
 * streams to standard output as it goes; problems found before it starts
 * (unknown scenario, missing file) go to standard error with exit 2 and
 * nothing on standard output. Running out of answers before the last
 * question prints the score so far and exits 2. A test may bring its own data.
 */
export function runPractice({flags}: Parsed<{}, typeof FLAGS>, io: CommandIO, data?: PracticeData): Promise<Outcome> {
  return withDiagnostics(async () => {
    const drills = data ?? PRACTICE
    if (flags.list && flags.json) return {stdout: `${json(drills.scenarios.map((s) => ({id: s.id, title: s.title, file: s.file, questions: s.ask})))}\n`, stderr: '', exitCode: 0}
    if (flags.list) return {stdout: listScenarios(drills.scenarios), stderr: '', exitCode: 0}
    if (flags.spec === '-' && flags.answers === undefined) usage('`--spec -` reads the spec from standard input, so the answers cannot come from there too', 'give the answers with `--answers FILE`, or the spec as a file')
    const setup = await drillSetup(flags, io, drills)
    const answers = flags.answers === undefined ? null : answerLines((await readFileInput(flags.answers, 'answers')).text)
    const drill = new Drill({...setup, data: drills, style: terminalStyle(flags.color, io), cli: invocation(io.root, process.cwd())})
    const dio = drillIO(io, answers)
    try {
      dio.write(drill.intro())
      while (!drill.done) {
        dio.write(drill.ask())
        const line = await dio.read(PROMPT)
        if (line === null) {
          dio.write('\n')
          drill.stop()
          break
        }
        dio.write(drill.answer(line))
      }
    } finally {
      dio.close()
    }
    dio.write(drill.summary())
    const asked = drill.results().length
    if (drill.answered < asked) return {stdout: '', stderr: `sizeup: the answers ran out after ${drill.answered} of ${asked} questions; the rest count as not answered\n`, exitCode: 2}
    return {stdout: '', stderr: '', exitCode: 0}
  })
}

/** The spec to drill on, its title, and the metrics to ask. */
async function drillSetup(flags: Parsed<{}, typeof FLAGS>['flags'], io: CommandIO, data: PracticeData) {
  if (flags.spec !== undefined) {
    // `design.yaml#year3` drills on a scenario of the spec, as everywhere a spec is named.
    const {spec, estimate} = await createAnalyser({read: fileReader(io.stdin)}).estimate({spec: flags.spec})
    // A figure the spec makes zero (no writes, so no storage) is not worth a question.
    return {title: spec.model.name, id: null, spec, estimate, ask: headlineMetrics(estimate).filter((id) => metricValue(estimate.metrics, id) > 0)}
  }
  const ids = data.scenarios.map((s) => s.id)
  const scenario = flags.scenario === undefined ? pickScenario(data.scenarios, flags.seed ?? DEFAULT_SEED) : data.scenarios.find((s) => s.id === flags.scenario)
  if (!scenario) usage(`no practice scenario \`${flags.scenario}\``, didYouMean(flags.scenario!, ids) ?? `the scenarios are ${ids.join(', ')} (\`sizeup practice --list\`)`)
  // Named as the user can reach it from here (node_modules/sizeup/examples/… in a project), so that the hint to explain it works.
  const file = pathFrom(process.cwd(), join(io.root, scenario.file))
  const {spec, estimate} = await createAnalyser({read: readerOf({[file]: scenario.text})}).estimate({spec: file})
  return {title: scenario.title, id: scenario.id, spec, estimate, ask: scenario.ask}
}
