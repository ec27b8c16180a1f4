import {describe, expect, it} from 'vitest'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'
import {loadSpec} from '../../src/spec/load.js'

/*
 * How a workload's media reach storage (`media.maxSize`, `media.uploadsFrom`):
 * a largest object under the average is located at its value, a misspelt
 * source is a schema error with its choices, and both are read into the model.
 */

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

describe('media uploads, checked', () => {
  it('reports a largest object smaller than the average, and a misspelt source, at once', async () => {
    const spec = `${MINIMAL}    media: {size: 300 MB, maxSize: 100 MB, uploadsFrom: phones}\n`
    const problems = await located(spec)
    expect(problems).toEqual([
      '10:36: `workloads.items.media.maxSize` (`100 MB`) is smaller than the average `media.size` (`300 MB`) | the largest object a client may upload, at least the average: e.g. `1 GB` for videos of 300 MB on average',
      '10:57: `workloads.items.media.uploadsFrom` must be one of `devices`, `servers` (got `phones`) | write one of: devices, servers',
    ])
  })

  it('reads the largest object and who uploads into the model; unstated, neither is there', async () => {
    const stated = await loadSpec(`${MINIMAL}    media: {size: 300 MB, maxSize: 1 GB, uploadsFrom: devices}\n`, 'spec.yaml')
    const media = stated.model.workloads[0]!.media!
    // 1 GB = 10^9 bytes (decimal units).
    expect({max: media.maxBytes?.value, from: media.uploadsFrom}).toEqual({max: 1e9, from: 'devices'})
    const bare = await loadSpec(`${MINIMAL}    media: {size: 300 MB}\n`, 'spec.yaml')
    expect(bare.model.workloads[0]!.media!.maxBytes).toBeUndefined()
    expect(bare.model.workloads[0]!.media!.uploadsFrom).toBeUndefined()
  })
})
