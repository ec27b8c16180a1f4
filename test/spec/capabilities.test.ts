import {describe, expect, it} from 'vitest'
import {loadSpec} from '../../src/spec/load.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * `capabilities:` (what a workload relies on that a provider sells): a name
 * outside the list is a schema error with did-you-mean, a capability without
 * the traffic it serves is located at its item, all reported at once; stated
 * ones are read into the model in the schema's order.
 */

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

const SPEC = `name: Capabilities
users: {dau: 1M}
workloads:
  sends:
    writes: {perUserPerDay: 1}
    capabilities: [cdn, e-mail, email]
  shows:
    reads: {perUserPerDay: 1}
    recordSize: 1 KB
    capabilities: [sms]
`

describe('capabilities, checked', () => {
  it('reports an unknown name and each capability without its traffic, at once', async () => {
    expect(await located(SPEC)).toEqual([
      '6:20: `cdn` serves reads from the edge, but `sends` has no `reads` | add `reads:` to `sends`, or name `cdn` on the workload that has them',
      '6:25: `workloads.sends.capabilities.1` must be one of `object-storage`, `cdn`, `mobile-push`, `email`, `sms`, `card-payments`, `dashboards`, `alerting` (got `e-mail`) | did you mean `email`?',
      '10:20: `sms` sends each message the workload writes, but `shows` has no `writes` | add `writes:` to `shows`, or name `sms` on the workload that has them',
    ])
  })

  it('reads the named capabilities in the schema order; unstated, there are none', async () => {
    const spec = `name: C\nusers: {dau: 1M}\nworkloads:\n  files:\n    writes: {perUserPerDay: 1}\n    reads: {perUserPerDay: 2}\n    recordSize: 1 KB\n    capabilities: [cdn, object-storage]\n  plain:\n    writes: {perUserPerDay: 1}\n    recordSize: 1 KB\n`
    const loaded = await loadSpec(spec, 'spec.yaml')
    expect(loaded.model.workloads.map((w) => w.capabilities)).toEqual([['object-storage', 'cdn'], undefined])
  })
})
