import {describe, expect, it} from 'vitest'
import {clearCompiled} from '../../src/engine/compiled-estimate.js'
import {estimate, estimateInFull} from '../../src/engine/estimate.js'
import type {MetricNode} from '../../src/engine/ledger.js'
import {MetricLayout, MetricTable} from '../../src/engine/metric-table.js'
import {metricValue, optionalMetric} from '../../src/engine/metrics.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL} from '../helpers/spec.js'

const node = (id: string, value: number, inputs: Record<string, string> = {}): MetricNode => ({
  id,
  kind: Object.keys(inputs).length > 0 ? 'metric' : 'input',
  label: id,
  value,
  unit: 'req',
  formula: Object.keys(inputs).length > 0 ? Object.keys(inputs).join(' + ') : null,
  inputs,
  conventions: [],
  source: null,
})

const a = node('a', 1)
const b = node('b', 2)
const sum = node('sum', 3, {a: 'a', b: 'b'})

describe('a metric table', () => {
  it('finds its own ids only, in derivation order', () => {
    const t = MetricTable.of([a, b, sum])
    expect(t.size).toBe(3)
    expect(t.ids()).toEqual(['a', 'b', 'sum'])
    expect(t.get('sum')).toBe(sum)
    expect(t.value('b')).toBe(2)
    expect(t.has('a')).toBe(true)
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'layout', 'values']) {
      expect(t.has(name)).toBe(false)
      expect(t.get(name)).toBeUndefined()
      expect(t.value(name)).toBeUndefined()
    }
    expect([...t]).toEqual([a, b, sum])
    expect(t.nodes()).toEqual([a, b, sum])
    // The ids handed out are the layout's, frozen: reordering them would pair ids and nodes wrongly in toRecord.
    expect(() => (t.ids() as string[]).reverse()).toThrow(TypeError)
    expect(Object.keys(t.toRecord())).toEqual(['a', 'b', 'sum'])
  })

  it('of its layout\'s values, hands out the layout\'s nodes; of other values, a node per id that differs, made once', () => {
    const layout = new MetricLayout([a, b, sum])
    // b moved to 5, so sum = 1 + 5 = 6; a kept its value.
    const t = new MetricTable(layout, Float64Array.of(1, 5, 6))
    expect(t.get('a')).toBe(a)
    const moved = t.get('sum')!
    expect(moved).toEqual({...sum, value: 6})
    expect(Object.keys(moved)).toEqual(Object.keys(sum))
    expect(t.get('sum')).toBe(moved)
    expect(t.value('b')).toBe(5)
    // The layout is the same object: the estimates of one shape share it.
    expect(t.layout).toBe(layout)
  })

  it('tells −0 from 0 and keeps NaN as the layout\'s node (Object.is)', () => {
    const zero = node('z', 0)
    const nan = node('n', Number.NaN)
    const t = new MetricTable(new MetricLayout([zero, nan]), Float64Array.of(-0, Number.NaN))
    expect(t.get('n')).toBe(nan)
    expect(Object.is(t.get('z')!.value, -0)).toBe(true)
    expect(t.get('z')).not.toBe(zero)
  })

  it('needs a value per node of its layout', () => {
    expect(() => new MetricTable(new MetricLayout([a, b]), Float64Array.of(1))).toThrow(/a value per node/)
  })

  it('goes on with more nodes: a node of an id it has takes its place, a new one comes after', () => {
    const t = MetricTable.of([a, b])
    const b2 = node('b', 20)
    const next = t.with([b2, sum])
    expect(next.ids()).toEqual(['a', 'b', 'sum'])
    expect(next.get('b')).toBe(b2)
    // The first is unchanged.
    expect(t.get('b')).toBe(b)
    expect(t.has('sum')).toBe(false)
  })

  it('copies its values: setting the copy changes neither table', () => {
    const t = new MetricTable(new MetricLayout([a, b]), Float64Array.of(1, 7))
    const values = t.copyValues()
    values[0] = 100
    expect(t.value('a')).toBe(1)
    expect([...MetricTable.of([a, b]).copyValues()]).toEqual([1, 2])
  })

  it('prints as the id → node record, in order, through JSON', () => {
    const t = new MetricTable(new MetricLayout([a, b, sum]), Float64Array.of(1, 5, 6))
    expect(JSON.stringify(t)).toBe(JSON.stringify({a, b: {...b, value: 5}, sum: {...sum, value: 6}}))
    expect(Object.keys(t.toRecord())).toEqual(['a', 'b', 'sum'])
  })

  it('is read by the typed helpers as a Report\'s record is', () => {
    const t = new MetricTable(new MetricLayout([a, b]), Float64Array.of(1, 5))
    expect(metricValue(t, 'b' as never)).toBe(5)
    expect(metricValue(t.toRecord(), 'b' as never)).toBe(5)
    expect(optionalMetric(t, 'c' as never)).toBeNull()
    expect(() => metricValue(t, 'c' as never)).toThrow(/no metric c/)
  })
})

describe('a compiled estimate\'s table', () => {
  it('is the trace\'s layout with the call\'s values: a run makes no node, and reading a value makes none', async () => {
    clearCompiled()
    const model = (await loadSpec(MINIMAL, 'spec.yaml')).model
    estimate(model)
    const traced = estimate(model)
    const moved = {...model, users: {...model.users, dau: {...model.users.dau!, value: 200_000}}}
    const e = estimate(moved)
    expect(e.metrics.layout).toBe(traced.metrics.layout)
    // Twice the DAU (100 K → 200 K), twice the writes: 1 a user a day in MINIMAL.
    expect(e.metrics.value('workload.items.requests.write.perDay')).toBe(200_000)
    expect((e.metrics as unknown as {made: unknown}).made).toBeNull()
    // Asked for, the node is its own and the same JSON as the full derivation's.
    expect(JSON.stringify(e.metrics)).toBe(JSON.stringify(estimateInFull(moved).metrics))
    expect(JSON.stringify(e)).toBe(JSON.stringify(estimateInFull(moved)))
  })
})
