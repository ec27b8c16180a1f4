import type {CheckResult, RuleInfo} from '../../check/types.js'
import type {Finding, Severity} from '../../review/types.js'
import {json} from '../../spec/sinks/json.js'

/** Where each rule is documented; SARIF wants an absolute URI (a rule's `helpUri`). */
export const RULES_DOC_URL = 'https://sizeup.dev/docs/rules.md'
export const TOOL_URL = 'https://sizeup.dev/'
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {error: 'error', warn: 'warning', info: 'note'}

/** `relational-write-ceiling` → `RelationalWriteCeiling`, SARIF's readable rule name. */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}

/**
 * A path as given, as a URI reference: relative paths stay relative (each
 * segment percent-encoded, `\` read as `/`); absolute ones become file URIs.
 */
export function artifactUri(path: string): string {
  const posix = path.replaceAll('\\', '/')
  const drive = /^[A-Za-z]:\//.test(posix)
  const encoded = posix
    .split('/')
    .map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)))
    .join('/')
  if (drive) return `file:///${encoded}`
  return posix.startsWith('/') ? `file://${encoded}` : encoded
}

function rule(r: RuleInfo): Record<string, unknown> {
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: {text: r.summary},
    fullDescription: {text: r.description},
    help: {text: `How to fix: ${r.fix}`},
    helpUri: `${RULES_DOC_URL}#${r.id}`,
    defaultConfiguration: {level: LEVEL[r.defaultSeverity]},
  }
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? {ruleIndex} : {}),
    level: LEVEL[f.severity],
    message: {text: `${f.message}\nHow to fix: ${f.hint}`},
    locations: [{physicalLocation: {artifactLocation: {uri: artifactUri(f.file)}, region: {startLine: f.line, startColumn: f.column}}}],
    // SARIF's kinds: `inSource` for the spec's own `suppress:`, `external` for a baseline file beside it.
    ...(f.suppressed ? {suppressions: [{kind: f.suppressed.by === 'baseline' ? 'external' : 'inSource', status: 'accepted', justification: f.suppressed.reason}]} : {}),
    ...(f.metrics.length > 0 || f.path !== '' ? {properties: {path: f.path, metrics: f.metrics}} : {}),
  }
}

/**
 * SARIF 2.1.0: one run of sizeup with every rule's metadata (so a code
 * scanner can tell a rule that found nothing from one that does not exist),
 * and one result per finding, suppressed ones carrying their justification.
 * Columns count UTF-16 code units, as the YAML positions do.
 */
export function sarifLog(check: CheckResult): Record<string, unknown> {
  const ids = check.rules.map((r) => r.id)
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: check.tool.name, version: check.tool.version, informationUri: TOOL_URL, rules: check.rules.map(rule)}},
        columnKind: 'utf16CodeUnits',
        results: check.files.flatMap((file) => file.findings.map((f) => result(f, ids.indexOf(f.ruleId)))),
      },
    ],
  }
}

export function formatSarif(check: CheckResult): string {
  return `${json(sarifLog(check))}\n`
}
