import {mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import type {CommandIO} from '../../src/commands/command.js'
import {runCommand} from '../../src/commands/run.js'
import {sizeup, testIO} from '../helpers/analysis.js'

/** A spec whose write rate follows its DAU: `dau` users × 0.1 writes a day. */
const spec = (dau: string): string => `name: URL shortener\nusers:\n  dau: ${dau}\nworkloads:\n  links:\n    writes:\n      perUserPerDay: 0.1\n    reads:\n      perUserPerDay: 10\n    recordSize: 500 B\n`

/**
 * A command's streams, with a wait for what it writes: `until` resolves when
 * standard error says enough (event-driven; the limit only turns a hang into
 * a readable failure, nothing is timed).
 */
function watchedIO(): {io: CommandIO; stderr(): string; until(test: (stderr: string) => boolean): Promise<void>} {
  let stderr = ''
  const waiting: {test: (s: string) => boolean; resolve: () => void}[] = []
  const io: CommandIO = {
    ...testIO(),
    stdin: Readable.from([]),
    stderr: {
      isTTY: false,
      write: (text: string) => {
        stderr += text
        for (const w of [...waiting]) if (w.test(stderr)) waiting.splice(waiting.indexOf(w), 1) && w.resolve()
        return true
      },
    },
  }
  return {
    io,
    stderr: () => stderr,
    until: (test) =>
      test(stderr)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const limit = setTimeout(() => reject(new Error(`still waiting; standard error so far:\n${stderr}`)), 90_000)
            waiting.push({test, resolve: () => (clearTimeout(limit), resolve())})
          }),
  }
}

const count = (text: string, word: string): number => text.split(word).length - 1
const writeAvg = (file: string): number => (JSON.parse(readFileSync(file, 'utf8')) as {metrics: Record<string, {value: number}>}).metrics['qps.write.avg']!.value

describe('report --watch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizeup-watch-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('renders again when the spec changes, also when an editor saves by rename; shows problems and goes on; Ctrl-C ends it with exit 0', async () => {
    const file = join(dir, 'design.yaml')
    const out = join(dir, 'report.json')
    writeFileSync(file, spec('10M'))
    const {io, stderr, until} = watchedIO()
    const running = runCommand('report', [file, '--json', '-o', out, '--watch'], io)

    await until((s) => s.includes('sizeup: rendered; watching'))
    // 10 M × 0.1 = 1 M writes a day ÷ 86,400 s.
    expect(writeAvg(out)).toBe(1e6 / 86_400)

    // Saved as vim does: a new file renamed over the old one.
    writeFileSync(join(dir, 'design.yaml.swp'), spec('20M'))
    renameSync(join(dir, 'design.yaml.swp'), file)
    await until((s) => count(s, 'rendered again') >= 1)
    expect(writeAvg(out)).toBe(2e6 / 86_400)

    // A mistake: its located message, the last output kept, still watching.
    writeFileSync(file, spec('lots'))
    await until((s) => s.includes('not rendered'))
    expect(stderr()).toContain(`${file}:3:8: \`users.dau\``)
    expect(writeAvg(out)).toBe(2e6 / 86_400)

    // Written in place this time.
    writeFileSync(file, spec('30M'))
    await until((s) => count(s, 'rendered again') >= 2)
    expect(writeAvg(out)).toBe(3e6 / 86_400)

    // A configuration that appears beside the spec is read from then on.
    writeFileSync(join(dir, 'sizeup.config.yaml'), 'rules:\n  nonsense-rule: off\n')
    await until((s) => count(s, 'not rendered') >= 2)
    expect(stderr()).toContain('sizeup.config.yaml:2:3: ')

    process.emit('SIGINT')
    const outcome = await running
    expect(outcome).toMatchObject({exitCode: 0, stdout: ''})
  })

  it('refuses standard input, which does not change', async () => {
    const result = await sizeup(['estimate', '-', '--watch'], spec('1M'))
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('<command line>:1:1: `--watch` needs a spec file: standard input does not change')
  })
})
