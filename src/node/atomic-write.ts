import {randomBytes} from 'node:crypto'
import {link, open, realpath, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {SpecError} from '../spec/diagnostic.js'

/**
 * Writes a file all at once or not at all (the text whole, or in pieces, so
 * that a large file need not be held as one string): it goes to a temporary file
 * in the same directory (same file system, so the rename is atomic), which
 * then replaces the target. On any failure the temporary file is removed and
 * an existing target is left as it was. Failures become a located diagnostic.
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string>, what: {readonly noun: string; readonly flag: string} = {noun: 'the report', flag: '-o'}): Promise<void> {
  const temporary = temporaryName(path)
  try {
    const handle = await open(temporary, 'wx')
    try {
      // Each writeFile continues where the last one ended.
      for (const piece of typeof text === 'string' ? [text] : text) await handle.writeFile(piece)
      await handle.sync() // on disk before it replaces the old file, so a crash cannot leave it empty
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (e) {
    await rm(temporary, {force: true}).catch(() => undefined)
    const code = (e as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code === 'ENOTDIR' ? 'a part of the path is a file, not a directory' : code === 'EROFS' ? 'the file system is read-only' : `it cannot be written (${code ?? 'unknown error'})`
    throw new SpecError([{file: path, line: 1, column: 1, path: '', message: `cannot write ${what.noun}: ${reason}`, hint: `check the path given to ${what.flag}; nothing was written`}])
  }
}

/** The same file, following symbolic links when the path exists. */
async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path))
}

/**
 * Refuses an output path that names one of the command's input files: `-o
 * design.yaml` would replace the spec with its own report.
 */
export async function refuseInputAsOutput(output: string, inputs: readonly (string | undefined)[], flag: string): Promise<void> {
  const target = await canonical(output)
  for (const input of inputs) {
    if (input === undefined || input === '-') continue
    if ((await canonical(input)) === target) {
      throw new SpecError([{file: output, line: 1, column: 1, path: '', message: `${flag} names the input file \`${input}\`; writing there would replace it`, hint: `give ${flag} another file, e.g. \`design.md\`; nothing was written`}])
    }
  }
}

/**
 * Writes a file that must not exist yet, all at once: the text goes to a
 * temporary file, which a hard link then gives the target's name (a link
 * refuses an existing name atomically, so nothing is ever replaced).
 */
export async function writeNewFile(path: string, text: string): Promise<'written' | 'exists' | 'no-directory'> {
  const temporary = temporaryName(path)
  try {
    await writeFile(temporary, text, {flag: 'wx'})
    await link(temporary, path)
    return 'written'
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return 'exists'
    if (code === 'ENOENT') return 'no-directory'
    throw e
  } finally {
    await rm(temporary, {force: true}).catch(() => undefined)
  }
}

/** A hidden file beside the target (same directory, so the same file system), with a random part. */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}
