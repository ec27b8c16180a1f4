import {describe, expect, it} from 'vitest'
import type {FlipPoint} from '../../src/matrices/types.js'
import {flipsView} from '../../src/render/view/flips.js'

const option = (id: string, label: string, technology: string | null) => ({id, label, technology})

describe('flip points in the design document', () => {
  // Records that never start over printed "records start over every (0s)".
  it('says what a 0 means where it is a word: records that never start over, a ranking by a running score', () => {
    const points: FlipPoint[] = [
      {fact: 'resetEvery', label: 'records start over every', from: null, value: 0, unit: 's', flips: []},
      {fact: 'rankWindow', label: 'ranking window', from: null, value: 0, unit: 's', flips: []},
      {fact: 'peakWriteQps', label: 'peak writes', from: null, value: 0, unit: 'req/s', flips: []},
    ]
    expect(flipsView(points).steady).toBe('records start over every (never), ranking window (none: a running score), peak writes (0/s)')
  })

  it('formats values with their units, groups other values that lead to the same option, and lists the inputs that change nothing', () => {
    const points: FlipPoint[] = [
      {fact: 'peakWriteQps', label: 'peak writes', from: 'workload.posts.qps.write.peak', value: 6944.4, unit: 'req/s', flips: [{direction: 'down', atMost: 5000, becomes: option('relational', 'Relational database', 'PostgreSQL')}]},
      {fact: 'availabilitySlo', label: 'availability SLO', from: 'input.slo.availability', value: 0.9999, unit: 'ratio', flips: [{direction: 'down', atLeast: 0.999, below: 0.9999, becomes: option('multi-az', 'Across availability zones', null)}]},
      {
        fact: 'access',
        label: 'access pattern',
        from: 'workloads.posts.access',
        value: 'point',
        unit: null,
        flips: [
          {direction: 'other', is: 'timeline', becomes: option('wide-column', 'Wide-column store', 'Cassandra')},
          {direction: 'other', is: 'blob', becomes: option('object-storage', 'Object storage', 'Amazon S3')},
          {direction: 'other', is: 'range', becomes: option('wide-column', 'Wide-column store', 'Cassandra')},
        ],
      },
      {fact: 'peakReadQps', label: 'peak reads', from: null, value: 500, unit: 'req/s', flips: [{direction: 'up', atLeast: 1000, becomes: null}]},
      {fact: 'transactions', label: 'transactions', from: null, value: null, unit: null, flips: []},
      {fact: 'textStorageBytes', label: 'records kept', from: null, value: 1.44e12, unit: 'B', flips: []},
    ]
    expect(flipsView(points)).toEqual({
      rows: [
        {input: 'peak writes', here: '6,944/s', at: '5,000/s or less', becomes: 'Relational database — PostgreSQL'},
        {input: 'availability SLO', here: '99.99%', at: '99.9% or more and below 99.99%', becomes: 'Across availability zones'},
        {input: 'access pattern', here: 'point', at: 'timeline or range', becomes: 'Wide-column store — Cassandra'},
        {input: '', here: '', at: 'blob', becomes: 'Object storage — Amazon S3'},
        {input: 'peak reads', here: '500/s', at: '1,000/s or more', becomes: 'no decision (the matrix no longer applies)'},
      ],
      steady: 'transactions (not stated), records kept (1.44 TB)',
    })
  })

  it('escapes every piece for Markdown', () => {
    const hostile = '`x` | <script> *y*'
    const points: FlipPoint[] = [{fact: hostile, label: hostile, from: null, value: hostile, unit: null, flips: [{direction: 'other', is: hostile, becomes: option('a', hostile, hostile)}]}]
    const row = flipsView(points).rows[0]!
    for (const cell of Object.values(row)) {
      expect(cell).not.toMatch(/(?<!\\)[|`*]/)
      expect(cell).not.toContain('<')
    }
  })
})
