import {constants, type Stats} from 'node:fs'
import {access, lstat, readdir, readFile, readlink, realpath, stat} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {cannotWrite, type OutputRole, reasonOf} from './write-problem.js'

/**
 * Where an output path really leads, decided before anything is written:
 * - `stdout`, `stderr`: `-`, or a path naming this process's descriptor 1 or 2
 *   (`/dev/stdout`, `/dev/fd/2`, `/proc/self/fd/1`, a link to one of them);
 * - `file`: a regular file, existing or not, reached through any symbolic links
 *   (a dangling link leads to the path it names, as a shell's `>` does):
 *   replaced whole, atomically, keeping its mode;
 * - `stream`: a FIFO, a character device (`/dev/null`, `/dev/full`, a terminal),
 *   or a descriptor another program handed over (`/dev/fd/63` of `>(…)`):
 *   written into, since there is no file to replace.
 * Anything else (a directory, a disk, a socket, standard input, sizeup's own
 * internal pipes) is refused with a located message.
 */
export type OutputTarget = {readonly kind: 'stdout'} | {readonly kind: 'stderr'} | PathTarget

/** A target written through the file system rather than through the process's own streams. */
export type PathTarget = {readonly kind: 'file'; readonly path: string; readonly exists: boolean} | {readonly kind: 'stream'; readonly path: string; readonly type: 'fifo' | 'device' | 'file'}

/** Linux resolves no more links than this in one path; neither does sizeup. */
const MAX_LINKS = 40

/** `/proc/<pid>/fd` or `/proc/<pid>/task/<tid>/fd`, as realpath spells `/dev/fd` and `/proc/self/fd`. */
const DESCRIPTOR_DIR = /^\/proc\/(\d+)(?:\/task\/\d+)?\/fd$/

export async function resolveOutput(given: string, role: OutputRole): Promise<OutputTarget> {
  const refused = (reason: string) => cannotWrite(given, reason, role)
  if (given === '-') return {kind: 'stdout'}
  if (given === '') throw refused('the path is empty')
  if (given.includes('\0')) throw refused('the path contains a NUL character')
  if (/(^|\/)(\.\.?)?$/.test(given)) {
    // `dir/`, `.`, `..`: a name that can only be a directory.
    const isDirectory = await stat(given).then((s) => s.isDirectory(), () => false)
    throw refused(isDirectory ? 'it is a directory' : 'a path ending in `/` names a directory')
  }
  const fail = (e: unknown): never => {
    throw refused(reasonOf(e))
  }
  let path = resolve(given)
  for (let links = 0; ; links++) {
    if (links > MAX_LINKS) throw refused('too many levels of symbolic links')
    const dir = await realpath(dirname(path)).catch(fail)
    const name = basename(path)
    const full = join(dir, name)
    const descriptor = DESCRIPTOR_DIR.exec(dir)
    if (descriptor !== null && /^\d+$/.test(name)) return descriptorTarget(full, Number(descriptor[1]), Number(name), refused)
    const found = await lstat(full).catch((e: unknown) => ((e as NodeJS.ErrnoException).code === 'ENOENT' ? null : fail(e)))
    if (found === null) {
      await access(dir, constants.W_OK).catch(fail)
      return {kind: 'file', path: full, exists: false}
    }
    if (!found.isSymbolicLink()) return existing(full, found, refused)
    await refuseForeignLink(dir, found, refused)
    path = resolve(dir, await readlink(full).catch(fail))
  }
}

/** An existing thing that is not a link: a regular file to replace, a stream to write into, or a refusal. */
async function existing(path: string, found: Stats, refused: (reason: string) => Error): Promise<OutputTarget> {
  if (found.isFile()) {
    // Replacing a read-only file would undo what its owner meant by it (as a shell's `>` refuses to).
    await access(path, constants.W_OK).catch(() => {
      throw refused('permission denied (the file is read-only)')
    })
    return {kind: 'file', path, exists: true}
  }
  if (found.isFIFO()) return {kind: 'stream', path, type: 'fifo'}
  if (found.isCharacterDevice()) return {kind: 'stream', path, type: 'device'}
  throw refused(found.isDirectory() ? 'it is a directory' : found.isBlockDevice() ? 'it is a block device (a disk), which sizeup never writes' : found.isSocket() ? 'it is a socket, not a file' : 'it is not a file, a FIFO or a device')
}

/**
 * `/proc/<pid>/fd/<n>`: this process's 1 and 2 are its standard output and
 * error; its 0 is the input it reads. Any other of its own descriptors is
 * written if a parent handed it over for that (`3>>log`, `>(gzip)`), but not
 * if it is open for reading only, nor if it is a pipe whose other end this
 * process holds too: Node's own wake-up and signal pipes are such pairs, and
 * writing into them would break it (or, full, hang it). Another process's
 * descriptor is whatever it leads to, written into and never replaced.
 */
async function descriptorTarget(path: string, pid: number, fd: number, refused: (reason: string) => Error): Promise<OutputTarget> {
  if (pid === process.pid) {
    if (fd === 1) return {kind: 'stdout'}
    if (fd === 2) return {kind: 'stderr'}
    if (fd === 0) throw refused('it is standard input, which sizeup reads')
    const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8').catch(() => null)
    if (info === null) throw refused('no such file descriptor')
    const flags = Number.parseInt(/^flags:\s*([0-7]+)$/m.exec(info)?.[1] ?? '', 8)
    if (Number.isNaN(flags) || (flags & 3) === constants.O_RDONLY) throw refused('the descriptor is open for reading only')
    if (await pipeToSelf(fd)) throw refused("it is one of sizeup's own pipes, which nothing else reads")
  }
  const found = await stat(path).catch((e: unknown) => {
    throw refused((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file descriptor' : reasonOf(e))
  })
  // A regular file behind a descriptor is appended to: it is the file the descriptor was opened on, not a name to replace.
  return found.isFile() ? {kind: 'stream', path, type: 'file'} : existing(path, found, refused)
}

/** Whether descriptor `fd` of this process is a pipe another of its descriptors also holds (so this process is its reader). */
async function pipeToSelf(fd: number): Promise<boolean> {
  const pipe = await readlink(`/proc/self/fd/${fd}`).catch(() => '')
  if (!pipe.startsWith('pipe:')) return false
  const others = (await readdir('/proc/self/fd').catch(() => [])).filter((n) => n !== String(fd))
  for (const other of others) if ((await readlink(`/proc/self/fd/${other}`).catch(() => '')) === pipe) return true
  return false
}

/**
 * The kernel's rule for links in shared directories (fs.protected_symlinks),
 * which a path resolved by hand would bypass: in a sticky directory that all
 * may write to (/tmp), a link is followed only if its owner is this user or the
 * directory's owner, so no one can plant `/tmp/design.md` → `~/.profile`.
 */
async function refuseForeignLink(dir: string, link: Stats, refused: (reason: string) => Error): Promise<void> {
  const euid = process.geteuid?.()
  if (euid === undefined || link.uid === euid) return
  const parent = await stat(dir)
  const shared = (parent.mode & constants.S_IWOTH) !== 0 && (parent.mode & 0o1000) !== 0
  if (shared && link.uid !== parent.uid) throw refused('it is a symbolic link in a shared directory, owned by another user')
}
