import {spawn} from 'node:child_process'
import {expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'

it('a reader that stops early (| head) ends sizeup quietly, without a stack trace', async () => {
  // The report is ~100 KB; closing the pipe after the first chunk makes later writes fail with EPIPE.
  const child = spawn(process.execPath, [`${ROOT}/bin/run.js`, 'report', 'examples/social-feed.yaml', '--json'], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  child.stdout.once('data', () => child.stdout.destroy())
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  expect(stderr).not.toMatch(/EPIPE|^\s+at /m)
  expect(code).toBe(0)
})
