import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Ajv from 'ajv'
import {afterAll, describe, expect, it} from 'vitest'
import {parse, parseAllDocuments} from 'yaml'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'
import {OPENSLO_V1, SLOTH_PROMETHEUS_V1} from './slo-schemas.js'

const FEED = 'examples/social-feed.yaml'
const ajv = new Ajv({allErrors: true})
const openslo = ajv.compile(OPENSLO_V1)
const slothSpec = ajv.compile(SLOTH_PROMETHEUS_V1)
const dir = mkdtempSync(join(tmpdir(), 'sizeup-export-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

interface Doc {
  readonly kind: string
  readonly metadata: {readonly name: string; readonly annotations?: Record<string, string>}
  readonly spec: Record<string, any>
}

function documents(text: string): Doc[] {
  const docs = parseAllDocuments(text)
  if (!Array.isArray(docs)) throw new Error('not a YAML stream')
  for (const d of docs) expect(d.errors).toEqual([])
  return docs.map((d) => d.toJS() as Doc)
}

describe('sizeup export openslo', () => {
  it('writes OpenSLO v1 documents that validate, every reference resolving', async () => {
    const r = await sizeup(['export', 'openslo', FEED])
    expect(r.status).toBe(0)
    const docs = documents(r.stdout)
    for (const d of docs) expect(openslo(d) ? [] : openslo.errors).toEqual([])
    expect(docs.map((d) => d.kind)).toEqual(['Service', 'SLI', 'AlertNotificationTarget', 'AlertNotificationTarget', ...Array(3).fill(['AlertCondition', 'AlertPolicy']).flat(), 'SLO'])
    const named = (kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name)
    const slo = docs.find((d) => d.kind === 'SLO')!
    expect(named('Service', slo.spec.service)).toBeDefined()
    expect(named('SLI', slo.spec.indicatorRef)).toBeDefined()
    for (const {alertPolicyRef} of slo.spec.alertPolicies) {
      const policy = named('AlertPolicy', alertPolicyRef)!
      expect(named('AlertCondition', policy.spec.conditions[0].conditionRef)).toBeDefined()
      expect(named('AlertNotificationTarget', policy.spec.notificationTargets[0].targetRef)).toBeDefined()
    }
    // social-feed: availability 99.99 %, the default 30-day rolling window.
    expect(slo.spec.objectives).toEqual([{displayName: 'availability', target: 0.9999}])
    expect(slo.spec.timeWindow).toEqual([{duration: '30d', isRolling: true}])
    expect(slo.spec.budgetingMethod).toBe('Occurrences')
    // The SRE Workbook's Table 5-8 for 30 days: 14.4× over 1 h (5 min), 6× over 6 h (30 min), 1× over 3 days (6 h).
    const conditions = docs.filter((d) => d.kind === 'AlertCondition').map((d) => ({severity: d.spec.severity, ...d.spec.condition, short: d.metadata.annotations!['sizeup/short-window']}))
    expect(conditions).toEqual([
      {severity: 'page', kind: 'burnrate', op: 'gte', threshold: 14.4, lookbackWindow: '1h', alertAfter: '5m', short: '5m'},
      {severity: 'page', kind: 'burnrate', op: 'gte', threshold: 6, lookbackWindow: '6h', alertAfter: '30m', short: '30m'},
      {severity: 'ticket', kind: 'burnrate', op: 'gte', threshold: 1, lookbackWindow: '3d', alertAfter: '6h', short: '6h'},
    ])
    // The SLI's queries are marked for the user to fill in.
    expect(named('SLI', slo.spec.indicatorRef)!.spec.ratioMetric.good.metricSource.spec.query).toMatch(/^FILL_IN: /)
  })

  it('follows a stated window and target: 28 days at 99.95 %', async () => {
    const spec = `${MINIMAL}slo:\n  availability: 99.95%\n  window: 28 days\n`
    const r = await sizeup(['export', 'openslo', '-'], spec)
    expect(r.status).toBe(0)
    const docs = documents(r.stdout)
    for (const d of docs) expect(openslo(d) ? [] : openslo.errors).toEqual([])
    const slo = docs.find((d) => d.kind === 'SLO')!
    expect(slo.spec.objectives[0].target).toBe(0.9995)
    expect(slo.spec.timeWindow[0].duration).toBe('28d')
    // 0.02 × 672 h ÷ 1 h = 13.44; 0.05 × 672 ÷ 6 = 5.6; 0.10 × 672 ÷ 72 = 0.9333333333
    expect(docs.filter((d) => d.kind === 'AlertCondition').map((d) => d.spec.condition.threshold)).toEqual([13.44, 5.6, 0.9333333333])
    expect(slo.metadata.name).toBe('minimal-availability')
  })

  it('--format sloth writes a Sloth prometheus/v1 spec that validates', async () => {
    const r = await sizeup(['export', 'openslo', FEED, '--format', 'sloth'])
    expect(r.status).toBe(0)
    const spec = parse(r.stdout)
    expect(slothSpec(spec) ? [] : slothSpec.errors).toEqual([])
    expect(spec.slos[0].objective).toBe(99.99)
    expect(spec.service).toBe('social-feed')
    expect(r.stdout).toContain('--default-slo-period=30d')
  })

  it('--json prints the same documents as JSON', async () => {
    const yaml = documents((await sizeup(['export', 'openslo', FEED])).stdout)
    const asJson = await sizeup(['export', 'openslo', FEED, '--json'])
    expect(JSON.parse(asJson.stdout)).toEqual(yaml)
    const sloth = await sizeup(['export', 'openslo', FEED, '--format', 'sloth', '--json'])
    expect(slothSpec(JSON.parse(sloth.stdout))).toBe(true)
  })

  it('is byte-identical run to run, and -o writes the same text', async () => {
    const a = await sizeup(['export', 'openslo', FEED])
    const b = await sizeup(['export', 'openslo', FEED])
    expect(a.stdout).toBe(b.stdout)
    const out = join(dir, 'slo.yaml')
    const w = await sizeup(['export', 'openslo', FEED, '-o', out])
    expect(w).toMatchObject({status: 0, stdout: ''})
    expect(readFileSync(out, 'utf8')).toBe(a.stdout)
  })

  it('makes any spec name an RFC 1123 name, and keeps the name itself only as a quoted display name', async () => {
    const spec = MINIMAL.replace('name: Minimal', 'name: "Ünïcode: Shop #1\\n---\\nkind: Evil"') + 'slo: {availability: 99.9%}\n'
    const r = await sizeup(['export', 'openslo', '-'], spec)
    expect(r.status).toBe(0)
    const docs = documents(r.stdout)
    expect(docs).toHaveLength(11)
    for (const d of docs) expect(openslo(d) ? [] : openslo.errors).toEqual([])
    expect(docs[0]!.metadata).toEqual({name: 'unicode-shop-1-kind-evil', displayName: 'Ünïcode: Shop #1\n---\nkind: Evil'})
  })

  it('refuses a spec without an availability SLO (exit 2, nothing on stdout)', async () => {
    const r = await sizeup(['export', 'openslo', '-'], MINIMAL)
    expect(r).toMatchObject({status: 2, stdout: ''})
    expect(r.stderr).toContain('the spec states no availability SLO to export')
  })

  it('refuses an unknown target', async () => {
    const r = await sizeup(['export', 'prometheus', FEED])
    expect(r.status).toBe(2)
  })
})
