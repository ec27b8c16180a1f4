import {createAnalyser} from '../../src/analysis/analyser.js'
import {readerOf} from '../../src/analysis/inputs.js'
import {checkFile, rulesInfo} from '../../src/check/check-file.js'
import type {CheckResult} from '../../src/check/types.js'
import {loadConfig} from '../../src/config/load.js'
import type {RuleSet} from '../../src/review/ruleset.js'
import type {Rule, RuleData} from '../../src/review/types.js'

/** A rule that reports one fixed hit (or none), for format tests that must not depend on the shipped rules. */
function fixed(id: string, hit: {path: string; message: string} | null, only?: string): Rule {
  return {
    id,
    summary: `Summary of ${id}.`,
    description: `Description of ${id}: what it looks for, and why it matters.`,
    fix: `fix for ${id}`,
    check: ({model}) => (hit && (only === undefined || model.name === only) ? [{...hit, metrics: ['qps.write.peak']}] : []),
  }
}

/** The message has everything a format must escape: `%`, CR, LF, `:` `,`, XML and Markdown specials, a control character. */
export const AWKWARD = '50% of a:b, c <d> & "e" | `f`\r\nsecond line\u0001'

export const RULE_SET: RuleSet = {
  rules: [
    fixed('awkward-message', {path: 'workloads.items.recordSize', message: AWKWARD}, 'Findings'),
    fixed('quiet-rule', {path: 'users.dau', message: 'a finding below the fail level'}, 'Findings'),
    fixed('accepted-rule', {path: 'workloads.items', message: 'a finding the spec suppresses'}, 'Findings'),
    fixed('never-fires', null),
    fixed('switched-off', {path: 'users.mau', message: 'never reported: the configuration switches the rule off'}),
  ],
  data: {
    'awkward-message': {severity: 'error', thresholds: {}},
    'quiet-rule': {severity: 'info', thresholds: {}},
    'accepted-rule': {severity: 'error', thresholds: {}},
    'never-fires': {severity: 'warn', thresholds: {}},
    'switched-off': {severity: 'error', thresholds: {}},
  } satisfies Record<string, RuleData>,
}

/** A spec file name with the characters GitHub's properties must escape. */
export const ODD_FILE = 'designs/odd: a,b 100%.yaml'
export const CLEAN_FILE = 'designs/clean.yaml'
export const CONFIG_FILE = 'designs/sizeup.config.yaml'

const FINDINGS_SPEC = `name: Findings
users:
  mau: 1M
  dau: 100K
workloads:
  items:
    writes: {perDay: 86.4M}
    recordSize: 1 KB
    retention: 10 days
suppress:
  - rule: accepted-rule
    reason: 'known & accepted, see <ADR-7>'
`
const CLEAN_SPEC = FINDINGS_SPEC.replace('name: Findings', 'name: Clean').replace(/suppress:[\s\S]*$/, '')

const CONFIG = `rules:
  switched-off: off
budgets:
  - qps.write.peak <= 1K
  - storage.total <= 1 PB
`

/** Two specs checked against one configuration with the fixture rules: what the format tests format. */
export async function fixtureResult(): Promise<CheckResult> {
  const config = await loadConfig(CONFIG, CONFIG_FILE, RULE_SET)
  const analyser = createAnalyser({read: readerOf({[CLEAN_FILE]: CLEAN_SPEC, [ODD_FILE]: FINDINGS_SPEC, [CONFIG_FILE]: CONFIG}), rules: RULE_SET})
  const files = []
  for (const [text, file] of [
    [CLEAN_SPEC, CLEAN_FILE],
    [FINDINGS_SPEC, ODD_FILE],
  ] as const) {
    const checked = checkFile(await analyser.analyse({spec: file, config: CONFIG_FILE}), config, RULE_SET, undefined)
    if (checked.diagnostics.length > 0) throw new Error(JSON.stringify(checked.diagnostics))
    files.push(checked.file)
  }
  return {tool: {name: 'sizeup', version: '0.1.0'}, rules: rulesInfo(RULE_SET), files}
}
