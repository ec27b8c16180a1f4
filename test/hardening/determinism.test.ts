import {spawn} from 'node:child_process'
import {beforeAll, describe, expect, test} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

/*
 * Determinism (issue 6): the same input gives byte-identical output across
 * runs and under other time zones and locales. A time zone and a locale are
 * fixed when a process starts, so each environment below is one Node process
 * (test/helpers/run-lines.mjs, through the built fast path bin/run.js calls)
 * running every command line; its output must be what this process printed.
 */

const ENVIRONMENTS = [
  {TZ: 'UTC', LANG: 'C', LC_ALL: 'C'},
  {TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8'},
  {TZ: 'Asia/Kolkata', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8'},
  {TZ: 'Asia/Kolkata', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8'},
]

const feed = 'examples/social-feed.yaml'
const LINES: Record<string, string[]> = {
  'estimate --json (ranges and scenarios)': ['estimate', 'examples/feed-forecast.yaml', '--json'],
  'estimate --json': ['estimate', feed, '--json'],
  'estimate (tables)': ['estimate', feed],
  'report (Markdown)': ['report', feed],
  ...Object.fromEntries(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'].map((f) => [`check --format ${f}`, ['check', feed, '--format', f]])),
}

interface Printed {
  readonly stdout: string
  readonly stderr: string
  readonly status: number
}

/** Every command line of LINES in one process under `env`. */
function runAll(env: Readonly<Record<string, string>>): Promise<Printed[]> {
  const child = spawn(process.execPath, [`${ROOT}/test/helpers/run-lines.mjs`, JSON.stringify(Object.values(LINES))], {cwd: ROOT, env: {...process.env, NO_COLOR: '1', ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  // Decoded once, whole: a chunk may end inside a character (the `–` of a table cell).
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status) =>
      status === 0 ? resolve(JSON.parse(Buffer.concat(stdout).toString('utf8')) as Printed[]) : reject(new Error(`run-lines exited ${status}:\n${Buffer.concat(stderr).toString('utf8')}`)),
    )
  })
}

const here: Record<string, Printed> = {}
beforeAll(async () => {
  for (const [name, argv] of Object.entries(LINES)) here[name] = await sizeup(argv)
})

describe('byte-identical output under other time zones and locales', () => {
  test('here, twice: the same bytes, and each command succeeds with output to compare', async () => {
    for (const [name, argv] of Object.entries(LINES)) {
      expect((await sizeup(argv)).stdout, name).toBe(here[name]!.stdout)
      expect([0, 1], name).toContain(here[name]!.status)
      // Something worth comparing: each prints hundreds of bytes or more.
      expect(here[name]!.stdout.length, name).toBeGreaterThan(500)
    }
  })

  test.each(ENVIRONMENTS.map((env) => [`TZ=${env.TZ} LC_ALL=${env.LC_ALL}`, env] as const))('%s', async (_, env) => {
    const printed = await runAll(env)
    for (const [i, name] of Object.keys(LINES).entries()) {
      expect(printed[i]!.stdout, name).toBe(here[name]!.stdout)
      expect(printed[i]!.stderr, name).toBe(here[name]!.stderr)
      expect(printed[i]!.status, name).toBe(here[name]!.status)
    }
  })
})
