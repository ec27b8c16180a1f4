import {randomBytes} from 'node:crypto'
import {rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {SpecError} from '../spec/diagnostic.js'

/**
 * Writes a file all at once or not at all: the text goes to a temporary file
 * in the same directory (same file system, so the rename is atomic), which
 * then replaces the target. On any failure the temporary file is removed and
 * an existing target is left as it was. Failures become a located diagnostic.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text, {flag: 'wx'})
    await rename(temporary, path)
  } catch (e) {
    await rm(temporary, {force: true}).catch(() => undefined)
    const code = (e as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : `it cannot be written (${code ?? 'unknown error'})`
    throw new SpecError([{file: path, line: 1, column: 1, path: '', message: `cannot write the report: ${reason}`, hint: 'check the path given to -o; nothing was written'}])
  }
}
