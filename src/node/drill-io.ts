import {createInterface} from 'node:readline'
import {SpecError} from '../spec/diagnostic.js'
import {terminal as safe} from '../spec/sinks/terminal.js'
import {SIZE} from './input.js'
import type {ReadLimit} from './read-text.js'

/** Where the drill writes and where its answers come from. */
export interface DrillIO {
  /** Standard output: the whole drill, prompts included. */
  readonly write: (text: string) => void
  /** Shows the prompt and returns the next answer, or null when the answers have run out. */
  readonly read: (prompt: string) => Promise<string | null>
  readonly close: () => void
}

/** The streams a drill runs over. */
export interface DrillStreams {
  readonly stdin: AsyncIterable<Uint8Array> & {readonly isTTY?: boolean}
  readonly stdout: {readonly isTTY?: boolean; write(text: string): unknown}
}

/**
 * Answers from a file when given; otherwise from standard input: typed at a
 * prompt on a terminal, or read line by line from a pipe. Answers that do not
 * come from a person typing are echoed after the prompt, so the output reads
 * as a transcript (made safe for a terminal: an answer is user text too).
 */
export function drillIO(streams: DrillStreams, answers: readonly string[] | null): DrillIO {
  const write = (text: string): void => {
    if (text) streams.stdout.write(text)
  }
  if (answers !== null) {
    let next = 0
    return {
      write,
      read: async (prompt) => {
        if (next >= answers.length) return null
        const line = answers[next++]!
        write(`${prompt}${safe(line)}\n`)
        return line
      },
      close: () => {},
    }
  }
  // Piped or redirected answers: read line by line as they come, but no more than an answers file may hold.
  if (streams.stdin.isTTY !== true || streams.stdout.isTTY !== true) {
    const lines = boundedLines(streams.stdin, '<stdin>', SIZE.answers)
    return {
      write,
      read: async (prompt) => {
        const next = await lines.next()
        if (next.done === true) return null
        write(`${prompt}${safe(next.value)}\n`)
        return next.value
      },
      close: () => void lines.return(undefined),
    }
  }
  // A person at a terminal: readline draws the prompt and the line being typed.
  const rl = createInterface({input: streams.stdin as NodeJS.ReadableStream, output: streams.stdout as NodeJS.WritableStream, terminal: true, crlfDelay: Number.POSITIVE_INFINITY})
  // Ctrl-C ends the drill like the end of input: the score so far is still shown.
  rl.on('SIGINT', () => rl.close())
  const lines = rl[Symbol.asyncIterator]()
  return {
    write,
    read: async (prompt) => {
      rl.setPrompt(prompt)
      rl.prompt()
      const next = await lines.next()
      return next.done === true ? null : next.value
    },
    close: () => rl.close(),
  }
}

/**
 * The lines of a stream as they arrive (split at \n, \r\n or \r, as readline
 * splits them), refusing, located at the stream, more than `limit.maxBytes`
 * in all: `practice < /dev/zero` is one endless line, which readline would
 * hold in memory until the process ran out of it.
 */
export async function* boundedLines(chunks: AsyncIterable<Uint8Array>, name: string, limit: ReadLimit): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8')
  let read = 0
  let pending = ''
  for await (const chunk of chunks) {
    read += chunk.length
    if (read > limit.maxBytes) throw new SpecError([{file: name, line: 1, column: 1, path: '', message: `answers are more than ${limit.maxBytes} bytes; sizeup reads at most ${limit.maxBytes}`, hint: limit.sizeHint}])
    // Only the new text is searched for line breaks (a \r held back from the last chunk included).
    const from = pending.endsWith('\r') ? pending.length - 1 : pending.length
    pending += decoder.decode(chunk, {stream: true})
    let start = 0
    for (let i = from; i < pending.length; i++) {
      const c = pending[i]
      if (c !== '\n' && c !== '\r') continue
      // A \r at the end of what has arrived may be the first half of \r\n: wait for the next chunk.
      if (c === '\r' && i === pending.length - 1) break
      yield pending.slice(start, i)
      if (c === '\r' && pending[i + 1] === '\n') i++
      start = i + 1
    }
    pending = pending.slice(start)
  }
  pending += decoder.decode()
  const last = pending.endsWith('\r') ? pending.slice(0, -1) : pending
  if (pending !== '') yield last
}

/** One answer per line; a final newline does not make an empty answer. */
export function answerLines(text: string): string[] {
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}
