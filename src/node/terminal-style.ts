import {Chalk} from 'chalk'
import {type CheckStyle, PLAIN_CHECK} from '../render/check/style.js'
import {PLAIN, type Style} from '../render/style.js'

/** What the colour decision reads: whether standard output is a terminal, and the environment. */
export interface Terminal {
  readonly stdout: {readonly isTTY?: boolean}
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Colour for a person at a terminal: --color and --no-color decide first;
 * then FORCE_COLOR, set and not empty, forces it on (https://force-color.org,
 * over NO_COLOR as its reference code has it), except `0` and `false`, which
 * Node and chalk read as off; then NO_COLOR, set and not empty, turns it off
 * (https://no-color.org); otherwise only when stdout is a TTY.
 */
export function wantsColour(colorFlag: boolean | undefined, terminal: Terminal): boolean {
  if (colorFlag !== undefined) return colorFlag
  const force = terminal.env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  return terminal.stdout.isTTY === true && !terminal.env.NO_COLOR
}

export function terminalStyle(colorFlag: boolean | undefined, terminal: Terminal): Style {
  if (!wantsColour(colorFlag, terminal)) return PLAIN
  const chalk = new Chalk({level: 1})
  return {heading: chalk.bold, dim: chalk.dim, good: chalk.green, bad: chalk.red}
}

/** The styles of `check --format stylish`, under the same rule. */
export function checkStyle(colorFlag: boolean | undefined, terminal: Terminal): CheckStyle {
  if (!wantsColour(colorFlag, terminal)) return PLAIN_CHECK
  const chalk = new Chalk({level: 1})
  return {error: chalk.red, warn: chalk.yellow, info: chalk.cyan, good: chalk.green, dim: chalk.dim, bold: chalk.bold}
}
