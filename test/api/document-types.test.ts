import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {typeCheck} from '../helpers/binary.js'
import {ROOT} from '../helpers/spec.js'

// The document types are generated from the schemas (scripts/*-schema.mjs), so
// they describe what a spec, an overlay or a configuration file may hold: every
// shipped example type-checks as one, and what the schema refuses does not.
// Checked against the built package's declarations, as a library user sees them.

const scratch = join(ROOT, '.document-types.mts')
afterAll(() => rmSync(scratch, {force: true}))

const yamlIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`)
const literal = (file: string): string => JSON.stringify(parse(readFileSync(join(ROOT, file), 'utf8')))

const specs = [...yamlIn('examples'), ...yamlIn('examples/practice'), ...yamlIn('examples/diff'), ...yamlIn('examples/published')]

const source = [
  "import type {ConfigDocument, OverlayDocument, SpecDocument} from 'sizeup'",
  ...specs.map((f, i) => `export const spec${i}: SpecDocument = ${literal(f)} // ${f}`),
  `export const overlay: OverlayDocument = ${literal('examples/overlays/postgres-redis-kafka.yaml')}`,
  `export const config: ConfigDocument = ${literal('examples/ci/sizeup.config.yaml')}`,
  // What the schema refuses, the type refuses: each line below must fail to compile.
  "const minimal: SpecDocument = {name: 'x', users: {mau: '1M', dau: '50%'}, workloads: {posts: {writes: {perDay: '1M'}, recordSize: '1 KB'}}}",
  '// @ts-expect-error a field the schema does not have',
  "export const unknownField: SpecDocument = {...minimal, region: 'eu-west-1'}",
  '// @ts-expect-error `name` is required (users and workloads are not: a spec may ask only about availability)',
  "export const noName: SpecDocument = {users: {mau: '1M'}}",
  '// @ts-expect-error an access pattern the schema does not list',
  "export const badAccess: SpecDocument = {...minimal, workloads: {posts: {access: 'random'}}}",
  '// @ts-expect-error a severity the configuration does not take',
  "export const badFailOn: ConfigDocument = {failOn: 'fatal'}",
  '// @ts-expect-error the document is read-only',
  "minimal.name = 'y'",
].join('\n')

describe('generated document types', () => {
  it('accept every example, refuse what the schema refuses', async () => {
    expect(specs.length).toBeGreaterThan(10)
    writeFileSync(scratch, `${source}\n`)
    const r = await typeCheck(scratch)
    expect(r.stdout).toBe('')
    expect(r.status).toBe(0)
  })
})
