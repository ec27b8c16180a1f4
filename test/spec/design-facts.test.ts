import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {decide} from '../../src/matrices/decide.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {loadSpec} from '../../src/spec/load.js'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'

/*
 * The design facts a spec states besides its numbers (placement; per
 * workload, its guarantees): their checks, located at the value, all at
 * once; and the decisions they move.
 */

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

/** `id → choice` of the decisions asked about, for a spec given as text. */
async function choices(yaml: string, ids: readonly string[]): Promise<Record<string, string>> {
  const {model} = await loadSpec(yaml, 'spec.yaml')
  const decisions = decide(model, estimate(model), MATRICES)
  return Object.fromEntries(ids.map((id) => [id, decisions.find((d) => d.id === id)?.choice.id ?? 'not decided']))
}

const withPlacement = (placement: string): string => MINIMAL.replace('workloads:', `placement: ${placement}\nworkloads:`)

describe('placement, checked', () => {
  it('reports what cannot hold together, at the value', async () => {
    expect(await located(withPlacement('{regions: 1, survive: region-loss, residency: [EU, US]}'))).toEqual([
      '5:34: surviving a region loss needs a second region, but `placement.regions` is one region | give `regions:` two or more, or survive a `zone-loss`',
      '5:58: 2 jurisdictions keep their data within them, each in a region of its own, but `placement.regions` is one region | give `regions:` at least 2, one per jurisdiction',
    ])
  })

  it('reports the schema problems: duplicate or malformed names, a misspelt failure, a count of zero, an empty block', async () => {
    expect(await located(withPlacement('{regions: [us-east-1, "eu west", us-east-1], survive: az-loss}'))).toEqual([
      '5:34: name `eu west` in `placement.regions` is not allowed | names start with a letter and use letters, digits, `_` and `-`',
      '5:45: `placement.regions` names `us-east-1` twice | name each one once',
      '5:66: `placement.survive` must be one of `instance-loss`, `zone-loss`, `region-loss` (got `az-loss`) | write one of: instance-loss, zone-loss, region-loss',
    ])
    expect(await located(withPlacement('{regions: 0}'))).toEqual(['5:22: `placement.regions` must be at least 1 (got `0`) | use 1 or more'])
    expect(await located(withPlacement('{}'))).toEqual(['5:12: `placement` must not be empty | for example `placement: {regions: 2, survive: region-loss}`'])
  })

  it('accepts what it documents: a count or names, each failure scope, residency, "highly available"', async () => {
    for (const p of ['{regions: 2}', '{regions: [us-east-1, eu-west-1], residency: [EU, US]}', '{survive: zone-loss}', '{survive: instance-loss}', '{regions: 3, survive: region-loss}', '{highlyAvailable: true}']) {
      expect(await located(withPlacement(p)), p).toEqual([])
    }
  })
})

describe('placement decides redundancy and failover', () => {
  it('"multiple availability zones" with no figure: zones, and a promoted standby', async () => {
    expect(await choices(withPlacement('{survive: zone-loss}'), ['redundancy', 'failover'])).toEqual({redundancy: 'multi-az', failover: 'active-passive'})
  })

  it('two regions, eventual: every region takes writes', async () => {
    const spec = withPlacement('{regions: [us-east-1, eu-west-1]}').replace('workloads:', 'slo: {consistency: eventual}\nworkloads:')
    expect(await choices(spec, ['redundancy', 'failover'])).toEqual({redundancy: 'multi-region', failover: 'active-active'})
  })

  it('nothing stated: N+1 in one zone, and the reason says it is assumed', async () => {
    const {model} = await loadSpec(MINIMAL, 'spec.yaml')
    const redundancy = decide(model, estimate(model), MATRICES).find((d) => d.id === 'redundancy')!
    expect(redundancy.choice.id).toBe('n-plus-one')
    expect(redundancy.reasons.join(' ')).toMatch(/no availability target and no placement are stated, so N\+1 in one zone is assumed/)
  })
})
