import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {parse} from 'yaml'
import {ROOT} from '../helpers/spec.js'

it("every price cites the provider's own pricing page (six of seven cited blogs and aggregators)", () => {
  const catalog = parse(readFileSync(`${ROOT}/data/prices.yaml`, 'utf8')) as {region: string; prices: Record<string, {source: string}>}
  expect(catalog.region).toBe('us-east-1')
  const notAws = Object.entries(catalog.prices)
    .filter(([, p]) => !/^https:\/\/aws\.amazon\.com\/[a-z0-9-]+\/pricing\//.test(p.source))
    .map(([key, p]) => `${key}: ${p.source}`)
  expect(notAws).toEqual([])
})
