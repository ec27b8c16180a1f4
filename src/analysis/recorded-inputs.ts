/**
 * The inputs an analysis read, kept with the request that read them, so that
 * the same analysis can run again elsewhere (the live HTML page runs it in
 * the browser, on the texts the CLI read, with the spec edited).
 */
import type {AnalysisRequest} from './analyser.js'
import {InputNotFound, type InputRole, type Reader, type SourceText} from './inputs.js'

/** One input as the reader was asked for it (`name`, `role`) and what it gave (`file` names its problems). */
export interface RecordedInput {
  readonly name: string
  readonly role: InputRole
  readonly file: string
  readonly text: string
}

/** What an analysis needs to run again: its request and every text it read. */
export interface RecordedAnalysis {
  readonly request: Pick<AnalysisRequest, 'spec' | 'overlay' | 'config'>
  readonly inputs: readonly RecordedInput[]
}

const ROLES: readonly InputRole[] = ['spec', 'overlay', 'config']

/** A reader that keeps what the reader it wraps gives: the spec, the overlay, the configuration. */
export function recordingReader(read: Reader): {readonly read: Reader; readonly inputs: RecordedInput[]} {
  const inputs: RecordedInput[] = []
  return {
    inputs,
    read: async (name, role = 'spec') => {
      const got = await read(name, role)
      if (!inputs.some((i) => i.name === name && i.role === role)) {
        inputs.push({name, role, file: got.file, text: got.text})
        // In a stable order, not the order the reads finished in (they run together): the same inputs, the same page.
        inputs.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      }
      return got
    },
  }
}

/** A reader over recorded inputs, the spec's text replaced by `specText` when given; a name not recorded is not found. */
export function replayReader(recorded: RecordedAnalysis, specText?: string): Reader {
  return async (name, role = 'spec') => {
    const input = recorded.inputs.find((i) => i.name === name && i.role === role)
    if (input === undefined) throw new InputNotFound([{file: name, line: 1, column: 1, path: '', message: 'no such input', hint: 'the page holds only the inputs the report was made from'}])
    const text = input.role === 'spec' && specText !== undefined ? specText : input.text
    return {text, file: input.file} satisfies SourceText
  }
}
