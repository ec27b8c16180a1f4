// Start-up benchmark: median wall time of each command over alternating runs,
// as a ratio to `node -e 0` measured in the same run on the same machine.
// Not a test: timings vary by machine; ratios are what we compare.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.env.BENCH_RUNS ?? 15)
const cases = [
  ['node -e 0', ['-e', '0']],
  ['sizeup --version', ['bin/run.js', '--version']],
  ['sizeup --help', ['bin/run.js', '--help']],
  ['sizeup estimate examples/social-feed.yaml', ['bin/run.js', 'estimate', 'examples/social-feed.yaml']],
  ['sizeup estimate examples/social-feed.yaml --json', ['bin/run.js', 'estimate', 'examples/social-feed.yaml', '--json']],
  ['sizeup report examples/social-feed.yaml', ['bin/run.js', 'report', 'examples/social-feed.yaml']],
]

const times = new Map(cases.map(([name]) => [name, []]))
for (let i = 0; i < runs; i++) {
  // Alternate the commands so that a slow moment of the machine hits all of them alike.
  for (const [name, args] of cases) {
    const start = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, {cwd: root, stdio: 'ignore', env: {...process.env, NO_COLOR: '1'}})
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`)
    times.get(name).push(ms)
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const floor = median(times.get('node -e 0'))
const rows = cases.map(([name]) => ({name, medianMs: Number(median(times.get(name)).toFixed(1)), ratio: Number((median(times.get(name)) / floor).toFixed(2))}))
const width = Math.max(...rows.map((r) => r.name.length))
console.log(`${'command'.padEnd(width)}  median ms  × node -e 0   (${runs} runs each, alternating)`)
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.medianMs).padStart(9)}  ${r.ratio.toFixed(2).padStart(11)}`)
writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify({node: process.version, runs, startup: rows}, null, 2)}\n`)
console.log('written: bench-results.json')
