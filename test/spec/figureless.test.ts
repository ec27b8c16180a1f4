import {describe, expect, it} from 'vitest'
import {reportOfYaml, sizeup} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * A workload a design names by its role and use but gives no figure
 * (`figures: none`): the static assets a CDN serves, video metadata, an alert
 * store. The decisions that need no figure are made for it; the plan and the
 * cost leave it out and say why; a figure stated beside `figures: none` is an
 * error at its key, all of them at once.
 */
const SPEC = `name: Monitoring
workloads:
  metrics:
    writes: {perDay: 10M}
  alerts:
    figures: none
    access: point
    delivery: at-least-once
  assets:
    figures: none
    static: true
    access: blob
`

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

describe('a workload with figures: none', () => {
  it('is decided: a key-value store and at-least-once delivery for the alerts, object storage and a CDN for the static assets', async () => {
    const report = await reportOfYaml(SPEC)
    const choice = (id: string): string | undefined => report.decisions.find((d) => d.id === id)?.choice.id
    expect(choice('datastore.alerts')).toBe('key-value')
    expect(choice('delivery.alerts')).toBe('at-least-once')
    expect(choice('datastore.assets')).toBe('object-storage')
    expect(choice('cdn')).toBe('static-assets')
  })

  it('stated as static assets, sends them to a CDN, and says that without them there would be none', async () => {
    const report = await reportOfYaml(SPEC)
    const cdn = report.decisions.find((d) => d.id === 'cdn')!
    expect(cdn.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['static-assets'])
    // static-assets +2, media-and-dynamic +1, none −1: a CDN for the static assets, 1 point ahead.
    expect([cdn.choice.id, cdn.choice.score, cdn.runnerUp?.id, cdn.runnerUp?.score]).toEqual(['static-assets', 2, 'media-and-dynamic', 1])
    const flip = cdn.flipPoints.find((f) => f.fact === 'staticAssets')!
    expect(flip.value).toBe(true)
    expect(flip.flips.map((f) => [f.is, f.becomes?.id])).toEqual([[false, 'none']])
  })

  it('is not sized: the plan says why, and the cost leaves it out for the same reason', async () => {
    const report = await reportOfYaml(SPEC)
    const alerts = report.plan.items.find((i) => i.component === 'datastore.alerts')!
    expect(alerts.sized).toBe(false)
    expect(alerts.nodes).toBe(0)
    expect(alerts.basis).toEqual(['not sized: the spec states no figure for alerts (figures: none), so there is no rate, count or size to divide; size it by hand once they are known'])
    expect(report.cost.unpriced.find((u) => u.component === 'datastore.assets')?.reason).toBe('not sized in the scaling plan (the spec states no figure for it): no machines or disks to price')
  })

  it('has unknown figures, not zeros: no reason quotes its rates or bytes', async () => {
    const report = await reportOfYaml(SPEC)
    const alerts = report.decisions.find((d) => d.id === 'datastore.alerts')!
    // Point lookups alone (+3 key-value): "fits one primary" (0 B, 0 writes/s) does not fire.
    expect(alerts.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['point-lookups'])
  })

  it('keeps the facts it states in fields of their own: only its figures are unknown', async () => {
    // Before: every numeric fact of the workload was made unknown, so a stated session gap gave
    // "no criterion separates" tumbling windows and a stated idle expiry no cache-eviction decision.
    const report = await reportOfYaml(`name: Assets
users: {dau: 1M}
workloads:
  posts:
    writes: {perUserPerDay: 1}
    recordSize: 1 KB
  assets:
    figures: none
    access: point
    expireAfterIdle: 10 min
    analytics: {freshness: 1 hour, sessionGap: 30 min}
`)
    const choice = (id: string): string | undefined => report.decisions.find((d) => d.id === id)?.choice.id
    expect(choice('windowing.assets')).toBe('session')
    expect(choice('cache-eviction.assets')).toBe('ttl')
    // Its figures stay unknown: no reason quotes a rate or a byte count of the assets.
    expect(JSON.stringify(report.decisions.filter((d) => d.id.endsWith('.assets')))).not.toMatch(/\b0 B\b|\b0\/s\b/)
  })

  it('needs no figure for its delivery guarantee, which otherwise asks for writes', async () => {
    expect(await located(SPEC)).toEqual([])
  })

  it('reports every figure stated beside it at its key, all at once', async () => {
    const yaml = `name: Monitoring
workloads:
  alerts:
    figures: none
    writes: {perDay: 1M}
    recordSize: 1 KB
    retention: 30 days
`
    expect(await located(yaml)).toEqual([
      '5:5: `alerts` says `figures: none` but states `writes` | remove `writes`, or remove `figures: none` if the design states this figure',
      '6:5: `alerts` says `figures: none` but states `recordSize` | remove `recordSize`, or remove `figures: none` if the design states this figure',
      '7:5: `alerts` says `figures: none` but states `retention` | remove `retention`, or remove `figures: none` if the design states this figure',
    ])
  })

  it('takes only `none`, and still asks a workload without it for a figure', async () => {
    expect(await located('name: t\nworkloads:\n  alerts:\n    figures: some\n')).toEqual([
      '3:3: workload `alerts` has neither `reads` nor `writes` | add e.g. `writes: {perUserPerDay: 2}`, or `records:` for data whose traffic is not estimated',
      '4:14: `workloads.alerts.figures` must be one of `none` (got `some`) | did you mean `none`?',
    ])
  })

  it('exits 2 with the located problems on the command line, no stack trace', async () => {
    const out = await sizeup(['report', '-'], 'name: t\nworkloads:\n  alerts:\n    figures: none\n    reads: {perDay: 5}\n')
    expect(out.status).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toContain('<stdin>:5:5: `alerts` says `figures: none` but states `reads`')
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/)
  })
})
