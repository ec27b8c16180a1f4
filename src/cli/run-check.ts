import {checkFile, rulesInfo, type RuleSet} from '../check/check-file.js'
import {fileFails} from '../check/summary.js'
import type {CheckedFile, CheckResult} from '../check/types.js'
import {loadConfig} from '../config/load.js'
import {type CheckConfig, DEFAULT_CONFIG} from '../config/types.js'
import {type CheckFormat, formatCheck} from '../render/check/index.js'
import {RULE_DATA} from '../review/generated/rules-data.js'
import {RULES} from '../review/ruleset.js'
import type {Severity} from '../review/types.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {loadSpec} from '../spec/load.js'
import {discoverConfig, readConfigFile} from './config-file.js'
import {analyseSpec, knowledgeFor} from './design-pipeline.js'
import {readSpecInput} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {checkStyle} from './style.js'

export interface CheckOptions {
  readonly files: readonly string[]
  /** A configuration for every file, instead of finding one next to each. */
  readonly config: string | undefined
  readonly format: CheckFormat
  readonly overlay: string | undefined
  /** Overrides the configurations' `failOn`. */
  readonly failOn: Severity | undefined
  readonly color: boolean | undefined
  readonly version: string
}

const SHIPPED: RuleSet = {rules: RULES, data: RULE_DATA}

/**
 * `sizeup check`: every spec analysed, reviewed and measured against its
 * configuration's budgets. Exit 0 when nothing reaches the fail level, 1
 * when something does, 2 when any input (spec, configuration, overlay) is
 * wrong — with the problems of all of them at once, and nothing on stdout.
 */
export function runCheck(options: CheckOptions, ruleSet: RuleSet = SHIPPED): Promise<Outcome> {
  return withDiagnostics(async () => {
    const files = [...new Set(options.files)].sort((a, b) => a.localeCompare(b, 'en'))
    const configs = new Map<string, Promise<CheckConfig>>()
    const configAt = (path: string | null): Promise<CheckConfig> => {
      if (path === null) return Promise.resolve(DEFAULT_CONFIG)
      let loaded = configs.get(path)
      if (!loaded) {
        loaded = readConfigFile(path).then((text) => loadConfig(text, path, ruleSet))
        configs.set(path, loaded)
      }
      return loaded
    }
    const knowledge = knowledgeFor(options.overlay)
    const inputs = files.map((file) => ({
      spec: readSpecInput(file).then((input) => loadSpec(input.text, input.file)),
      config: (options.config !== undefined ? Promise.resolve(options.config) : discoverConfig(file)).then(configAt),
    }))
    const settled = await Promise.allSettled([knowledge, ...inputs.flatMap((i) => [i.spec, i.config])])
    const problems = new Map<string, Diagnostic>()
    const add = (list: readonly Diagnostic[]): void => {
      for (const d of list) problems.set(`${d.file}:${d.line}:${d.column}:${d.message}`, d)
    }
    for (const r of settled) {
      if (r.status === 'fulfilled') continue
      if (!(r.reason instanceof SpecError)) throw r.reason
      add(r.reason.diagnostics)
    }
    const checked: CheckedFile[] = []
    const [knowledgeResult] = settled
    if (knowledgeResult?.status === 'fulfilled') {
      const applied = await knowledge
      for (const input of inputs) {
        const [spec, config] = await Promise.allSettled([input.spec, input.config])
        if (spec.status === 'rejected' || config.status === 'rejected') continue
        const {file, diagnostics} = checkFile(analyseSpec(spec.value, applied), config.value, ruleSet, options.failOn)
        add(diagnostics)
        checked.push(file)
      }
    }
    if (problems.size > 0) throw new SpecError([...problems.values()])
    const result: CheckResult = {tool: {name: 'sizeup', version: options.version}, rules: rulesInfo(ruleSet), files: checked}
    const stdout = formatCheck(result, options.format, options.format === 'stylish' ? checkStyle(options.color) : undefined)
    const warnings = [...new Set((await knowledge).warnings)].map((w) => `sizeup: overlay: ${w}\n`).join('')
    return {stdout, stderr: warnings, exitCode: checked.some(fileFails) ? 1 : 0}
  })
}
