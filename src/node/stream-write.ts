import {close, constants, open as openCallback} from 'node:fs'
import {open} from 'node:fs/promises'
import {Socket} from 'node:net'
import {setTimeout as sleep} from 'node:timers/promises'
import {promisify} from 'node:util'

// A bare descriptor, not a FileHandle: the socket below owns it and closes it, and a FileHandle would close it again.
const openDescriptor = promisify(openCallback)

/** How long a FIFO may go without a reader before the write is given up: a reader started just after sizeup still counts. */
const READER_WAIT_MS = 1000
const READER_POLL_MS = 20

/**
 * Writes into what cannot be replaced: a FIFO, a character device, or a file
 * behind a descriptor (appended to, as the descriptor's owner opened it).
 * Failures (ENOSPC from /dev/full, EPIPE from a reader that left) are thrown
 * as the file system reports them.
 */
export async function writeStream(path: string, type: 'fifo' | 'device' | 'file', text: string): Promise<void> {
  if (type === 'fifo') return writeFifo(path, text)
  const handle = await open(path, constants.O_WRONLY | (type === 'file' ? constants.O_APPEND : 0))
  try {
    await handle.writeFile(text)
  } finally {
    await handle.close()
  }
}

/**
 * A FIFO is opened without blocking, so that one nobody reads fails (ENXIO)
 * instead of hanging; it is retried for a bounded while for a reader starting
 * alongside. Written through a socket over the descriptor, which waits for
 * the reader to drain a full pipe instead of failing with EAGAIN.
 */
async function writeFifo(path: string, text: string): Promise<void> {
  const fd = await openForReader(path)
  let socket: Socket
  try {
    socket = new Socket({fd, readable: false, writable: true})
  } catch (e) {
    close(fd, () => undefined)
    throw e
  }
  await new Promise<void>((done, failed) => {
    socket.once('error', failed)
    socket.end(text, (e?: Error | null) => (e ? failed(e) : done()))
  }).finally(() => socket.destroy())
}

async function openForReader(path: string): Promise<number> {
  for (let waited = 0; ; waited += READER_POLL_MS) {
    try {
      return await openDescriptor(path, constants.O_WRONLY | constants.O_NONBLOCK)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO' || waited >= READER_WAIT_MS) throw e
      await sleep(READER_POLL_MS)
    }
  }
}
