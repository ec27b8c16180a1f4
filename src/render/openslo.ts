import {stringify} from 'yaml'
import {BURN_RATE_ALERTS, type BurnRateAlert, burnRateId} from '../engine/burn-rate.js'
import {findMetric} from '../engine/metrics.js'
import type {EstimateReport} from '../analysis/estimate-report.js'
import {json} from '../spec/sinks/json.js'

/**
 * The spec's availability SLO as documents other tools read: OpenSLO v1
 * (Service, SLI, SLO, and per burn-rate alert an AlertCondition and its
 * AlertPolicy, with notification targets) or a Sloth `prometheus/v1` spec.
 * What sizeup cannot know (the queries that count good and total requests,
 * where alerts go) is written as a marked placeholder to fill in. User text
 * (the spec's name) reaches the YAML only through the serializer, never a
 * comment; the output is a pure function of the report, so it is
 * byte-identical for the same spec.
 */

export type SloFormat = 'openslo' | 'sloth'

/** What a reader must replace before the documents mean anything. */
export const FILL_IN = 'FILL_IN'

const MINUTE = 60
const HOUR = 3_600
const DAY = 86_400

/** What the export needs from the report; null when the spec states no availability SLO. */
interface SloFacts {
  readonly name: string
  readonly slug: string
  readonly target: number
  /** The window in clock seconds (the spec's days × 86,400 s). */
  readonly windowSeconds: number
  readonly thresholds: ReadonlyMap<string, number>
}

function facts(report: EstimateReport): SloFacts | null {
  const slo = findMetric(report.metrics, 'input.slo.availability')
  const days = findMetric(report.metrics, 'availability.slo.windowDays')
  if (!slo || !days) return null
  const thresholds = new Map(BURN_RATE_ALERTS.map((a) => [a.name, tidy(findMetric(report.metrics, burnRateId(a.name, 'threshold'))?.value ?? 0)]))
  return {name: report.name, slug: slug(report.name), target: tidy(slo.value), windowSeconds: Math.round(days.value * DAY), thresholds}
}

/** 14.399999999999999 → 14.4: ten significant digits, the precision the spec's numbers carry. */
function tidy(value: number): number {
  return Number(value.toPrecision(10))
}

/**
 * An RFC 1123 label, as OpenSLO names must be: lowercase letters, digits and
 * `-`, starting and ending with a letter or digit; short enough for the
 * longest suffix this export adds (`-burn-rate-ticket`) within 63 characters.
 */
export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return base === '' ? 'service' : base
}

/** OpenSLO's duration shorthand: a positive whole number and one of m, h, d (`30d`, `6h`, `5m`). */
export function shorthand(seconds: number): string {
  if (seconds % DAY === 0) return `${seconds / DAY}d`
  if (seconds % HOUR === 0) return `${seconds / HOUR}h`
  return `${Math.max(1, Math.round(seconds / MINUTE))}m`
}

/** The documents, as YAML (or as JSON: OpenSLO's as an array, Sloth's one object); null when the spec states no availability SLO. */
export function renderSloExport(report: EstimateReport, format: SloFormat, as: 'yaml' | 'json' = 'yaml'): string | null {
  const f = facts(report)
  if (!f) return null
  if (as === 'json') return `${json(format === 'sloth' ? slothSpec(f) : openSloObjects(f))}\n`
  if (format === 'sloth') return `${slothHeader(f).join('\n')}\n${stringify(slothSpec(f), {lineWidth: 0})}`
  return `${HEADER.join('\n')}\n${openSloObjects(f).map((d) => `---\n${stringify(d, {lineWidth: 0})}`).join('')}`
}

const API = 'openslo/v1'
const HEADER = [
  '# OpenSLO v1 documents written by sizeup from the availability SLO of the spec.',
  `# Replace every ${FILL_IN} (the queries that count good and total requests, where alerts go) before use.`,
  '# Burn-rate alerts: the SRE Workbook, ch. 5 "Alerting on SLOs", Table 5-8. OpenSLO v1 has no short window;',
  '# it is written as alertAfter and in the annotation sizeup/short-window.',
]

function doc(kind: string, name: string, spec: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {apiVersion: API, kind, metadata: {name, ...extra}, spec}
}

function conditionName(f: SloFacts, a: BurnRateAlert): string {
  return `${f.slug}-burn-rate-${a.name}`
}

