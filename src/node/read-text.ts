import {open} from 'node:fs/promises'
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
 * Reads a file as UTF-8 text, refusing before reading it a file larger than
 * its kind of input may be, so that a huge file costs no memory.
 */
export async function readTextFile(path: string, kind: Pick<InputKind, 'maxBytes' | 'sizeHint'>): Promise<string> {
  const handle = await open(path, 'r')
  try {
    const {size} = await handle.stat()
    if (size > kind.maxBytes) throw new SpecError([tooLarge(path, size, kind)])
    return decodeUtf8(await handle.readFile(), path)
  } finally {
    await handle.close()
  }
}
