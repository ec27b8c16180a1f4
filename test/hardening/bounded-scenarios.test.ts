import {describe, expect, it} from 'vitest'
import {MAX_ESTIMATED_WORKLOADS, MAX_SCENARIOS, MAX_WORKLOADS} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

/*
 * Issue 12: a scenario added 2,500 workloads past the 1,000 limit (checked on
 * the base only), and 99 scenarios aliasing one large mapping took over 10 s
 * (each scenario is loaded and estimated in full) before crashing with a
 * stack trace (the alias lost its anchor in the merge). The limit now counts
 * the workloads of every scenario as of the base (each at most MAX_WORKLOADS,
 * all together at most MAX_ESTIMATED_WORKLOADS), scenarios are at most 20,
 * and an alias in a scenario stands for the value it names.
 */

const workloads = (prefix: string, n: number, separator = ', '): string => Array.from({length: n}, (_, i) => `${prefix}${i}: {writes: {perDay: 1}, recordSize: 1 KB}`).join(separator)
const firstLine = (text: string): string => text.split('\n')[0]!

describe('the workload limit holds after scenarios', () => {
  const spec = `${MINIMAL}scenarios: {big: {workloads: {${workloads('w', 2500)}}}}\n`

  it.each([
    ['the base, which estimates every scenario', ['estimate', '-']],
    ['the scenario alone', ['estimate', '-', '--scenario', 'big']],
  ])('%s', async (_, argv) => {
    const out = await sizeup(argv, spec)
    expect(out.status).toBe(2)
    expect(firstLine(out.stderr)).toBe(`<stdin>:10:13: scenario \`big\` has 2501 workloads; the limit is ${MAX_WORKLOADS}`)
  })

  it('a spec at the limit with the most scenarios, each at the limit too, is refused only for their total', async () => {
    const few = (n: number): string => `${MINIMAL.replace('workloads:\n', `workloads:\n  ${workloads('x', n, '\n  ')}\n`)}scenarios:\n${Array.from({length: MAX_SCENARIOS}, (_, i) => `  s${i}: {traffic: {peakFactor: 2}}`).join('\n')}\n`
    // 9 + 1 workloads × 21 estimates = 210: more than MAX_WORKLOADS in all, fine, since each is within it.
    expect((await sizeup(['estimate', '-'], few(9))).status).toBe(0)
  })

  it('scenarios that each reuse a large block through an alias count it each time', async () => {
    const scenarios = Array.from({length: MAX_SCENARIOS}, (_, i) => `  s${i}: {workloads: *all}`).join('\n')
    const out = await sizeup(['estimate', '-'], `${MINIMAL.replace('workloads:\n', `workloads: &all\n  ${workloads('x', 60, '\n  ')}\n`)}scenarios:\n${scenarios}\n`)
    expect(firstLine(out.stderr)).toBe(`<stdin>:70:1: the spec and its ${MAX_SCENARIOS} scenarios have ${61 * (MAX_SCENARIOS + 1)} workloads to estimate; the limit is ${MAX_ESTIMATED_WORKLOADS}`)
  })

  it(`more than ${MAX_SCENARIOS} scenarios are refused at \`scenarios\``, async () => {
    const scenarios = Array.from({length: MAX_SCENARIOS + 1}, (_, i) => `  s${i}: {traffic: {peakFactor: 2}}`).join('\n')
    const out = await sizeup(['estimate', '-'], `${MINIMAL}scenarios:\n${scenarios}\n`)
    expect(out.status).toBe(2)
    expect(firstLine(out.stderr)).toBe(`<stdin>:10:1: the spec has ${MAX_SCENARIOS + 1} scenarios; the limit is ${MAX_SCENARIOS}`)
  })
})

describe('aliases in scenarios', () => {
  it('a scenario that reuses the base workloads or another scenario through an alias is read as the value it names', async () => {
    const spec = `${MINIMAL.replace('workloads:\n', 'workloads: &all\n')}scenarios:\n  launch: &launch {users: {mau: 2M}, workloads: *all}\n  again: *launch\n`
    const out = await sizeup(['estimate', '-', '--json'], spec)
    expect(out.stderr).toBe('')
    const report = JSON.parse(out.stdout) as {scenarios: {name: string; metrics: Record<string, number>}[]}
    expect(report.scenarios.map((s) => s.name)).toEqual(['launch', 'again'])
    expect(report.scenarios[1]!.metrics).toEqual(report.scenarios[0]!.metrics)
  })

  it('an alias whose anchor is in another scenario is read as what it names', async () => {
    const spec = `${MINIMAL}scenarios:\n  a: {components: {name: r, series: [&part {name: x, availability: 99%}]}}\n  b: {components: {name: r, series: [*part]}}\n`
    const out = await sizeup(['estimate', '-', '--scenario', 'b', '--json'], spec)
    expect(out.stderr).toBe('')
    expect((JSON.parse(out.stdout) as {metrics: Record<string, {value: number}>}).metrics['availability.composite']!.value).toBe(0.99)
  })
})
