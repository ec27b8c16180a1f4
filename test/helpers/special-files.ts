import {closeSync, constants, openSync} from 'node:fs'
import {createServer, Socket} from 'node:net'
import {join} from 'node:path'
import {runProcess} from './binary.js'

/**
 * Devices, FIFOs and sockets for the output tests, made in a scratch
 * directory. A device is a private node with the numbers of /dev/null or
 * /dev/full where mknod is allowed (root), so a sizeup that wrongly replaced
 * it would destroy a copy and never the machine's own; elsewhere the real one
 * is used (which a user cannot replace anyway).
 */
export async function charDevice(dir: string, name: 'null' | 'full'): Promise<string> {
  const path = join(dir, `dev-${name}`)
  const made = await runProcess('mknod', [path, 'c', '1', name === 'null' ? '3' : '7'])
  return made.status === 0 ? path : `/dev/${name}`
}

/** A block device node (a loop device's numbers), or null where mknod is not allowed. */
export async function blockDevice(dir: string): Promise<string | null> {
  const path = join(dir, 'dev-loop')
  return (await runProcess('mknod', [path, 'b', '7', '0'])).status === 0 ? path : null
}

export async function fifo(dir: string, name = 'pipe'): Promise<string> {
  const path = join(dir, name)
  const made = await runProcess('mkfifo', [path])
  if (made.status !== 0) throw new Error(`mkfifo: ${made.stderr}`)
  return path
}

/**
 * Opens the reading end of a FIFO (without waiting for a writer, so the reader
 * is there before the writer looks for one) and collects what arrives until
 * the writer closes it.
 */
export function readFifo(path: string): Promise<string> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  const socket = new Socket({fd, readable: true, writable: false})
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    socket.on('error', reject)
    socket.on('end', () => {
      socket.destroy()
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
  })
}

/** A listening Unix socket at `path`; call the result to close it. */
export async function unixSocket(path: string): Promise<() => void> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(path, resolve))
  return () => server.close()
}

/** A descriptor of this process on `path`, for `/dev/fd/N`; call the result to close it. */
export function descriptor(path: string, flags: string): {fd: number; close: () => void} {
  const fd = openSync(path, flags)
  return {fd, close: () => closeSync(fd)}
}
