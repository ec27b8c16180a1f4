import {SpecError} from '../spec/diagnostic.js'

/**
 * What a command writes and how its command line names the path: the words of
 * every message about that output, so `init` never speaks of a `-o` it does not have.
 */
export interface OutputRole {
  /** `the report`, `the samples`, `the spec`. */
  readonly noun: string
  /** Where the path came from: `-o`, `--samples-out`, `sizeup init`. */
  readonly flag: string
}

export const REPORT_OUTPUT: OutputRole = {noun: 'the report', flag: '-o'}

/** A refused or failed output, located at the path as given, with the promise that nothing was written. */
export function cannotWrite(path: string, reason: string, role: OutputRole): SpecError {
  return new SpecError([{file: path, line: 1, column: 1, path: '', message: `cannot write ${role.noun}: ${reason}`, hint: `check the path given to ${role.flag}; nothing was written`}])
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its directory does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file would be too large for the file system',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many levels of symbolic links',
  EPIPE: 'its reader closed it before everything was written',
  ENXIO: 'nothing is reading it (a FIFO needs a reader), or no device is behind it',
  EBUSY: 'it is busy',
  ETXTBSY: 'it is a running program',
}

/** A failure of the file system in words; anything that is not one (a bug) is rethrown as it is. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code
  if (typeof code !== 'string') throw e
  return REASONS[code] ?? `it cannot be written (${code})`
}
