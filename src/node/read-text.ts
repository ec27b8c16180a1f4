import {type FileHandle, open} from 'node:fs/promises'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {type InputKind, tooLarge} from '../spec/mapping-document.js'

const at = (file: string, line: number, column: number, message: string, hint: string | null): Diagnostic => ({file, line, column, path: '', message, hint})

/**
 * Bytes → text, refusing what is not UTF-8 (a replacement character would
 * otherwise slip into names and reports). The problem is located at the first
 * byte that is not part of a valid UTF-8 sequence.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    const good = firstInvalidByte(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, good))
    const lines = before.split('\n')
    const problem = bytes.includes(0)
      ? at(file, 1, 1, 'file is binary, not YAML text', 'give sizeup a YAML file')
      : at(file, lines.length, lines[lines.length - 1]!.length + 1, 'file is not UTF-8 text', 'save the file as UTF-8')
    throw new SpecError([problem])
  }
}

/** Offset of the first byte that does not decode: found by decoding growing prefixes at sequence boundaries. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (length === 0) return i
    try {
      decoder.decode(bytes.subarray(i, i + length))
    } catch {
      return i
    }
    i += length
  }
  return i
}

/**
 * Reads a file as UTF-8 text, at most `kind.maxBytes` of it. The size the
 * file reports only allows an early refusal: /dev/zero, a pipe or a file in
 * /proc reports 0 and then never ends, so the bytes are counted as they are
 * read, and the read stops one byte past the limit.
 */
export async function readTextFile(path: string, kind: ReadLimit): Promise<string> {
  const handle = await open(path, 'r')
  try {
    const {size} = await handle.stat()
    if (size > kind.maxBytes) throw new SpecError([tooLarge(path, size, kind)])
    const bytes = await readAtMost(handle, kind.maxBytes)
    if (bytes === null) throw moreThan(path, kind)
    return decodeUtf8(bytes, path)
  } finally {
    await handle.close()
  }
}

/** The file's bytes if there are at most `max`; null once there is one more. */
async function readAtMost(handle: FileHandle, max: number): Promise<Uint8Array | null> {
  const buffer = new Uint8Array(max + 1)
  let filled = 0
  while (filled < buffer.length) {
    const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, null)
    if (bytesRead === 0) return buffer.subarray(0, filled)
    filled += bytesRead
  }
  return null
}

/**
 * Standard input, at most `limit.maxBytes` of it, as text: the chunks a
 * stream delivers can be of any size, so only as much of each is kept as
 * still fits, and reading stops one byte past the limit.
 */
export async function readTextStream(chunks: AsyncIterable<Uint8Array>, name: string, limit: ReadLimit): Promise<string> {
  const buffer = new Uint8Array(limit.maxBytes + 1)
  let filled = 0
  for await (const chunk of chunks) {
    const taken = Math.min(chunk.length, buffer.length - filled)
    buffer.set(chunk.subarray(0, taken), filled)
    filled += taken
    if (filled > limit.maxBytes) throw moreThan(name, limit)
  }
  return decodeUtf8(buffer.subarray(0, filled), name)
}

/** What an input may hold, and what to say when it holds more. */
export type ReadLimit = Pick<InputKind, 'maxBytes' | 'sizeHint'>

/** An input found to be over its limit as it was read, when its full size is not known (nor read). */
function moreThan(file: string, limit: ReadLimit): SpecError {
  return new SpecError([at(file, 1, 1, `file is more than ${limit.maxBytes} bytes; sizeup reads at most ${limit.maxBytes}`, limit.sizeHint)])
}
