// Benchmark (not a test): how the library's estimate() scales with the number of workloads,
// 1 → 1,000, and what 1,000 ranged workloads at 10,000 samples cost (time and peak RSS, in a
// child process of their own, or the budget that refuses them). Used by bench.mjs; runs alone
// too: `node scripts/bench-scaling.mjs` (over the built dist/index.js).
//
// A spec may have at most 200 workloads (MAX_WORKLOADS, src/spec/load.ts: a bound on the
// report's time and memory, not on the estimate's), so the points above it are models made
// through the library from the workloads of specs of 200 each. Ranged, each such spec has its
// own seed (so that every ranged field has its own samples); the load (the bench's own cost)
// and the estimate are timed apart.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SPEC_LIMIT = 200
const POINTS = [1, 10, 100, 200, 500, 1000]
/** Each size is run this long before any is timed; then ROUNDS rounds time every size in turn, each at least ROUND_MS. */
const WARM_MS = 400
const ROUNDS = 7
const ROUND_MS = 150

const workload = (i, ranged) =>
  `  w${i}:\n    writes: {perUserPerDay: ${ranged ? '0.5..2' : '1'}}\n    reads: {perUserPerDay: ${ranged ? '3..8' : '5'}}\n    recordSize: 1 KB\n    retention: 1 year\n`
/** A spec of n workloads named from w`first`. */
const specWith = (n, ranged = false, first = 0) =>
  `name: Scaling\nusers: {mau: 10M, dau: 2M}\nworkloads:\n${Array.from({length: n}, (_, i) => workload(first + i, ranged)).join('')}`

/**
 * The model of n such workloads: loaded from a spec up to the spec limit; beyond it, the
 * workloads of specs of up to 200 each (w0 … w199, w200 … w399, …), each loaded with its own
 * seed when ranged, in one model. Every workload is a loaded one, as a library user would put
 * together from specs they load; only the list and the top are built by hand.
 */
async function modelWith(lib, n, options = {}) {
  const load = (size, first, block) =>
    lib.loadSpec(specWith(size, options.ranged, first), `scaling-${n}-${block}`, options.ranged ? {sampling: {samples: options.samples ?? 10_000, seed: block + 1}} : options.load)
  if (n <= SPEC_LIMIT) return (await load(n, 0, 0)).model
  const blocks = []
  for (let block = 0; block * SPEC_LIMIT < n; block++) blocks.push(await load(Math.min(SPEC_LIMIT, n - block * SPEC_LIMIT), block * SPEC_LIMIT, block))
  return {...blocks[0].model, workloads: blocks.flatMap((b) => b.model.workloads)}
}

const round = (x, d) => Number(x.toFixed(d))

/** A copy of the model with its DAU moved by k in 1,000: the same shape, and every workload's rates rest on it, so a compiled estimate recomputes them all. */
const movedDau = (model, k) => ({...model, users: {...model.users, dau: {...model.users.dau, value: model.users.dau.value * (1 + k / 1000)}}})

/**
 * Time per estimate (wall and CPU of this process, which includes the garbage collector's threads)
 * by number of workloads. estimate() derives a shape it meets first in full, traces it the second
 * time and evaluates later models of that shape from the trace (src/engine/compiled-*.ts): the
 * first call is timed alone (once: a new shape), the rest on copies with the DAU moved each call,
 * so that each recomputes every workload's figures rather than nothing (the same model again).
 *
 * The sizes are timed in turn, round after round, and each size's median round is its figure: on a
 * shared machine whose speed drifts (1.6 × over minutes, measured), sizes timed one after the other
 * would compare the machine's phases as much as the sizes. Every size's templates stay cached
 * together (98,000 nodes of MAX_CACHED_NODES' 200,000).
 */
