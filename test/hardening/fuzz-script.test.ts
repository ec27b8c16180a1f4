import {describe, expect, it} from 'vitest'
import {runProcess} from '../helpers/binary.js'

// `npm run fuzz` bundles the fuzzer with esbuild and runs it in Node: the test
// suite runs the fuzzer in-process, so only a real run shows that the script
// still loads (it once failed at start-up on `handlebars/runtime`, which Node's
// ESM loader cannot resolve without its extension).
describe('npm run fuzz', () => {
  it('runs a few cases of the full fuzzer, standalone', async () => {
    const run = await runProcess(process.execPath, ['scripts/fuzz.mjs', '--cases', '20'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^fuzz: 20 cases from seed \d+ \(\d+ loaded\), 0 crashes/)
    expect(run.status).toBe(0)
  })
})
