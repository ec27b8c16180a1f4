import {SpecError} from '../spec/diagnostic.js'

/** An input's text and the name to report it by (a path as given, `<stdin>`). */
export interface SourceText {
  readonly text: string
  readonly file: string
}

/**
 * How the analysis reads its inputs: a name in (a path, `-`), text out.
 * Injected, so the analysis itself does no I/O and runs anywhere: the CLI
 * passes a reader of files and standard input (`sizeup/node`), a browser or
 * a test a lookup in a map. A reader reports a missing or unreadable input
 * as a SpecError with a located diagnostic.
 */
export type Reader = (name: string, role?: InputRole) => Promise<SourceText>

/** What an input is for, so a reader can say what to do when it is missing. */
export type InputRole = 'spec' | 'overlay' | 'config'

/** A reader over texts held in memory, by name; an unknown name is a located problem. */
export function readerOf(texts: Readonly<Record<string, string>>): Reader {
  const known = new Map(Object.entries(texts))
  return async (name) => {
    const text = known.get(name)
    if (text === undefined) throw new SpecError([{file: name, line: 1, column: 1, path: '', message: 'no such input', hint: `the inputs are ${[...known.keys()].map((k) => `\`${k}\``).join(', ')}`}])
    return {text, file: name}
  }
}

/**
 * `design.yaml#year3` names a scenario of a spec, anywhere a spec is named
 * (so `sizeup diff spec.yaml#launch spec.yaml#year3` compares two scenarios).
 */
export function splitScenario(arg: string): {path: string; scenario: string | undefined} {
  const m = /^(.*)#([A-Za-z][A-Za-z0-9_-]*)$/.exec(arg)
  return m ? {path: m[1]!, scenario: m[2]!} : {path: arg, scenario: undefined}
}

/**
 * Waits for every input; when any of them is bad, throws one SpecError with
 * the problems of all of them, so a user fixes everything in one round.
 * Anything but bad input (a bug, an I/O failure that is not the user's) is
 * rethrown as it is.
 */
export async function allInputs<T extends readonly unknown[]>(inputs: {readonly [K in keyof T]: Promise<T[K]>}): Promise<T> {
  const settled = await Promise.allSettled(inputs as readonly Promise<unknown>[])
  const failures = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown)
  const other = failures.find((e) => !(e instanceof SpecError))
  if (other !== undefined) throw other
  if (failures.length > 0) throw new SpecError(failures.flatMap((e) => (e as SpecError).diagnostics))
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T
}
