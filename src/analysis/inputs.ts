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

/**
 * What a reader throws when no input has the name (rather than one that
 * cannot be read): the analysis may then try another reading of the name.
 */
export class InputNotFound extends SpecError {}

/** A reader over texts held in memory, by name; an unknown name is a located problem. */
export function readerOf(texts: Readonly<Record<string, string>>): Reader {
  const known = new Map(Object.entries(texts))
  return async (name) => {
    const text = known.get(name)
    if (text === undefined) throw new InputNotFound([{file: name, line: 1, column: 1, path: '', message: 'no such input', hint: `the inputs are ${[...known.keys()].map((k) => `\`${k}\``).join(', ')}`}])
    return {text, file: name}
  }
}

/** A spec named with the input it is read from, and the scenario of it to analyse. */
export interface SpecReading {
  readonly path: string
  readonly scenario: string | undefined
}

const SCENARIO_SUFFIX = /^(.*)#([A-Za-z][A-Za-z0-9_-]*)$/

/**
 * The scenario reading of a spec name: `design.yaml#year3` names scenario
 * `year3` of `design.yaml`, anywhere a spec is named (so `sizeup diff
 * spec.yaml#launch spec.yaml#year3` compares two scenarios). Whether it
 * applies depends on that input existing: see specReadings.
 */
export function splitScenario(arg: string): SpecReading {
  const m = SCENARIO_SUFFIX.exec(arg)
  return m ? {path: m[1]!, scenario: m[2]!} : {path: arg, scenario: undefined}
}

/**
 * Every way a spec name may be read, in the order they are tried: first
 * `design.yaml#year3` as scenario `year3` of `design.yaml`; when there is no
 * `design.yaml`, as an input named `design.yaml#year3` itself (a file called
 * `design#v2`). When both exist, the scenario reading wins.
 */
export function specReadings(arg: string): SpecReading[] {
  const split = splitScenario(arg)
  return split.scenario === undefined ? [split] : [split, {path: arg, scenario: undefined}]
}

/**
 * Reads the spec a name stands for (specReadings): the first reading whose
 * input exists. When none does, the problem is the scenario reading's, with
 * a hint that names both.
 */
export async function readSpec(name: string, read: Reader): Promise<{input: SourceText; scenario: string | undefined}> {
  const readings = specReadings(name)
  let missing: InputNotFound | undefined
  for (const reading of readings) {
    try {
      return {input: await read(reading.path, 'spec'), scenario: reading.scenario}
    } catch (e) {
      if (!(e instanceof InputNotFound)) throw e
      missing ??= e
    }
  }
  if (readings.length === 1 || missing === undefined) throw missing
  const [{path, scenario}] = readings as [SpecReading]
  const hint = `\`${name}\` names scenario \`${scenario}\` of \`${path}\`, or a file called \`${name}\`; there is neither`
  throw new InputNotFound(missing.diagnostics.map((d) => ({...d, hint})))
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
