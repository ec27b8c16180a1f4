import {SpecError} from '../spec/diagnostic.js'
import {MAX_SPEC_BYTES} from '../spec/load.js'
import {decodeUtf8, readTextFile} from './read-text.js'

/** A spec's text and the name to report it by (the path as given, or `<stdin>`). */
export interface SpecInput {
  readonly text: string
  readonly file: string
}

/** Reads a spec from a path, or from standard input for `-`. Failures become located diagnostics. */
export async function readSpecInput(arg: string): Promise<SpecInput> {
  if (arg === '-') return {text: await readStdin(), file: '<stdin>'}
  try {
    return {text: await readTextFile(arg), file: arg}
  } catch (e) {
    if (e instanceof SpecError) throw e
    const code = (e as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})`
    throw new SpecError([{file: arg, line: 1, column: 1, path: '', message: reason, hint: code === 'ENOENT' ? 'check the path; `-` reads the spec from standard input' : null}])
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer
    size += buf.length
    chunks.push(buf)
    // Stop reading early, keeping what was read: loadSpec reports the size with a located message.
    if (size > MAX_SPEC_BYTES) return Buffer.concat(chunks).toString('utf8')
  }
  return decodeUtf8(Buffer.concat(chunks), '<stdin>')
}

/**
 * `design.yaml#year3` names a scenario of a spec, anywhere a spec is named
 * (so `sizeup diff spec.yaml#launch spec.yaml#year3` compares two scenarios).
 */
export function splitScenario(arg: string): {path: string; scenario: string | undefined} {
  const m = /^(.*)#([A-Za-z][A-Za-z0-9_-]*)$/.exec(arg)
  return m ? {path: m[1]!, scenario: m[2]!} : {path: arg, scenario: undefined}
}
