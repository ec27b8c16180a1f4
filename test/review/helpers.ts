import type {Finding} from '../../src/review/types.js'
import {reportOfYaml} from '../helpers/analysis.js'

export interface ReviewOptions {
  /** An organisation overlay, as YAML text: how a test gets decisions or capacities the shipped knowledge would not give. */
  readonly overlay?: string
  readonly file?: string
}

/** The whole pipeline on YAML text: load, estimate, decide, plan, then every rule (the Report's findings). */
export async function review(yaml: string, options: ReviewOptions = {}): Promise<readonly Finding[]> {
  return (await reportOfYaml(yaml, options)).findings
}

/** The findings of one rule on YAML text. */
export async function findingsOf(ruleId: string, yaml: string, options: ReviewOptions = {}): Promise<Finding[]> {
  return (await review(yaml, options)).filter((f) => f.ruleId === ruleId)
}

/** A spec as a test writes it: template literal indentation removed, so line and column numbers are those of the text. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({raw: strings}, ...values).replace(/^\n/, '')
  const indent = Math.min(...text.split('\n').filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length))
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n')
}

/** What a test expects of one finding: message exact (a string) or by its key numbers (a pattern). */
export interface Expected {
  readonly severity: 'info' | 'warn' | 'error'
  readonly line: number
  readonly column: number
  readonly path: string
  readonly message: string | RegExp
  readonly suppressed?: boolean
}

/** One row of a rule's table: a spec, optionally an overlay, and the findings the rule must make of it. */
export interface Case {
  readonly name: string
  readonly spec: string
  readonly overlay?: string
  readonly findings: readonly Expected[]
}

/** The findings of a rule in the shape a case states them. */
export async function actual(ruleId: string, c: Case): Promise<Array<Expected & {ruleId: string}>> {
  const found = await findingsOf(ruleId, c.spec, c.overlay === undefined ? {} : {overlay: c.overlay})
  return found.map((f, i) => {
    const want = c.findings[i]
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      line: f.line,
      column: f.column,
      path: f.path,
      // A pattern matches rather than equals, so the comparison below can stay one toEqual.
      message: want && want.message instanceof RegExp && want.message.test(f.message) ? want.message : f.message,
      ...(want?.suppressed === undefined ? {} : {suppressed: f.suppressed !== null}),
    }
  })
}

/** What actual() returns when the rule does what the case says. */
export function expected(ruleId: string, c: Case): Array<Expected & {ruleId: string}> {
  return c.findings.map((f) => ({ruleId, ...f}))
}

/** A spec with one read workload, the given `slo:` body and whatever follows (usually `components:`). */
export function sloSpec(slo: string, tail = ''): string {
  return `name: T
users: {mau: 1M, dau: 100K}
slo:
${slo}
workloads:
  items:
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
${tail}`
}
