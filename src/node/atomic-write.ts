import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import {link, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {onExit} from 'signal-exit'
import replaceAtomically from 'write-file-atomic'
import {type PathTarget, resolveOutput} from './output-target.js'
import {writeStream} from './stream-write.js'
import {cannotWrite, type OutputRole, REPORT_OUTPUT, reasonOf} from './write-problem.js'

/**
 * Writes an output all at once or not at all, wherever its path leads
 * (`resolveOutput`): a regular file is replaced by a temporary file written
 * beside it, flushed and renamed over it (write-file-atomic), keeping the
 * replaced file's mode and owner, through any symbolic links to it; a FIFO or
 * a device is written into; `-` and /dev/stdout write to standard output. A
 * signal removes the temporary file before the process ends; a failure leaves
 * the previous file as it was and becomes a located diagnostic.
 */
export async function writeFileAtomic(path: string, text: string, role: OutputRole = REPORT_OUTPUT): Promise<void> {
  const target = await resolveOutput(path, role)
  if (target.kind === 'stdout' || target.kind === 'stderr') await writeToProcess(target.kind, text)
  else await writeTarget(target, path, text, role)
}

/** Writes a file or stream target resolved beforehand; `given` is the path as the user wrote it, for messages. */
export async function writeTarget(target: PathTarget, given: string, text: string, role: OutputRole): Promise<void> {
  try {
    if (target.kind === 'file') await replaceAtomically(target.path, text)
    else await writeStream(target.path, target.type, text)
  } catch (e) {
    // The directory existed when the path was resolved: ENOENT now is /proc or /sys refusing a new file (or the directory removed since).
    const enoent = (e as NodeJS.ErrnoException | null)?.code === 'ENOENT'
    throw cannotWrite(given, enoent ? 'its directory does not accept new files' : reasonOf(e), role)
  }
}

function writeToProcess(kind: 'stdout' | 'stderr', text: string): Promise<void> {
  return new Promise((done, failed) => process[kind].write(text, (e) => (e ? failed(e) : done())))
}

/**
 * Writes a file that must not exist yet, all at once: the text goes to a
 * temporary file, which a hard link then gives the target's name (a link
 * refuses an existing name atomically, so nothing is ever replaced). A signal
 * removes the temporary file before the process ends.
 */
export async function writeNewFile(path: string, text: string): Promise<'written' | 'exists' | 'no-directory'> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  // Synchronous: a signal handler runs as the process ends.
  const removeOnSignal = onExit(() => rmSync(temporary, {force: true}))
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
    removeOnSignal()
    await rm(temporary, {force: true}).catch(() => undefined)
  }
}
