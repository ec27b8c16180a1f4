import {readdirSync, readFileSync} from 'node:fs'
import type {Outcome} from '../../src/commands/command.js'
import {ROOT} from '../helpers/spec.js'
import {sizeup} from '../helpers/analysis.js'

/** The bad-input corpus: one file per way a spec can be wrong or hostile. */
export const CORPUS_DIR = 'test/fixtures/bad'

/** What the CLI must say about a corpus file: its exit code and the first located message. */
export interface Expectation {
  /** 2 bad input; 0 for hostile text the report must render harmlessly. */
  readonly exit: 0 | 1 | 2
  /** `line:column` of the first diagnostic (exit 2). */
  readonly at?: string
  /** A substring of the first diagnostic's message (exit 2). */
  readonly message?: string
  /** Text the Markdown report must not contain (exit 0). */
  readonly reportMustNotContain?: readonly string[]
}

export function corpusFiles(): string[] {
  return readdirSync(`${ROOT}/${CORPUS_DIR}`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
}

export function expectations(): Readonly<Record<string, Expectation>> {
  return JSON.parse(readFileSync(`${ROOT}/${CORPUS_DIR}/expected.json`, 'utf8')) as Record<string, Expectation>
}

/** Runs `estimate --json` and `report` in-process, as the CLI does (paths relative to the repository, as CI gives them). */
export async function runBoth(file: string): Promise<{estimate: Outcome; report: Outcome}> {
  const estimate = (await sizeup(['estimate', file, '--json'])).outcome
  const report = (await sizeup(['report', file])).outcome
  return {estimate, report}
}

/** What no output of sizeup may contain, whatever the input: a stack trace, or a number that is not one. */
export function forbidden(text: string): string[] {
  const found: string[] = []
  if (/^\s+at .+[(:]\d+/m.test(text) || /\bError: /.test(text)) found.push('a stack trace')
  if (/\bNaN\b/.test(text)) found.push('NaN')
  if (/\bInfinity\b/.test(text)) found.push('Infinity')
  return found
}