function openSloObjects(f: SloFacts): Record<string, unknown>[] {
  const sli = `${f.slug}-availability`
  const target = (severity: string): string => `${f.slug}-${severity}`
  const query = (what: string) => ({metricSource: {type: FILL_IN, spec: {query: `${FILL_IN}: a query counting ${what} requests`}}})
  return [
    doc('Service', f.slug, {description: 'The service the availability SLO is stated for.'}, {displayName: f.name}),
    doc('SLI', sli, {description: `Share of requests served successfully. ${FILL_IN}: the metric source and both queries.`, ratioMetric: {counter: true, good: query('good (successful)'), total: query('all')}}),
    ...['page', 'ticket'].map((severity) => doc('AlertNotificationTarget', target(severity), {description: `Where ${severity} alerts go. ${FILL_IN}: the target.`, target: FILL_IN})),
    ...BURN_RATE_ALERTS.flatMap((a) => {
      const threshold = f.thresholds.get(a.name) ?? 0
      const long = shorthand(a.longWindowSeconds)
      const short = shorthand(a.shortWindowSeconds)
      const description = `${a.budgetConsumed * 100}% of the error budget spent in ${long}: a burn rate of ${threshold} over ${long} and over the short window ${short} (SRE Workbook, Table 5-8).`
      return [
        doc(
          'AlertCondition',
          conditionName(f, a),
          {description, severity: a.severity, condition: {kind: 'burnrate', op: 'gte', threshold, lookbackWindow: long, alertAfter: short}},
          {annotations: {'sizeup/short-window': short, 'sizeup/budget-consumed': String(a.budgetConsumed)}},
        ),
        doc('AlertPolicy', conditionName(f, a), {
          description,
          alertWhenNoData: false,
          alertWhenBreaching: true,
          alertWhenResolved: false,
          conditions: [{conditionRef: conditionName(f, a)}],
          notificationTargets: [{targetRef: target(a.severity)}],
        }),
      ]
    }),
    doc(
      'SLO',
      sli,
      {
        description: `Availability of ${f.slug}: the share of requests served successfully over a rolling ${shorthand(f.windowSeconds)}.`,
        service: f.slug,
        indicatorRef: sli,
        timeWindow: [{duration: shorthand(f.windowSeconds), isRolling: true}],
        budgetingMethod: 'Occurrences',
        objectives: [{displayName: 'availability', target: f.target}],
        alertPolicies: BURN_RATE_ALERTS.map((a) => ({alertPolicyRef: conditionName(f, a)})),
      },
      {displayName: `${f.name} availability`},
    ),
  ]
}

/** `social-feed` → `SocialFeed`: the Prometheus alert name Sloth gives every alert of the SLO. */
function alertName(s: string): string {
  return `${s.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}HighErrorRate`.replace(/^[0-9]/, 'S$&')
}

function slothHeader(f: SloFacts): string[] {
  const period = shorthand(f.windowSeconds)
  return [
    '# A Sloth spec (prometheus/v1) written by sizeup from the availability SLO of the spec.',
    `# Replace every ${FILL_IN} (the metric and labels that count failed and all requests) before use.`,
    `# Sloth derives the multi-window burn-rate alerts (SRE Workbook, Table 5-8) for its SLO period: generate with`,
    `# \`sloth generate --default-slo-period=${period}\` (30d and 28d are in its default catalogue; others need --slo-period-windows-path).`,
  ]
}

function slothSpec(f: SloFacts): Record<string, unknown> {
  return {
    version: 'prometheus/v1',
    service: f.slug,
    labels: {owner: FILL_IN},
    slos: [
      {
        name: 'requests-availability',
        objective: tidy(f.target * 100),
        description: `Availability of ${f.slug}: the share of requests served successfully.`,
        sli: {
          events: {
            error_query: `sum(rate(${FILL_IN}_requests_total{code=~"5.."}[{{.window}}]))`,
            total_query: `sum(rate(${FILL_IN}_requests_total[{{.window}}]))`,
          },
        },
        alerting: {
          name: alertName(f.slug),
          labels: {category: 'availability'},
          annotations: {summary: 'The error budget of the availability SLO is burning too fast.'},
          page_alert: {labels: {severity: 'page'}},
          ticket_alert: {labels: {severity: 'ticket'}},
        },
      },
    ],
  }
}
