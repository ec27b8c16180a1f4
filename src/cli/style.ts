import {Chalk} from 'chalk'
import type {CheckStyle} from '../render/check/style.js'
import {PLAIN_CHECK} from '../render/check/style.js'
import {PLAIN, type Style} from '../render/style.js'

/**
 * Colour only for a person at a terminal: never when stdout is not a TTY, when
 * NO_COLOR is set (https://no-color.org), or with --no-color. --color forces it.
 */
export function wantsColour(colorFlag: boolean | undefined, stream: {readonly isTTY?: boolean} = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return colorFlag ?? (stream.isTTY === true && !env.NO_COLOR)
}

export function terminalStyle(colorFlag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): Style {
  if (!wantsColour(colorFlag, stream)) return PLAIN
  const chalk = new Chalk({level: 1})
  return {heading: chalk.bold, dim: chalk.dim, good: chalk.green, bad: chalk.red}
}

/** The styles of `check --format stylish`, under the same rule. */
export function checkStyle(colorFlag: boolean | undefined, stream: {readonly isTTY?: boolean} = process.stdout, env: NodeJS.ProcessEnv = process.env): CheckStyle {
  if (!wantsColour(colorFlag, stream, env)) return PLAIN_CHECK
  const chalk = new Chalk({level: 1})
  return {error: chalk.red, warn: chalk.yellow, info: chalk.cyan, good: chalk.green, dim: chalk.dim, bold: chalk.bold}
}
