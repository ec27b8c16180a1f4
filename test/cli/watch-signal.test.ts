import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'

/** The built CLI, a real process and a real Ctrl-C (SIGINT): what the in-process test cannot show. */
describe('estimate --watch in a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizeup-watch-signal-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('prints the estimate, renders again after an edit, and exits 0 on Ctrl-C', async () => {
    const file = join(dir, 'design.yaml')
    writeFileSync(file, 'name: Watched\nusers:\n  dau: 10M\nworkloads:\n  links:\n    writes:\n      perUserPerDay: 1\n')
    const child = spawn(process.execPath, [join(ROOT, 'bin/run.js'), 'estimate', file, '--watch'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    const seen = (test: () => boolean): Promise<void> =>
      new Promise((resolve) => {
        const check = (): void => {
          if (!test()) return
          child.stdout.off('data', check)
          child.stderr.off('data', check)
          resolve()
        }
        child.stdout.on('data', check)
        child.stderr.on('data', check)
        check()
      })
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const ended = new Promise<{status: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('close', (status, signal) => resolve({status, signal})))

    await seen(() => stderr.includes('sizeup: rendered; watching'))
    // 10 M users × 1 write a day = 10 M a day.
    expect(stdout).toContain('Watched — capacity estimate')
    expect(stdout).toContain('10 M')
    writeFileSync(file, 'name: Watched again\nusers:\n  dau: 10M\nworkloads:\n  links:\n    writes:\n      perUserPerDay: 2\n')
    await seen(() => stderr.includes('rendered again'))
    expect(stdout).toContain('Watched again — capacity estimate')
    child.kill('SIGINT')
    expect(await ended).toEqual({status: 0, signal: null})
  })
})
