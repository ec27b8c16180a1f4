import {type ChildProcess, spawn, spawnSync} from 'node:child_process'
import {afterEach, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'

/**
 * `sizeup practice` at a real terminal: util-linux `script` runs the CLI on a
 * pseudo-terminal, so standard input is a TTY and answers are typed at the
 * readline prompt. The test writes each answer only once the prompt for it is
 * on screen, waits a bounded time for every step, and kills the session when
 * a step fails.
 */
const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\r/g
const STEP_MS = 10_000

class Terminal {
  private raw = ''
  private closed = false
  private readonly waiters = new Set<() => void>()
  readonly exit: Promise<number | null>
  readonly child: ChildProcess

  constructor(command: string) {
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: ROOT, env: {...process.env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '200'}, stdio: ['pipe', 'pipe', 'pipe']})
    const take = (chunk: Buffer): void => {
      this.raw += chunk.toString('utf8')
      for (const w of this.waiters) w()
    }
    this.child.stdout!.on('data', take)
    this.child.stderr!.on('data', take)
    this.exit = new Promise((resolve) =>
      this.child.on('close', (code) => {
        this.closed = true
        resolve(code)
        for (const w of this.waiters) w()
      }),
    )
  }

  /** What the screen shows, without cursor movements and colour. */
  get text(): string {
    return this.raw.replace(ANSI, '')
  }

  /** Resolves once `ready(text)` holds; rejects with the screen so far after STEP_MS, or as soon as the session ends without it. */
  waitFor(what: string, ready: (text: string) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const done = ready(this.text)
        if (!done && !this.closed) return
        clearTimeout(timer)
        this.waiters.delete(check)
        if (done) resolve()
        else reject(new Error(`the session ended while waiting for ${what}; the terminal shows:\n${this.text}`))
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`timed out waiting for ${what}; the terminal shows:\n${this.text}`))
      }, STEP_MS)
      this.waiters.add(check)
      check()
    })
  }

  /** Waits for the prompt that follows `marker` (a question, or a hint), then types the answer and Enter. */
  async answer(marker: string, text: string, occurrence = 1): Promise<void> {
    await this.waitFor(`the prompt after “${marker}” (#${occurrence})`, (t) => {
      const parts = t.split(marker)
      return parts.length > occurrence && /\n> $/.test(t)
    })
    this.child.stdin!.write(`${text}\r`)
    // The typed line comes back as the terminal's echo before the next step.
    await this.waitFor(`the echo of “${text}”`, (t) => t.split(marker).slice(occurrence).join(marker).includes(`> ${text}\n`))
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.pid !== undefined) this.child.kill('SIGKILL')
  }
}

describe.skipIf(!hasScript)('sizeup practice on a terminal (pseudo-terminal via util-linux script)', () => {
  let term: Terminal | null = null
  afterEach(() => {
    term?.kill()
    term = null
  })

  it('asks each question at a readline prompt, re-asks a wrong unit, grades, and ends with the score', {timeout: 60_000}, async () => {
    term = new Terminal('node bin/run.js practice --scenario url-shortener')
    await term.answer('Question 1 of 7', '200')
    await term.answer('Question 2 of 7', '240 GB')
    await term.answer('Try again:', '20K/s')
    await term.answer('Question 3 of 7', '40000')
    await term.answer('Question 4 of 7', '150 TB')
    await term.answer('Question 5 of 7', 'skip')
    await term.answer('Question 6 of 7', '170 GB')
    await term.answer('Question 7 of 7', '8h 45m')
    const code = await Promise.race([term.exit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), STEP_MS))])
    const screen = term.text
    expect(code, screen).toBe(0)
    expect(screen).toContain('Practice: URL shortener (bit.ly)')
    expect(screen).toContain('> 200\n✔ correct: 200/s against 193/s (1.04× high), +2 points')
    expect(screen).toContain('> 240 GB\n`240 GB` is a size in bytes, but the question asks for requests per second')
    expect(screen).toContain('> 20K/s\n✔ correct: 20 K/s against 19.3 K/s (1.04× high), +2 points')
    expect(screen).toContain('> 150 TB\n≈ the right order of magnitude: 150 TB against 15.2 TB (9.86× high), +1 point')
    expect(screen).toContain('> skip\n– skipped: the answer is 9.65 MB/s')
    expect(screen).toContain('powers:   1.67 × 10⁷ req ÷ 8.64 × 10⁴ s ≈ 193 req/s')
    expect(screen.trimEnd().split('\n').at(-1)).toBe('Score: 11 of 14 points (5 correct, 1 right order of magnitude, 1 skipped)')
  })

  it('Ctrl-D at the prompt ends the drill with the score so far, and exit 2', {timeout: 30_000}, async () => {
    term = new Terminal('node bin/run.js practice --scenario web-crawler')
    await term.answer('Question 1 of 5', '400/s')
    await term.waitFor('the second prompt', (t) => t.includes('Question 2 of 5') && /\n> $/.test(t))
    term.child.stdin!.write('\u0004')
    const code = await Promise.race([term.exit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), STEP_MS))])
    expect(code, term.text).toBe(2)
    expect(term.text).toContain('Score: 2 of 10 points (1 correct, 4 not answered)')
    expect(term.text).toContain('sizeup: the answers ran out after 1 of 5 questions')
  })
})
