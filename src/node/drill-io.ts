import {createInterface} from 'node:readline'
import {terminal as safe} from '../spec/sinks/terminal.js'

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
  // A person at a terminal: readline draws the prompt and the line being typed. With standard
  // output redirected, the prompt and the answers go to it as a transcript instead.
  const terminal = streams.stdin.isTTY === true && streams.stdout.isTTY === true
  const input = streams.stdin as NodeJS.ReadableStream
  const rl = createInterface({input, output: terminal ? (streams.stdout as NodeJS.WritableStream) : undefined, terminal, crlfDelay: Number.POSITIVE_INFINITY})
  // Ctrl-C ends the drill like the end of input: the score so far is still shown.
  rl.on('SIGINT', () => rl.close())
  const lines = rl[Symbol.asyncIterator]()
  return {
    write,
    read: async (prompt) => {
      if (terminal) {
        rl.setPrompt(prompt)
        rl.prompt()
      }
      const next = await lines.next()
      if (next.done) return null
      if (!terminal) write(`${prompt}${safe(next.value)}\n`)
      return next.value
    },
    close: () => rl.close(),
  }
}

/** One answer per line; a final newline does not make an empty answer. */
export function answerLines(text: string): string[] {
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}
