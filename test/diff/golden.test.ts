import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import type {DiffFormat} from '../../src/render/diff/index.js'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

/**
 * `sizeup diff` of the social feed (examples/diff/social-feed-base.yaml →
 * social-feed-head.yaml) in every format, compared byte for byte with
 * test/golden/diff/. `UPDATE_GOLDEN=1 npx vitest run test/diff/golden.test.ts`
 * rewrites them; review the diff before committing it.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const BASE = 'examples/diff/social-feed-base.yaml'
const HEAD = 'examples/diff/social-feed-head.yaml'
const FAIL_ON = ['storage.total > +20%', 'availability.slo.downtime.year < -50%', 'findings.added > 0']

async function diff(format: DiffFormat): Promise<string> {
  const {outcome} = await sizeup(['diff', BASE, HEAD, '--format', format, ...FAIL_ON.flatMap((f) => ['--fail-on', f])])
  // storage.total > +20% holds: exit 1, and stderr says which threshold (findings.added may too, depending on the rules).
  expect(outcome.exitCode).toBe(1)
  expect(outcome.stderr.startsWith('sizeup: --fail-on `storage.total > +20%` holds (+945%)\n')).toBe(true)
  return outcome.stdout
}

function compare(file: string, actual: string): void {
  const path = `${ROOT}/test/golden/diff/${file}`
  if (UPDATE) {
    mkdirSync(`${ROOT}/test/golden/diff`, {recursive: true})
    writeFileSync(path, actual)
    return
  }
  expect(existsSync(path), `${file} is missing; run UPDATE_GOLDEN=1 npx vitest run test/diff/golden.test.ts`).toBe(true)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('golden diff of the social feed', () => {
  it('text', async () => compare('social-feed.txt', await diff('text')))

  it('Markdown', async () => compare('social-feed.md', await diff('markdown')))

  it('JSON, valid against specs/diff.schema.json', async () => {
    const text = await diff('json')
    const validate = new Ajv({allErrors: true, strict: false}).compile(JSON.parse(readFileSync(`${ROOT}/specs/diff.schema.json`, 'utf8')))
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 2)).toBe(true)
    compare('social-feed.json', text)
  })

  it('is the same on every run', async () => {
    expect(await diff('markdown')).toBe(await diff('markdown'))
  })
})
