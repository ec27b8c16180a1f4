import {readdirSync, readFileSync} from 'node:fs'
import {Lexer, type Token} from 'marked'
import {join} from 'node:path'
import {reportOf} from '../../src/analysis/pipeline.js'
import {estimateReportOf} from '../../src/analysis/estimate-report.js'
import {buildView} from '../../src/render/view/index.js'
import {renderMarkdown} from '../../src/render/markdown.js'
import {renderHtml} from '../../src/render/html.js'
import {renderTerminal} from '../../src/render/terminal.js'
import {assertComputable} from '../../src/analysis/computable.js'
import {estimate} from '../../src/engine/estimate.js'
import {SHIPPED} from '../../src/overlay/knowledge.js'
import {createRng, type Rng} from '../../src/quantity/random.js'
import {DEFAULT_SETTINGS} from '../../src/review/run.js'
import {SHIPPED_RULES} from '../../src/review/ruleset.js'
import {loadConfig} from '../../src/config/load.js'
import {loadOverlay} from '../../src/overlay/load.js'
import {SpecError} from '../../src/spec/diagnostic.js'
import {loadSpec} from '../../src/spec/load.js'

/*
 * A seeded fuzzer (issue 6): the bundled examples, mutated by byte flips, key
 * deletions, type swaps and value swaps, go through loadSpec and the engine
 * in-process. Every case must either load, estimate to finite non-negative
 * numbers, or fail with located diagnostics; anything else (an uncaught
 * exception, a diagnostic without a place or a message) is a crash. Some of
 * the cases that load also go through decisions, the plan, cost and report,
 * and are rendered for the terminal, Markdown and HTML: a raw control
 * character, a workflow-command line or live markup from the spec in any of
 * them is a crash too (issue 12).
 *
 * One fuzzer, two callers: `npm test` runs a seeded sample
 * (hardening/fuzz.test.ts), `npm run fuzz` the full count (scripts/fuzz.mjs).
 * The same seed gives the same cases, so the sample is the first part of the
 * full run and a crash names a case that can be run again.
 */

export const FUZZ_SEED = 20261121
export const FUZZ_CASES = 10_000

export interface Example {
  readonly file: string
  readonly text: string
  /** Which loader reads it (a spec when absent). */
  readonly kind?: 'spec' | 'overlay' | 'config'
}

/** The bundled examples the cases mutate, in a fixed order: the specs, then the example overlay and configuration. */
export function fuzzExamples(root: string): Example[] {
  const read = (dir: string, kind: Example['kind']): Example[] =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8'), kind}))
  return [...read('examples', 'spec'), ...read('examples/overlays', 'overlay'), ...read('examples/ci', 'config')]
}

const SWAPS = ['[1, 2]', '{a: 1}', 'true', 'null', '~', '"text"', '0', '-1', '1e400', '1e-400', '.nan', '.inf', "''", '100%', '150%', '1 KB', '5 years', 'mau', 'mau / 0', '10 ^ 400', '*x', '&x 1', '!!binary AAAA', '__proto__', '2 * 3 * 4', '1.2.3', '300M', '3:1', '99.9999%']
/** Names every JavaScript object inherits: each must be an ordinary unknown name, or a name of the user's own. */
const BUILT_IN_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype']
/** Values that once meant the wrong thing or crashed: aliases inside their own value, overflowing powers, built-in names in literals and expressions. */
const HOSTILE_VALUES = ['&c [*c]', '&d {x: [*d]}', '2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2', '10constructor', '2 * toString', 'constructor', '010', '2000']
/**
 * Free text that tries every sink (issue 12): terminal escapes, a bare carriage return,
 * a NUL, a workflow command on a line of its own, HTML that would run script, a
 * backtick that would close a code span, a long run that a backtracking pattern chokes on.
 * As YAML double-quoted scalars, so that the escapes reach the loader as characters.
 */
