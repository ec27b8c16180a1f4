import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {analyseSpec, knowledgeFor} from '../../src/cli/design-pipeline.js'
import {estimate} from '../../src/engine/estimate.js'
import {createRng, type Rng} from '../../src/quantity/random.js'
import {assertComputable} from '../../src/analysis/computable.js'
import {SpecError} from '../../src/spec/diagnostic.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from '../helpers/spec.js'

/*
 * A seeded fuzzer (issue 6): the bundled examples, mutated by byte flips, key
 * deletions, type swaps and value swaps, go through loadSpec and the engine
 * in-process. Every case must either load, estimate to finite non-negative
 * numbers, or fail with located diagnostics; anything else (an uncaught
 * exception, a diagnostic without a place or a message) is a crash. Some of
 * the cases that load also go through decisions, the plan, cost and report.
 */

export const FUZZ_CASES = 10_000
const SEED = 20261121

const examples = readdirSync(`${ROOT}/examples`)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({file: `examples/${f}`, text: readFileSync(`${ROOT}/examples/${f}`, 'utf8')}))

const SWAPS = ['[1, 2]', '{a: 1}', 'true', 'null', '~', '"text"', '0', '-1', '1e400', '1e-400', '.nan', '.inf', "''", '100%', '150%', '1 KB', '5 years', 'mau', 'mau / 0', '10 ^ 400', '*x', '&x 1', '!!binary AAAA', '__proto__', '2 * 3 * 4', '1.2.3', '300M', '3:1', '99.9999%']
const BYTES = ['\0', '\t', ':', '-', '[', '{', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`', '\n', ' ', 'x', '9', '\u00e9', '\ufeff']

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!

function mutate(text: string, rng: Rng): string {
  const lines = text.split('\n')
  const valueLines = lines.map((l, i) => (/^\s*[\w-]+:\s*\S/.test(l) && !/^\s*#/.test(l) ? i : -1)).filter((i) => i >= 0)
  const rounds = 1 + Math.floor(rng() * 3)
  let out = lines
  for (let r = 0; r < rounds; r++) {
    const kind = Math.floor(rng() * 4)
    if (kind === 0) {
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

interface Crash {
  readonly case: number
  readonly file: string
  readonly problem: string
  readonly text: string
}

describe('the seeded fuzzer', () => {
  test(`${FUZZ_CASES} mutated examples: zero crashes`, async () => {
    const rng = createRng(SEED)
    const knowledge = await knowledgeFor(undefined)
    const crashes: Crash[] = []
    let loaded = 0
    let slowest = 0
    const started = performance.now()
    for (let n = 0; n < FUZZ_CASES; n++) {
      const example = examples[n % examples.length]!
      const text = mutate(example.text, rng)
      const t0 = performance.now()
      try {
        // Fewer samples keep ranged examples quick; the code paths are the same.
        const spec = await loadSpec(text, example.file, {sampling: {samples: 200, seed: 1}})
        const result = assertComputable(spec, estimate(spec.model))
        for (const node of Object.values(result.metrics)) {
          if (!Number.isFinite(node.value) || node.value < 0) throw new Error(`metric ${node.id} is ${node.value}`)
        }
        if (loaded % 10 === 0) analyseSpec(spec, knowledge)
        loaded++
      } catch (e) {
        if (!(e instanceof SpecError)) {
          crashes.push({case: n, file: example.file, problem: e instanceof Error ? `${e.name}: ${e.message}` : String(e), text})
        } else {
          const bad = e.diagnostics.find((d) => !(d.line >= 1 && d.column >= 1 && d.message.length > 0) || /NaN|Infinity/.test(d.message + (d.hint ?? '')))
          if (bad || e.diagnostics.length === 0) crashes.push({case: n, file: example.file, problem: `unlocated: ${JSON.stringify(bad)}`, text})
        }
      }
      slowest = Math.max(slowest, performance.now() - t0)
    }
    console.log(`fuzzer: ${FUZZ_CASES} cases (${loaded} loaded), ${crashes.length} crashes, slowest ${slowest.toFixed(0)} ms, total ${((performance.now() - started) / 1000).toFixed(1)} s`)
    for (const p of new Set(crashes.map((c) => c.problem.replace(/"file".*?"message"/, "").slice(0, 160)))) console.log(`problem: ${p}`)
    for (const c of crashes.slice(0, 2)) console.log(`case ${c.case} (${c.file}): ${c.problem}\n${c.text}`)
    expect(crashes.map((c) => `${c.case} ${c.file}: ${c.problem}`)).toEqual([])
  }, 300_000)
})
