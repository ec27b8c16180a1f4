import {readFile} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {type Estimate, estimate} from '../engine/estimate.js'
import {headlineMetrics} from '../explain/tree.js'
import {Drill} from '../practice/drill.js'
import {PRACTICE} from '../practice/generated/practice.js'
import {DEFAULT_SEED, listScenarios, pickScenario} from '../practice/scenario.js'
import type {PracticeData} from '../practice/types.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {assertComputable} from '../analysis/computable.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'
import {didYouMean} from '../spec/suggest.js'
import {readSpecInput, splitScenario} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {terminalStyle} from './style.js'

export interface PracticeOptions {
  readonly scenario?: string | undefined
  readonly spec?: string | undefined
  readonly answers?: string | undefined
  readonly seed?: number | undefined
  readonly list?: boolean | undefined
  /** With `list`: print the scenarios as JSON. */
  readonly json?: boolean | undefined
  readonly color?: boolean | undefined
}

/** Where the drill writes and where its answers come from. */
export interface PracticeIo {
  /** Standard output: the whole drill, prompts included. */
  readonly write: (text: string) => void
  /** Shows the prompt and returns the next answer, or null when the answers have run out. */
  readonly read: (prompt: string) => Promise<string | null>
  readonly close: () => void
}

export const PROMPT = '> '

/**
 * `sizeup practice`: an interview drill on a bundled scenario or the user's own
 * spec. The drill streams to standard output as it goes; problems found before
 * it starts (unknown scenario, missing file) go to standard error with exit 2
 * and nothing on standard output. Running out of answers before the last
 * question prints the score so far and exits 2.
 */
export function runPractice(options: PracticeOptions, makeIo: (answers: readonly string[] | null) => PracticeIo = processIo, data: PracticeData = PRACTICE): Promise<Outcome> {
  return withDiagnostics(async () => {
    if (options.list && options.json) return {stdout: `${JSON.stringify(data.scenarios.map((s) => ({id: s.id, title: s.title, file: s.file, questions: s.ask})), null, 2)}\n`, stderr: '', exitCode: 0}
    if (options.list) return {stdout: listScenarios(data.scenarios), stderr: '', exitCode: 0}
    if (options.spec !== undefined && options.scenario !== undefined) usage('give either --scenario or --spec, not both', 'a bundled scenario: `--scenario url-shortener`; your own spec: `--spec design.yaml`')
    if (options.spec === '-' && options.answers === undefined) usage('`--spec -` reads the spec from standard input, so the answers cannot come from there too', 'give the answers with `--answers FILE`, or the spec as a file')
    const setup = await drillSetup(options, data)
    const answers = options.answers === undefined ? null : await readAnswers(options.answers)
    const drill = new Drill({...setup, data, style: terminalStyle(options.color)})
    const io = makeIo(answers)
    try {
      io.write(drill.intro())
      while (!drill.done) {
        io.write(drill.ask())
        const line = await io.read(PROMPT)
        if (line === null) {
          io.write('\n')
          drill.stop()
          break
        }
        io.write(drill.answer(line))
      }
    } finally {
      io.close()
    }
    io.write(drill.summary())
    const asked = drill.results().length
    const answered = drill.answered
    if (answered < asked) {
      return {stdout: '', stderr: `sizeup: the answers ran out after ${answered} of ${asked} questions; the rest count as not answered\n`, exitCode: 2}
    }
    return {stdout: '', stderr: '', exitCode: 0}
  })
}

function usage(message: string, hint: string | null): never {
  throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message, hint}])
}

/** The spec to drill on, its title, and the metrics to ask. */
async function drillSetup(options: PracticeOptions, data: PracticeData): Promise<{title: string; id: string | null; spec: LoadedSpec; estimate: Estimate; ask: readonly string[]}> {
  if (options.spec !== undefined) {
    // `design.yaml#year3` drills on a scenario of the spec, as everywhere a spec is named.
    const {path, scenario} = splitScenario(options.spec)
    const input = await readSpecInput(path)
    const spec = await loadSpec(input.text, input.file, scenario === undefined ? {} : {scenario})
    const result = assertComputable(spec, estimate(spec.model))
    // A figure the spec makes zero (no writes, so no storage) is not worth a question.
    return {title: spec.model.name, id: null, spec, estimate: result, ask: headlineMetrics(result).filter((id) => result.metrics[id]!.value > 0)}
  }
  const ids = data.scenarios.map((s) => s.id)
  const scenario = options.scenario === undefined ? pickScenario(data.scenarios, options.seed ?? DEFAULT_SEED) : data.scenarios.find((s) => s.id === options.scenario)
  if (!scenario) usage(`no practice scenario \`${options.scenario}\``, didYouMean(options.scenario!, ids) ?? `the scenarios are ${ids.join(', ')} (\`sizeup practice --list\`)`)
  const spec = await loadSpec(scenario.text, scenario.file)
  return {title: scenario.title, id: scenario.id, spec, estimate: estimate(spec.model), ask: scenario.ask}
}

/** One answer per line; a final newline does not make an empty answer. */
async function readAnswers(file: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'unknown error'})`
    const problem: Diagnostic = {file, line: 1, column: 1, path: '', message: `answers file: ${reason}`, hint: 'one answer per line, e.g. `3.5K/s`; or leave out --answers and type them'}
    throw new SpecError([problem])
  }
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/**
 * Answers from the file when one was given; otherwise from standard input:
 * typed at a prompt on a terminal, or read line by line from a pipe. Answers
 * that do not come from a person typing are echoed after the prompt, so the
 * output reads as a transcript.
 */
export function processIo(answers: readonly string[] | null): PracticeIo {
  const write = (text: string): void => {
    if (text) process.stdout.write(text)
  }
  if (answers !== null) {
    let next = 0
    return {
      write,
      read: async (prompt) => {
        if (next >= answers.length) return null
        const line = answers[next++]!
        write(`${prompt}${line}\n`)
        return line
      },
      close: () => {},
    }
  }
  // A person at a terminal: readline draws the prompt and the line being typed. With standard
  // output redirected, the prompt and the answers go to it as a transcript instead.
  const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true
  const rl = createInterface({input: process.stdin, output: terminal ? process.stdout : undefined, terminal, crlfDelay: Number.POSITIVE_INFINITY})
  // Ctrl-C ends the drill like the end of input: the score so far is still shown.
  rl.on('SIGINT', () => rl.close())
  const lines = rl[Symbol.asyncIterator]()
  return {
    write,
    read: async (prompt) => {
      if (terminal) {
        rl.setPrompt(prompt)
        rl.prompt()
      }
      const next = await lines.next()
      if (next.done) return null
      if (!terminal) write(`${prompt}${next.value}\n`)
      return next.value
    },
    close: () => rl.close(),
  }
}
