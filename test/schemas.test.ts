import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {diffSchema} from '../scripts/diff-schema.mjs'
import {estimateSchema} from '../scripts/estimate-schema.mjs'
import {reportSchema} from '../scripts/report-schema.mjs'
import {systemSchema} from '../scripts/spec-schema.mjs'
import {ROOT} from './helpers/spec.js'

const committed = (name: string): unknown => JSON.parse(readFileSync(`${ROOT}/specs/${name}`, 'utf8'))

type Json = {[key: string]: unknown}

/** Every property schema in a schema, with its dotted location. */
function properties(node: unknown, at = ''): Array<[string, Json]> {
  if (!node || typeof node !== 'object') return []
  const out: Array<[string, Json]> = []
  for (const [key, child] of Object.entries(node as Json)) {
    if (key === 'properties' && child && typeof child === 'object') {
      for (const [name, prop] of Object.entries(child as Json)) out.push([`${at}.${name}`, prop as Json], ...properties(prop, `${at}.${name}`))
    } else if (key !== 'examples') out.push(...properties(child, `${at}.${key}`))
  }
  return out
}

describe('published schemas', () => {
  it('are up to date with their sources (npm run schemas rewrites them)', () => {
    expect(committed('system.schema.json')).toEqual(JSON.parse(JSON.stringify(systemSchema)))
    expect(committed('estimate.schema.json')).toEqual(JSON.parse(JSON.stringify(estimateSchema)))
    expect(committed('report.schema.json')).toEqual(JSON.parse(JSON.stringify(reportSchema)))
    expect(committed('diff.schema.json')).toEqual(JSON.parse(JSON.stringify(diffSchema)))
  })

  it('are valid JSON Schemas', () => {
    const ajv = new Ajv({strict: false})
    expect(() => ajv.compile(systemSchema)).not.toThrow()
    expect(() => ajv.compile(estimateSchema)).not.toThrow()
    expect(() => ajv.compile(reportSchema)).not.toThrow()
    expect(() => ajv.compile(diffSchema)).not.toThrow()
  })

  it('give every spec field a title, a description and examples, for editor completion', () => {
    const fields = properties(systemSchema)
    expect(fields.length).toBeGreaterThan(40)
    for (const [where, prop] of fields) {
      expect(typeof prop.title, `${where} title`).toBe('string')
      expect(typeof prop.description, `${where} description`).toBe('string')
      expect(Array.isArray(prop.examples) || Array.isArray(prop.enum), `${where} examples`).toBe(true)
    }
  })
})
