import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'
import {sizeup} from '../helpers/analysis.js'

/**
 * The whole design document and the JSON report of every example, compared
 * byte for byte with test/golden/. `UPDATE_GOLDEN=1 npx vitest run
 * test/render/golden.test.ts` rewrites them; review the diff before
 * committing it.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const examples = readdirSync(`${ROOT}/examples`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort()
const validate = new Ajv({allErrors: true, strict: false}).compile(JSON.parse(readFileSync(`${ROOT}/specs/report.schema.json`, 'utf8')))

async function render(example: string, json: boolean): Promise<string> {
  const {outcome} = await sizeup(['report', `examples/${example}.yaml`, ...(json ? ['--json'] : [])])
  expect(outcome.stderr).toBe('')
  expect(outcome.exitCode).toBe(0)
  return outcome.stdout
}

function compare(file: string, actual: string): void {
  const path = `${ROOT}/test/golden/${file}`
  if (UPDATE) {
    mkdirSync(`${ROOT}/test/golden`, {recursive: true})
    writeFileSync(path, actual)
    return
  }
  expect(existsSync(path), `${file} is missing; run UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts`).toBe(true)
  // A plain equality check: on a mismatch, vitest prints the line diff.
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe.each(examples)('golden report of examples/%s.yaml', (example) => {
  it('Markdown', async () => compare(`${example}.md`, await render(example, false)))

  it('JSON, valid against specs/report.schema.json', async () => {
    const text = await render(example, true)
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 2)).toBe(true)
    compare(`${example}.json`, text)
  })
})

it('has no golden file without an example', () => {
  // Only the reports' own files: test/golden/diff/ belongs to test/diff/golden.test.ts.
  const stale = readdirSync(`${ROOT}/test/golden`, {withFileTypes: true})
    .filter((f) => f.isFile() && !examples.includes(f.name.replace(/\.(md|json)$/, '')))
    .map((f) => f.name)
  expect(stale).toEqual([])
})
