// The seeded fuzzer at full count (not part of `npm test`, which runs the
// first 600 cases): mutated examples through the loader, the engine and,
// for some, the report. Prints the crashes and the slowest case; exits 1 on
// any crash. The fuzzer is test/hardening/fuzzer.ts, shared with the test;
// esbuild (already the build's bundler) compiles it, since Node 20 does not
// run TypeScript.
//
//   npm run fuzz                                    10,000 cases, the fixed seed
//   node scripts/fuzz.mjs --cases 50000 --seed 7    after npm run build
import {mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({options: {cases: {type: 'string'}, seed: {type: 'string'}}})

// Inside node_modules, so that the bundle's imports of dependencies resolve from the project.
const outfile = join(root, 'node_modules/.cache/sizeup-fuzz/fuzzer.mjs')
mkdirSync(dirname(outfile), {recursive: true})
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/hardening/fuzzer.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // handlebars has no `exports` map: Node's ESM loader needs the file's extension
  // (the renderers the fuzzer checks import `handlebars/runtime`).
  alias: {'handlebars/runtime': 'handlebars/runtime.js'},
  logLevel: 'warning',
})
const {FUZZ_CASES, FUZZ_SEED, fuzz, fuzzExamples} = await import(pathToFileURL(outfile).href)

const count = (text, fallback, name) => {
  if (text === undefined) return fallback
  const n = Number(text)
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: --${name} takes a whole number, not \`${text}\``)
    process.exit(2)
  }
  return n
}
const cases = count(values.cases, FUZZ_CASES, 'cases')
const seed = count(values.seed, FUZZ_SEED, 'seed')

const started = performance.now()
const result = await fuzz({cases, seed, examples: fuzzExamples(root)})
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const {slowest} = result
console.log(`fuzz: ${result.cases} cases from seed ${seed} (${result.loaded} loaded), ${result.crashes.length} crashes, ${seconds} s`)
if (slowest.case >= 0) console.log(`slowest: case ${slowest.case} (${slowest.file}), ${slowest.ms.toFixed(0)} ms`)
if (result.crashes.length > 0) {
  // The same problem tends to recur; each kind once, then the first cases in full.
  for (const problem of new Set(result.crashes.map((c) => c.problem.slice(0, 160)))) console.log(`problem: ${problem}`)
  for (const c of result.crashes.slice(0, 3)) console.log(`\ncase ${c.case} (${c.file}): ${c.problem}\n${c.text}`)
  process.exitCode = 1
}
