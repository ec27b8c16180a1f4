import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {capacitiesSchema, capacityKinds, pricesSchema} from '../scripts/knowledge-schema.mjs'
import {overlaySchema} from '../scripts/overlay-schema.mjs'
import {PRICES} from '../src/cost/index.js'
import {MATRICES} from '../src/matrices/generated/matrices.js'
import {CAPACITIES, findTechnology} from '../src/plan/index.js'
import {ROOT} from './helpers/spec.js'

const committed = (name: string): unknown => JSON.parse(readFileSync(`${ROOT}/specs/${name}`, 'utf8'))

describe('knowledge data: capacities, prices, overlays', () => {
  it('publishes schemas that are up to date and valid', () => {
    for (const [name, schema] of [
      ['overlay.schema.json', overlaySchema],
      ['capacities.schema.json', capacitiesSchema],
      ['prices.schema.json', pricesSchema],
    ] as const) {
      expect(committed(name), name).toEqual(JSON.parse(JSON.stringify(schema)))
      expect(() => new Ajv({strict: false}).compile(schema)).not.toThrow()
    }
  })

  it('gives every overlay field a title, a description and examples, for editor completion', () => {
    const props = overlaySchema.properties as Record<string, {title?: string; description?: string; examples?: unknown[]}>
    for (const [name, p] of Object.entries(props)) {
      expect(typeof p.title, name).toBe('string')
      expect(typeof p.description, name).toBe('string')
      expect(Array.isArray(p.examples), name).toBe(true)
    }
  })

  it('has a catalog entry for every technology a matrix recommends', () => {
    const named = new Set(MATRICES.flatMap((m) => m.options.map((o) => o.technology)).filter((t): t is string => t !== null))
    const missing = [...named].filter((t) => findTechnology(CAPACITIES, t) === null)
    expect(missing, 'add them to data/capacities.yaml (with a `gap` when the reference has no figure)').toEqual([])
  })

  it('cites a reference key and a source for every figure and price', () => {
    for (const [tech, t] of Object.entries(CAPACITIES.technologies)) {
      for (const [name, f] of Object.entries(t.figures)) {
        expect(f.key, `${tech}.${name}`).toMatch(/^(throughput|sizing|prices|sizeup\.rule)\./)
        expect(f.source.length, `${tech}.${name}`).toBeGreaterThan(5)
        expect(f.unit).toBe(capacityKinds[t.kind as keyof typeof capacityKinds][name as never]['unit'])
      }
      if (t.nodeClass !== null) expect(PRICES.prices[`compute.${t.nodeClass}`], `${tech} node class`).toBeDefined()
    }
    for (const [key, p] of Object.entries(PRICES.prices)) {
      expect(p.key, key).toMatch(/^prices\./)
      expect(p.source.length, key).toBeGreaterThan(5)
    }
    expect(PRICES.asOf).toMatch(/^\d{4}-\d{2}/)
  })

  it('keeps the capacity vocabulary in one place (scripts/knowledge-schema.mjs)', () => {
    expect(CAPACITIES.kinds).toEqual(JSON.parse(JSON.stringify(capacityKinds)))
  })
})
