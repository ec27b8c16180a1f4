import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * `density: uneven`: geo points dense in some places and sparse in others
 * (Grokking's Yelp: "our places are not uniformly distributed among grids"),
 * which a quadtree's cells, split where points are dense, even out.
 */
const spec = (density: string, access = 'geo'): string => `name: Places
workloads:
  places:
    records: 500M
    recordSize: 793 B
    reads: {perSecond: 100K}
    access: ${access}
${access === 'geo' ? '    geo: radius\n' : ''}${density}`

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message}`)

describe('the density of geo points', () => {
  it('uneven, chooses a quadtree for radius queries, and says that without it a geohash would do', async () => {
    const report = await reportOfYaml(spec('    density: uneven\n'))
    const geo = report.decisions.find((d) => d.id === 'geo-index.places')!
    expect(geo.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['radius', 'uneven-density'])
    // radius: geohash +3, r-tree +1, s2 +1; uneven: quadtree +3, s2 +1, geohash −1 → quadtree 3, geohash 2.
    expect([geo.choice.id, geo.choice.score, geo.runnerUp?.id, geo.runnerUp?.score]).toEqual(['quadtree', 3, 'geohash', 2])
    const flip = geo.flipPoints.find((f) => f.fact === 'unevenDensity')!
    expect(flip.flips.map((f) => [f.is, f.becomes?.id])).toEqual([[false, 'geohash']])
  })

  it('even or unstated, leaves radius queries to geohash cells', async () => {
    for (const density of ['    density: even\n', '']) {
      const report = await reportOfYaml(spec(density))
      expect(report.decisions.find((d) => d.id === 'geo-index.places')?.choice.id).toBe('geohash')
    }
  })

  it('is an error at its key without access: geo, and takes only even or uneven', async () => {
    expect(await located(spec('    density: uneven\n', 'point'))).toEqual(["8:5: `density` says how geo points are spread, but the workload's `access` is not `geo`"])
    expect(await located(spec('    density: dense\n'))).toEqual(['9:14: `workloads.places.density` must be one of `even`, `uneven` (got `dense`)'])
  })
})
