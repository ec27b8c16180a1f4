import {Chalk} from 'chalk'
import {PLAIN, type Style} from '../render/style.js'

/**
 * Colour only for a person at a terminal: never when stdout is not a TTY, when
 * NO_COLOR is set (https://no-color.org), or with --no-color.
 */
export function terminalStyle(colorFlag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): Style {
  const wanted = colorFlag ?? (stream.isTTY === true && !process.env.NO_COLOR)
  if (!wanted) return PLAIN
  const chalk = new Chalk({level: 1})
  return {heading: chalk.bold, dim: chalk.dim, good: chalk.green, bad: chalk.red}
}
