import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {checkSchema} from '../../scripts/check-schema.mjs'
import {configSchema} from '../../scripts/config-schema.mjs'
import {ROOT} from '../helpers/spec.js'

const committed = (name: string): unknown => JSON.parse(readFileSync(`${ROOT}/specs/${name}`, 'utf8'))

describe('specs/config.schema.json and specs/check.schema.json', () => {
  it('are up to date with their sources (npm run schemas rewrites them) and compile strictly', () => {
    expect(committed('config.schema.json')).toEqual(JSON.parse(JSON.stringify(configSchema)))
    expect(committed('check.schema.json')).toEqual(JSON.parse(JSON.stringify(checkSchema)))
    const ajv = new Ajv({strict: true, allowUnionTypes: true})
    expect(() => ajv.compile(configSchema)).not.toThrow()
    expect(() => ajv.compile(checkSchema)).not.toThrow()
  })

  it('give every configuration field a title, a description and examples, for editor completion', () => {
    const fields: Array<[string, Record<string, unknown>]> = Object.entries(configSchema.properties as Record<string, Record<string, unknown>>)
    const rule = (configSchema.properties.rules as {additionalProperties: {properties: Record<string, Record<string, unknown>>}}).additionalProperties
    fields.push(...Object.entries(rule.properties).map(([k, v]): [string, Record<string, unknown>] => [`rules.*.${k}`, v]))
    for (const [where, prop] of fields) {
      expect(typeof prop.title, `${where} title`).toBe('string')
      expect(typeof prop.description, `${where} description`).toBe('string')
      expect(Array.isArray(prop.examples), `${where} examples`).toBe(true)
    }
  })
})
