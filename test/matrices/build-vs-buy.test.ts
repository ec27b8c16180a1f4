import {describe, expect, it} from 'vitest'
import {flipRangeText} from '../../src/matrices/flip-text.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {FlipPoint, Matrix} from '../../src/matrices/types.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'
import {toFacts} from './cases.js'

/*
 * The build-or-buy decision (data/matrices/build-vs-buy.yaml): asked of each
 * workload that names `capabilities:`, with the flip points of the facts that
 * can change it, worked out by hand.
 */

const matrix = MATRICES.find((m) => m.id === 'build-vs-buy') as Matrix
const flipsOf = (points: readonly FlipPoint[]): Record<string, string[]> =>
  Object.fromEntries(points.filter((p) => p.flips.length > 0).map((p) => [p.fact, p.flips.map((f) => `${f.direction} ${flipRangeText(f, p.unit)} → ${f.becomes?.id ?? 'not asked'}`)]))
const none = {needsObjectStorage: false, needsCdn: false, needsMobilePush: false, needsEmail: false, needsSms: false, needsCardPayments: false, needsDashboards: false, needsAlerting: false, emailsPerDay: null, storageBytes: null, engineers: null, residencyJurisdictions: null}

describe('build or buy', () => {
  it("YouTube's 274 PB of videos: bought, and built from Dropbox's 500 PB", () => {
    // 150 TB a day × 365 × 5 years = 273.75 PB (Xu: "Total daily storage space needed ... 150TB").
    // commodity: buy 1, self-host 1; operated-for-us (under 500 PB): buy 1 → buy 2, self-host 1.
    // At 500 PB or more: operated-for-us off, own-storage-scale build 4 → build 4 > buy 1.
    const d = select(matrix, toFacts({...none, hasCapabilities: true, capabilityNames: 'object storage, a CDN', needsObjectStorage: true, needsCdn: true, storageBytes: 273.75e15}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['buy', 2, 'self-host', 1])
    expect(flipsOf(d.flipPoints)).toEqual({hasCapabilities: ['other no → not asked'], storageBytes: ['up 500 PB or more → build']})
  })

  it('pushes to phones and card payments stay bought whatever else is stated', () => {
    // only-path-to-phones 3 + commodity 1 + operated 1 = buy 5; residency and a team of 100 move self-host to 3 at most.
    const push = select(matrix, toFacts({...none, hasCapabilities: true, capabilityNames: 'push to phones', needsMobilePush: true}))
    expect([push.choice.id, push.choice.score, push.runnerUp?.score]).toEqual(['buy', 5, 1])
    expect(push.reasons[0]).toMatch(/only APNs delivers to Apple devices/)
    const cards = select(matrix, toFacts({...none, hasCapabilities: true, capabilityNames: 'card payments', needsCardPayments: true}))
    expect([cards.choice.id, cards.choice.score]).toEqual(['buy', 5])
    expect(cards.reasons[0]).toMatch(/PCI DSS self-assessment SAQ A/)
    expect(flipsOf(cards.flipPoints)).toEqual({hasCapabilities: ['other no → not asked']})
  })

  it("5 M emails a day is past Gmail's 5,000 a day; dashboards kept in the EU are self-hosted unless the team is one team", () => {
    // bulk-sender (5,000,000 ≥ 5,000): buy 2; commodity 1/1; operated 1 → buy 4, self-host 1.
    const email = select(matrix, toFacts({...none, hasCapabilities: true, capabilityNames: 'email', needsEmail: true, emailsPerDay: 5e6}))
    expect([email.choice.id, email.choice.score]).toEqual(['buy', 4])
    expect(email.reasons[0]).toBe('5 M emails a day is past the 5,000 a day at which Gmail holds a sender to its bulk-sender rules (SPF, DKIM, DMARC, one-click unsubscribe, a spam rate below 0.3 %): the sender reputation an email provider keeps')
    // data-stays-here: self-host 2; commodity 1/1; operated 1 → self-host 3, buy 2.
    // A team of 6 (< 10): small-team buy +1, self-host −1 → buy 3, self-host 2.
    const eu = select(matrix, toFacts({...none, hasCapabilities: true, capabilityNames: 'dashboards, alerting', needsDashboards: true, needsAlerting: true, residencyJurisdictions: 1}))
    expect([eu.choice.id, eu.choice.score, eu.runnerUp?.id, eu.runnerUp?.score]).toEqual(['self-host', 3, 'buy', 2])
    expect(flipsOf(eu.flipPoints).engineers).toEqual(['other below 10 → buy'])
  })

  it('is asked once per workload that names a capability, under its name; not asked without one', async () => {
    const report = await reportOfYaml(`${MINIMAL}    capabilities: [object-storage]\n`)
    const asked = report.decisions.filter((d) => d.matrix === 'build-vs-buy')
    expect(asked.map((d) => [d.id, d.choice.id])).toEqual([['build-vs-buy.items', 'buy']])
    const bare = await reportOfYaml(MINIMAL)
    expect(bare.decisions.some((d) => d.matrix === 'build-vs-buy')).toBe(false)
  })

  it("reads the notification system's three providers from its spec", async () => {
    const report = await reportOfFile('examples/published-designs/xu-notification.yaml')
    const asked = report.decisions.filter((d) => d.matrix === 'build-vs-buy')
    // 10 M push, 1 M SMS, 5 M emails a day: push 5 (only path), SMS 2, email 4 (bulk sender).
    expect(asked.map((d) => [d.id, d.choice.id, d.choice.score])).toEqual([['build-vs-buy.push', 'buy', 5], ['build-vs-buy.sms', 'buy', 2], ['build-vs-buy.email', 'buy', 4]])
  })
})
