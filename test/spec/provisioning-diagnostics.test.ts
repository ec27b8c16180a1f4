import {describe, expect, it} from 'vitest'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'

/*
 * The checks of what a spec states about provisioning (fill, capacity per
 * server, quota, key space, prices) that a JSON Schema cannot make: each
 * located at its value, all of them at once.
 */

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

describe('provisioning, checked', () => {
  it('reports every problem at its line and column', async () => {
    const spec = `name: Bad
users: {mau: 100M, dau: 10M}
conventions:
  storageFill: 0%
perServer: {memoryHolds: data}
prices:
  egress: 0.02
  storage: 0.023 / 1 GB / 1 month
  requests: 1 GB
workloads:
  links:
    reads: {perDay: 1B}
    recordSize: 500 B
    keys: {alphabet: 1, length: 7.5}
    perServer: {memory: 100 GB, throughput: 0}
    quota: {perUser: 0 GB}
  blobs:
    writes: {perDay: 1M}
    recordSize: 1 KB
    perServer: {memory: 1 TB, storage: 10 MB/s}
`
    expect(await located(spec)).toEqual([
      '4:16: `conventions.storageFill` must be greater than 0 % | disks are commonly filled to 70 % or 80 %: provisioned storage = kept ÷ fill',
      '5:1: `perServer` states no capacity to count servers by | give at least one of `storage`, `memory`, `throughput`',
      '5:13: `perServer.memoryHolds` says what memory holds, but `perServer` gives no `memory` | add `memory:` (e.g. `memory: 144 GB`), or remove `memoryHolds`',
      // a bare number read as dollars per byte would be a billion times a price per GB
      '7:11: `prices.egress` needs the size it is priced per: `0.02` could be per GB or per TB | write it divided by its size, e.g. `0.02 / 1 GB`',
      "8:12: `prices.storage` should be a price per size, but `0.023 / 1 GB / 1 month` is a quantity in bytes^-1·seconds^-1 | a storage price is per month already (the spec's month): write e.g. `0.023 / 1 GB`",
      '9:13: `prices.requests` should be a price per request, but `1 GB` is a size in bytes | write a price per request, e.g. `0.4 / 1M`',
      '14:5: `links` has a key space but neither `writes` nor `records` to key | keys are counted against the records written and held; add `writes:` or `records:`',
      '14:22: `workloads.links.keys.alphabet` must be one whole number of at least 2 (got `1`) | 62 for [0-9a-zA-Z], 64 for base64, 16 for hex',
      '14:33: `workloads.links.keys.length` must be one whole number of at least 1 (got `7.5`) | the characters in one key, e.g. `7`',
      '15:45: `workloads.links.perServer.throughput` must be greater than zero | the requests one server serves per second, e.g. `5K`',
      '16:22: `workloads.links.quota.perUser` must be greater than zero | the space one user is allocated, e.g. `10 GB`',
      '20:25: servers by memory hold the cache, but `blobs` has no cache: no reads with a size | write `memoryHolds: data` if all the data kept is held in memory (an index, an in-memory store)',
      '20:40: `workloads.blobs.perServer.storage` should be a size in bytes, but `10 MB/s` is a bandwidth in bytes per second | write a size in bytes, e.g. `800 B` or `1 MB`',
    ])
  })

  it('a fill\'s bytes without a fill, a fill as a range in the conventions, a key length as a range', async () => {
    const spec = `${MINIMAL.replace('workloads:', 'conventions: {storageFill: 60%..80%}\nworkloads:')}    storageFillOf: logical\n    keys: {alphabet: 62, length: 6..8}\n`
    expect(await located(spec)).toEqual([
      '5:28: `conventions.storageFill` is a convention and cannot be a range | give it one value; put the uncertainty in the inputs it applies to',
      '12:34: `workloads.items.keys.length` must be one whole number of at least 1 (got `6..8`) | the characters in one key, e.g. `7`',
    ])
    expect(await located(`${MINIMAL}    storageFillOf: logical\n`)).toEqual([
      '10:5: `workloads.items.storageFillOf` says which bytes a fill applies to, but no fill is stated | add `storageFill:` (e.g. `storageFill: 70%`) here or in `conventions`, or remove it',
    ])
  })

  it('accepts what it documents: prices divided by their unit, throughput per second or per minute, a fill at either level', async () => {
    const spec = `${MINIMAL.replace('workloads:', 'conventions: {storageFill: 70%, storageFillOf: logical}\nperServer: {throughput: 300K/min}\nprices: {egress: 20 / 1 TB, storage: 0.023 / 1 GiB, requests: 0.000005}\nworkloads:')}    storageFill: 80%\n    perServer: {storage: 4 TB, memory: 144 GB}\n    quota: {perUser: 10 GB, users: 2M}\n    keys: {alphabet: 62, length: 7}\n`
    expect(await located(spec)).toEqual([])
  })
})
