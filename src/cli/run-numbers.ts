import {filterNumbers} from '../numbers/filter.js'
import {REFERENCE_NUMBERS} from '../numbers/generated/reference.js'
import type {Section} from '../numbers/types.js'
import {renderNumbers} from '../render/numbers-text.js'
import type {Outcome} from './outcome.js'
import {terminalStyle} from './style.js'

export interface NumbersOptions {
  readonly words: readonly string[]
  readonly section: Section | undefined
  readonly flag: string | undefined
  readonly json: boolean
  readonly color: boolean | undefined
}

/** `sizeup numbers`: the sourced reference figures, filtered. */
export function runNumbers(options: NumbersOptions): Outcome {
  const found = filterNumbers(REFERENCE_NUMBERS, {words: options.words, section: options.section ?? null, flag: options.flag ?? null})
  const stdout = options.json ? `${JSON.stringify(found, null, 2)}\n` : renderNumbers(found, terminalStyle(options.color))
  return {stdout, stderr: '', exitCode: 0}
}