const HOSTILE_TEXT = [
  '"\\e]0;retitled\\a\\e[2J over\\rwritten nul\\0byte"',
  '"x\\n::error file=a::injected\\n##[error]legacy"',
  '"A<B & C>D <img src=x onerror=document.title=1> `</code><script>alert(1)</script>`"',
  '"\\u202eright-to-left \\u2028 separated \\x9b1m"',
  `"1${' '.repeat(5000)}x"`,
]
/** What no rendered output may carry: a raw control character (a line break aside), a line that is a workflow command, live markup from the spec. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const COMMAND_LINE = /^\s*(::|##\[)/m
const LIVE_MARKUP = /<img src=x|<script>alert/
const BYTES = ['\0', '\t', ':', '-', '[', '{', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`', '\n', ' ', 'x', '9', '\u00e9', '\ufeff']

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!

function mutate(text: string, rng: Rng): string {
  const lines = text.split('\n')
  const valueLines = lines.map((l, i) => (/^\s*[\w-]+:\s*\S/.test(l) && !/^\s*#/.test(l) ? i : -1)).filter((i) => i >= 0)
  const rounds = 1 + Math.floor(rng() * 3)
  let out = lines
  for (let r = 0; r < rounds; r++) {
    const kind = Math.floor(rng() * 8)
    if (kind === 7) {
      // Hostile free text where a spec allows any text: its name and descriptions.
      const free = out.map((l, i) => (/^\s*(name|description):\s/.test(l) ? i : -1)).filter((i) => i >= 0)
      if (free.length > 0) {
        const i = pick(rng, free)
        out[i] = out[i]!.replace(/:\s.*$/, `: ${pick(rng, HOSTILE_TEXT)}`)
      }
    } else if (kind === 4 && valueLines.length > 0) {
      // A key renamed to a built-in name.
      const i = pick(rng, valueLines)
      if (out[i] !== undefined) out[i] = out[i]!.replace(/^(\s*)[\w-]+:/, `$1${pick(rng, BUILT_IN_NAMES)}:`)
    } else if (kind === 5 && valueLines.length > 0) {
      const i = pick(rng, valueLines)
      if (out[i] !== undefined) out[i] = out[i]!.replace(/:\s.*$/, `: ${pick(rng, HOSTILE_VALUES)}`)
    } else if (kind === 6) {
      // A directive for another YAML version, whose rules read `3:1` as 181.
      out = ['%YAML 1.1', '---', ...out]
    } else if (kind === 0) {
      const s = out.join('\n')
      const at = Math.floor(rng() * s.length)
      out = (s.slice(0, at) + pick(rng, BYTES) + s.slice(at + 1)).split('\n')
    } else if (kind === 1) {
      out = out.filter((_, i) => i !== Math.floor(rng() * out.length))
    } else if (kind === 2 && valueLines.length > 0) {
      const i = pick(rng, valueLines)
      if (out[i] !== undefined) out[i] = out[i]!.replace(/:\s.*$/, `: ${pick(rng, SWAPS)}`)
    } else if (valueLines.length > 1) {
      const i = pick(rng, valueLines)
      const j = pick(rng, valueLines)
      const vi = /:\s(.*)$/.exec(out[i] ?? '')?.[1]
      const vj = /:\s(.*)$/.exec(out[j] ?? '')?.[1]
      if (vi !== undefined && vj !== undefined) {
        out[i] = out[i]!.replace(/:\s.*$/, `: ${vj}`)
        out[j] = out[j]!.replace(/:\s.*$/, `: ${vi}`)
      }
    }
  }
  return out.join('\n')
}

export interface Crash {
  readonly case: number
  readonly file: string
  readonly problem: string
  readonly text: string
}

export interface FuzzResult {
  readonly cases: number
  /** Cases that loaded and estimated (the rest were refused with diagnostics, or crashed). */
  readonly loaded: number
  readonly crashes: readonly Crash[]
  /** The case that took longest, for the script's report (never asserted: timings depend on the machine). */
  readonly slowest: {readonly case: number; readonly file: string; readonly ms: number}
}