export async function scaling(lib) {
  const sizes = []
  for (const n of POINTS) {
    const model = await modelWith(lib, n)
    const first0 = performance.now()
    lib.estimate(model)
    const firstMs = performance.now() - first0
    lib.estimate(model) // traced
    const copies = Array.from({length: Math.max(8, Math.round(2000 / n))}, (_, k) => movedDau(model, k + 1))
    sizes.push({n, firstMs, copies, next: 0, wall: [], cpu: []})
  }
  const call = (size) => lib.estimate(size.copies[size.next++ % size.copies.length])
  // Warmed up first, every size alike: a small model's few calls would otherwise time the optimiser.
  for (const size of sizes) for (const t = performance.now(); performance.now() - t < WARM_MS; ) call(size)
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of sizes) {
      const cpu0 = process.cpuUsage()
      const start = performance.now()
      let reps = 0
      while (performance.now() - start < ROUND_MS || reps < 2) {
        call(size)
        reps++
      }
      const cpu = process.cpuUsage(cpu0)
      size.wall.push((performance.now() - start) / reps)
      size.cpu.push((cpu.user + cpu.system) / 1000 / reps)
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
  const points = sizes.map(({n, firstMs, wall, cpu}) => ({
    workloads: n,
    fromSpec: n <= SPEC_LIMIT,
    firstCallMs: round(firstMs, 3),
    firstCallUsPerWorkload: round((firstMs * 1000) / n, 1),
    msPerEstimate: round(median(wall), 3),
    usPerWorkload: round((median(wall) * 1000) / n, 1),
    bestUsPerWorkload: round((Math.min(...wall) * 1000) / n, 1),
    cpuUsPerWorkload: round((median(cpu) * 1000) / n, 1),
  }))
  const over = (key) => {
    const xs = points.filter((p) => p.workloads >= 10).map((p) => p[key])
    return round(Math.max(...xs) / Math.min(...xs), 2)
  }
  return {points, rounds: ROUNDS, spread: over('usPerWorkload'), bestSpread: over('bestUsPerWorkload'), cpuSpread: over('cpuUsPerWorkload'), firstCallSpread: over('firstCallUsPerWorkload'), target: 1.5}
}

/** 1,000 ranged workloads at 10,000 samples, in a child process: wall time, peak RSS, or the refusal. */
export function rangedThousand() {
  const gnuTime = existsSync('/usr/bin/time')
  const script = fileURLToPath(import.meta.url)
  const args = [script, '--ranged-child']
  const [cmd, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args]
  const r = spawnSync(cmd, argv, {cwd: root, encoding: 'utf8'})
  const last = r.stdout.trim().split('\n').at(-1) ?? ''
  if (r.status !== 0 || !last.startsWith('{')) return {workloads: 1000, samples: 10_000, failed: `exit ${r.status}`}
  const result = JSON.parse(last)
  const peak = gnuTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN
  return {...result, peakRssMiB: Number.isFinite(peak) ? round(peak / 1024, 1) : result.sampledRssMiB, targetMs: 'seconds (≤ 5,000 of estimate)', targetMiB: 500}
}

async function rangedChild() {
  const lib = await import(join(root, 'dist/index.js'))
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5).unref()
  const start = performance.now()
  const model = await modelWith(lib, 1000, {ranged: true, samples: 10_000})
  const loadedMs = performance.now() - start
  // CPU time too: on a shared machine the wall clock counts other people's work.
  const cpu0 = process.cpuUsage()
  let refused = null
  try {
    lib.estimate(model)
  } catch (e) {
    refused = e instanceof Error ? e.message : String(e)
  }
  const cpu = process.cpuUsage(cpu0)
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  const ms = performance.now() - start
  console.log(JSON.stringify({workloads: 1000, samples: 10_000, loadMs: round(loadedMs, 0), estimateMs: round(ms - loadedMs, 0), estimateCpuMs: round((cpu.user + cpu.system) / 1000, 0), totalMs: round(ms, 0), refused, sampledRssMiB: round(peak / 2 ** 20, 1)}))
}

if (process.argv.includes('--ranged-child')) await rangedChild()
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lib = await import(join(root, 'dist/index.js'))
  console.log(JSON.stringify({scaling: await scaling(lib), ranged: rangedThousand()}, null, 2))
}
