import type {DesignReport, Risk} from '../../analysis/report.js'
import {code, md} from '../../spec/sinks/markdown.js'
import {decisionName, optionName} from './summary.js'

export interface RisksView {
  readonly items: readonly {readonly kind: string; readonly text: string}[]
}

type Unstated = Extract<Risk, {kind: 'unstated-fact'}>

/**
 * One line per failed check and per close call; unstated facts that matter to
 * the same decisions share a line (a workload that states neither
 * `transactions` nor `relationships` is one finding for its data store).
 */
export function risksView(report: DesignReport): RisksView {
  const items: {kind: string; text: string}[] = []
  const unstated = new Map<string, Unstated[]>()
  for (const risk of report.risks) {
    if (risk.kind === 'failed-check') items.push({kind: 'Failed check', text: `${md(risk.message)} (${risk.metrics.map((m) => code(m, false)).join(' vs ')}).`})
    else if (risk.kind === 'close-call') items.push({kind: 'Close call', text: closeCall(risk, report)})
    else {
      const key = risk.decisions.join('\n')
      unstated.set(key, [...(unstated.get(key) ?? []), risk])
    }
  }
  for (const group of unstated.values()) items.push({kind: 'Not stated', text: notStated(group, report)})
  return {items}
}

function closeCall(risk: Extract<Risk, {kind: 'close-call'}>, report: DesignReport): string {
  const d = report.decisions.find((x) => x.id === risk.decision)
  if (!d || !d.runnerUp) return code(risk.decision, false)
  const runnerUp = optionName(d.runnerUp)
  const how = risk.marginPoints === 0 ? `ties with ${runnerUp} and wins on the matrix's order` : `leads ${runnerUp} by ${risk.marginPoints} point${risk.marginPoints === 1 ? '' : 's'}`
  return `${decisionName(d)}: ${optionName(d.choice)} ${how}; one criterion the other way would change the choice.`
}

function notStated(group: readonly Unstated[], report: DesignReport): string {
  const facts = group.map((r) => (r.path === null ? code(r.fact, false) : `${code(r.fact, false)} (${code(r.path, false)})`))
  const decisions = group[0]!.decisions.map((id) => {
    const d = report.decisions.find((x) => x.id === id)
    return d ? decisionName(d) : code(id, false)
  })
  const one = facts.length === 1
  return `${list(facts)} ${one ? 'is' : 'are'} not known from the spec, and some value of ${one ? 'it' : 'each'} would change: ${decisions.join('; ')}.`
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
