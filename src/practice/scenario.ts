import {createRng} from '../quantity/random.js'
import type {Scenario} from './types.js'

/** The seed `sizeup practice` picks a scenario with when neither `--scenario` nor `--seed` is given. */
export const DEFAULT_SEED = 1

/** The scenario a seed picks: the first draw of sizeup's seeded generator, over the scenarios in data order. */
export function pickScenario(scenarios: readonly Scenario[], seed: number): Scenario {
  if (scenarios.length === 0) throw new RangeError('no practice scenarios')
  return scenarios[Math.floor(createRng(seed)() * scenarios.length)]!
}

/** The `--list` text: id, title and number of questions of every scenario. */
export function listScenarios(scenarios: readonly Scenario[]): string {
  const width = Math.max(...scenarios.map((s) => s.id.length))
  const rows = scenarios.map((s) => `${s.id.padEnd(width)}  ${s.title} — ${s.ask.length} questions`)
  return `${rows.join('\n')}\n`
}
