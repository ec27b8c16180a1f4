import {describe, expect, it} from 'vitest'
import {reportOfYaml, sizeup} from '../helpers/analysis.js'

/*
 * The least-regret pick's weights stated in the spec (`uncertainty.regret`,
 * src/analysis/regret-weights.ts), Netflix's defaults for the ones left out.
 */

// The datastore flips from relational to wide-column above 5,000 writes/s at peak (test/uncertainty/decision-outcomes.test.ts).
const spec = (uncertainty = ''): string => `name: Flip
${uncertainty}workloads:
  events:
    writes: {perSecond: 'uniform(1K, 5K)'}
    reads: {perSecond: 2K}
    recordSize: 1 KB
    retention: 7 days
`

const datastore = async (yaml: string) => {
  const o = (await reportOfYaml(yaml)).outcomes!
  return {weights: o.weights, pick: o.decisions.find((d) => d.id === 'datastore.events')!.leastRegret!}
}

describe('regret weights in the spec', () => {
  it('running short weighed more turns the pick from the cheaper wide-column store to the dearer relational database', async () => {
    const before = await datastore(spec())
    const by = (p: typeof before.pick, option: string) => p.expected.find((e) => e.option === option)!
    // With the defaults the wide-column store is the cheaper choice where the world chose relational (it only ever runs
    // short: overUsd 0) and the relational database the dearer one where the world chose wide-column (it only overpays).
    expect(by(before.pick, 'wide-column').overUsd).toBe(0)
    expect(by(before.pick, 'relational').underUsd).toBe(0)
    expect(before.pick.option).toBe('wide-column')
    const after = await datastore(spec('uncertainty:\n  regret: {underProvisioning: 4}\n'))
    expect(after.weights).toEqual({overProvision: 1, underProvision: 4, exponent: 1.2, source: expect.stringMatching(/^spec \(uncertainty\.regret\); the weights it leaves out: https:\/\/github\.com\/Netflix-Skunkworks/)})
    // Same worlds, same bills: the under-provisioning side scales by 4 ÷ 1.25 = 3.2, the over side is unchanged.
    // With the seed-1 worlds: wide-column 1,259.33 × 3.2 = 4,029.84 > relational's 3,360.77 → relational.
    expect(by(after.pick, 'wide-column').regretUsd).toBeCloseTo(by(before.pick, 'wide-column').regretUsd * 3.2, 6)
    expect(by(after.pick, 'relational').regretUsd).toBeCloseTo(by(before.pick, 'relational').regretUsd, 9)
    expect(by(before.pick, 'wide-column').regretUsd).toBeCloseTo(1259.326, 3)
    expect(by(before.pick, 'relational').regretUsd).toBeCloseTo(3360.774, 3)
    expect(after.pick.option).toBe('relational')
  })

  it('all three stated: the spec is the source', async () => {
    const {weights} = await datastore(spec('uncertainty:\n  regret: {overProvisioning: 2, underProvisioning: 1, exponent: 1}\n'))
    expect(weights).toEqual({overProvision: 2, underProvision: 1, exponent: 1, source: 'spec (uncertainty.regret)'})
  })

  it('bad weights are located errors, all at once, exit 2', async () => {
    const r = await sizeup(['report', '-'], spec('uncertainty:\n  regret: {overProvisioning: -1, underProvisioning: lots, exponent: 0}\n'))
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('<stdin>:3:30: `uncertainty.regret.overProvisioning` must be at least 0 (got `-1`)')
    expect(r.stderr).toContain('<stdin>:3:53: `uncertainty.regret.underProvisioning` should be a number, not text `lots`')
    expect(r.stderr).toContain('<stdin>:3:69: `uncertainty.regret.exponent` must be at least 0.1 (got `0`)')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    const unknown = await sizeup(['estimate', '-'], spec('uncertainty:\n  regret: {under: 2}\n'))
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('<stdin>:3:12: unknown key `under` in `uncertainty.regret`')
  })

  it('a spec without ranges accepts the weights and makes no pick', async () => {
    const exact = spec('uncertainty:\n  regret: {exponent: 1}\n').replace("'uniform(1K, 5K)'", '2K')
    expect((await reportOfYaml(exact)).outcomes).toBeUndefined()
  })
})