/** What is wrong with a case's outcome, or null when it loaded cleanly or failed with located diagnostics. */
async function problemOf(example: Example, text: string, context: Parameters<typeof reportOf>[3], report: boolean): Promise<{problem: string | null; loaded: boolean}> {
  try {
    if (example.kind === 'overlay' || example.kind === 'config') {
      // An overlay or a configuration loads or is refused with located problems; it has no numbers of its own.
      await (example.kind === 'overlay' ? loadOverlay(text, example.file) : loadConfig(text, example.file))
      return {problem: null, loaded: false}
    }
    // Fewer samples keep ranged examples quick; the code paths are the same.
    const spec = await loadSpec(text, example.file, {sampling: {samples: 200, seed: 1}})
    const result = assertComputable(spec, estimate(spec.model))
    for (const node of result.metrics) {
      if (!Number.isFinite(node.value) || node.value < 0) throw new Error(`metric ${node.id} is ${node.value}`)
    }
    if (report) {
      const full = reportOf(spec, result, [], context)
      const markdown = await renderMarkdown(buildView(full))
      const outputs = {terminal: renderTerminal(estimateReportOf(spec, result, [])), markdown, html: renderHtml(markdown, '')}
      for (const [sink, out] of Object.entries(outputs)) {
        // A terminal shows markup as the text it is; a document must not carry it live.
        // In Markdown only raw HTML is live: a spec's name quoted in a finding's code span shows as the text it is.
        const bad = RAW_CONTROL.exec(out) ?? COMMAND_LINE.exec(out) ?? (sink === 'terminal' ? null : LIVE_MARKUP.exec(sink === 'markdown' ? markdownHtml(out) : out))
        if (bad) return {problem: `${sink} output carries ${JSON.stringify(bad[0])} raw`, loaded: true}
      }
    }
    return {problem: null, loaded: true}
  } catch (e) {
    if (!(e instanceof SpecError)) return {problem: e instanceof Error ? `${e.name}: ${e.message}` : String(e), loaded: false}
    const bad = e.diagnostics.find((d) => !(d.line >= 1 && d.column >= 1 && d.message.length > 0) || /NaN|Infinity/.test(d.message + (d.hint ?? '')))
    return {problem: bad || e.diagnostics.length === 0 ? `unlocated: ${JSON.stringify(bad)}` : null, loaded: false}
  }
}

/** How many cases run between yields to the event loop. */
const YIELD_EVERY = 25

/** Runs `cases` mutated examples from `seed`. */
export async function fuzz(options: {readonly cases: number; readonly seed: number; readonly examples: readonly Example[]}): Promise<FuzzResult> {
  const rng = createRng(options.seed)
  const context = {knowledge: {...SHIPPED, adjustments: {}, warnings: []}, rules: SHIPPED_RULES, review: DEFAULT_SETTINGS}
  const crashes: Crash[] = []
  let loaded = 0
  let slowest = {case: -1, file: '', ms: 0}
  // Once unmutated first, so that loading the pipeline's modules is not timed as a case.
  await problemOf(options.examples[0]!, options.examples[0]!.text, context, true)
  for (let n = 0; n < options.cases; n++) {
    const example = options.examples[n % options.examples.length]!
    const text = mutate(example.text, rng)
    const started = performance.now()
    // One loaded case in ten, and every case with hostile free text, also goes through decisions, plan, cost and every renderer.
    const outcome = await problemOf(example, text, context, loaded % 10 === 0 || HOSTILE_TEXT.some((h) => text.includes(h)))
    const ms = performance.now() - started
    if (outcome.loaded) loaded++
    if (outcome.problem !== null) crashes.push({case: n, file: example.file, problem: outcome.problem, text})
    if (ms > slowest.ms) slowest = {case: n, file: example.file, ms}
    // The loop is CPU-bound and its awaits settle at once: without a pause for
    // the event loop, a vitest worker could not answer its runner meanwhile.
    if (n % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve))
  }
  return {cases: options.cases, loaded, crashes, slowest}
}

/** The raw HTML a Markdown document carries, as marked's lexer finds it (block and inline `html` tokens, in tables and lists too); text in code spans and escaped text are none. */
export function markdownHtml(markdown: string): string {
  let html = ''
  const walk = (tokens: readonly Token[] | undefined): void => {
    for (const t of tokens ?? []) {
      if (t.type === 'html') html += t.raw
      if ('tokens' in t) walk(t.tokens as Token[] | undefined)
      if (t.type === 'list') for (const item of t.items) walk(item.tokens)
      if (t.type === 'table') for (const cell of [...t.header, ...t.rows.flat()]) walk(cell.tokens)
    }
  }
  walk(Lexer.lex(markdown))
  return html
}
