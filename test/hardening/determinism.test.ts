import {describe, expect, test} from 'vitest'
import {runCli} from '../helpers/spec.js'

/*
 * Determinism (issue 6): the same input gives byte-identical JSON and Markdown
 * across runs and under other time zones and locales (three of each).
 */

const ENVIRONMENTS = [
  {TZ: 'UTC', LANG: 'C', LC_ALL: 'C'},
  {TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8'},
  {TZ: 'Asia/Kolkata', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8'},
]

describe('byte-identical output under other time zones and locales', () => {
  test.each([
    ['estimate --json', ['estimate', 'examples/feed-forecast.yaml', '--json']],
    ['report (Markdown)', ['report', 'examples/social-feed.yaml']],
  ])('%s', (_, args) => {
    const outputs = ENVIRONMENTS.map((env) => runCli(args, undefined, env))
    for (const o of outputs) expect(o.status).toBe(0)
    expect(outputs[0]!.stdout.length).toBeGreaterThan(1000)
    for (const o of outputs.slice(1)) expect(o.stdout).toBe(outputs[0]!.stdout)
  })
})
