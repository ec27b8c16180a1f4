import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

/*
 * Decisions under uncertainty in every sink: `estimate` (terminal and --json),
 * `report` (Markdown and HTML), all formatted from the one computation
 * (analysis/decision-outcomes.ts, render/outcomes-text.ts). The seed is 1, the
 * default of both commands (`report` has no --seed): the same 250 worlds in each.
 */

// The datastore flips from relational to wide-column above 2,500 writes/s on average (test/uncertainty/decision-outcomes.test.ts);
// P(uniform(1K, 5K) > 2.5K) = 0.625.
const spec = `name: Flip
workloads:
  events:
    writes: {perSecond: 'uniform(1K, 5K)'}
    reads: {perSecond: 2K}
    recordSize: 1 KB
    retention: 7 days
`
const seed = ['--seed', '1']

describe('decisions under uncertainty in every output', () => {
  it('estimate --json carries the same outcomes as report --json, valid against the estimate schema', async () => {
    const estimated = JSON.parse((await sizeup(['estimate', '-', '--json', ...seed], spec)).stdout)
    const reported = JSON.parse((await sizeup(['report', '-', '--json'], spec)).stdout)
    expect(estimated.outcomes).toEqual(reported.outcomes)
    const validate = new Ajv({allErrors: true, strict: false}).compile(JSON.parse(readFileSync(`${ROOT}/specs/estimate.schema.json`, 'utf8')))
    expect(validate(estimated), JSON.stringify(validate.errors)).toBe(true)
    const d = estimated.outcomes.decisions.find((x: {id: string}) => x.id === 'datastore.events')
    expect(d.shares.map((s: {option: string}) => s.option)).toEqual(['wide-column', 'relational'])
    // The component's bill is its machines and disks: a band, p5 ≤ p50 ≤ p95.
    expect(d.monthlyUsd.p5).toBeLessThan(d.monthlyUsd.p95)
    // Each contender's regret is its two sides.
    for (const e of d.leastRegret.expected) expect(e.regretUsd).toBeCloseTo(e.overUsd + e.underUsd, 9)
  })

  it('estimate prints the table, with the weights and where they come from', async () => {
    const r = await sizeup(['estimate', '-', ...seed], spec)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Decisions under uncertainty: 250 sampled worlds, nodes \d+ \(\d+–\d+\), monthly cost \$[\d,]+ \(\$[\d,]+–\$[\d,]+\)/)
    expect(r.stdout).toMatch(/│ datastore\.events +│ (Wide-column store|Relational database) in [\d.]+%, (Wide-column store|Relational database) in [\d.]+% +│ \d+ \(\d+–\d+\) +│ \$[\d,]+ \(\$[\d,]+–\$[\d,]+\) +│ (Wide-column store|Relational database) \(expected regret /)
    expect(r.stdout).toContain("Least regret over the first 100 worlds: over-provisioning × 1, under-provisioning × 1.25, exponent 1.2 (the spend regret of Netflix's service-capacity-modeling)")
  })

  it('the terminal, the Markdown and the HTML show the same figures', async () => {
    const o = JSON.parse((await sizeup(['report', '-', '--json'], spec)).stdout).outcomes
    const d = o.decisions.find((x: {id: string}) => x.id === 'datastore.events')
    const usd = (v: number): string => `$${Math.round(v).toLocaleString('en-US')}`
    const cost = `${usd(d.monthlyUsd.p50)} (${usd(d.monthlyUsd.p5)}–${usd(d.monthlyUsd.p95)})`
    const shares = d.shares.map((s: {label: string; share: number}) => `${s.label} in ${Math.round(s.share * 1000) / 10}%`).join(', ')
    // Seed 1's worlds: the share near P = 0.625 (σ over 250 worlds 0.031), the component's bill from 1 to 5 nodes.
    expect(shares).toBe('Wide-column store in 59.2%, Relational database in 40.8%')
    expect(cost).toBe('$1,226 ($772–$1,349)')
    const terminalText = (await sizeup(['estimate', '-', ...seed], spec)).stdout
    const markdown = (await sizeup(['report', '-'], spec)).stdout
    const html = (await sizeup(['report', '-', '--format', 'html'], spec)).stdout
    for (const out of [terminalText, markdown, html]) {
      expect(out).toContain(shares)
      expect(out).toContain(cost)
    }
    expect(markdown).toContain('| decision | wins | nodes | monthly cost | least regret |')
    expect(markdown).toContain(`| datastore.events | ${shares} | `)
    expect(html).toContain('<th align="right">monthly cost</th>')
    expect(html).toContain("(the spend regret of Netflix's service-capacity-modeling)".replace("'", '&#39;'))
  })

  it('weights stated in the spec are named as the spec\'s in every output', async () => {
    const stated = spec.replace('workloads:', 'uncertainty:\n  regret: {overProvisioning: 2, underProvisioning: 1, exponent: 1}\nworkloads:')
    const note = "over-provisioning × 2, under-provisioning × 1, exponent 1 (stated in the spec's uncertainty.regret)"
    expect((await sizeup(['estimate', '-', ...seed], stated)).stdout).toContain(note)
    expect((await sizeup(['report', '-'], stated)).stdout).toContain(note)
  })

  it('a spec without ranges prints nothing of it, and its estimate has no outcomes', async () => {
    const exact = spec.replace("'uniform(1K, 5K)'", '2K')
    expect((await sizeup(['estimate', '-'], exact)).stdout).not.toContain('Decisions under uncertainty')
    expect(JSON.parse((await sizeup(['estimate', '-', '--json'], exact)).stdout).outcomes).toBeUndefined()
  })
})
