import {describe, expect, it} from 'vitest'
import {filterNumbers} from '../../src/numbers/filter.js'
import {REFERENCE_NUMBERS} from '../../src/numbers/generated/reference.js'
import {SECTIONS} from '../../src/numbers/types.js'
import {renderNumbers} from '../../src/render/numbers-text.js'

const all = {words: [], section: null, flag: null}

describe('reference numbers', () => {
  it('ships every figure with a source, in the six sections', () => {
    expect(REFERENCE_NUMBERS.length).toBeGreaterThan(200)
    for (const n of REFERENCE_NUMBERS) {
      expect(SECTIONS, n.key).toContain(n.section)
      expect(n.source.length, n.key).toBeGreaterThan(0)
      expect(Number.isFinite(n.value), n.key).toBe(true)
    }
    expect(new Set(REFERENCE_NUMBERS.map((n) => n.key)).size).toBe(REFERENCE_NUMBERS.length)
  })

  it('filters by words (all must match), section and flag', () => {
    const rtt = filterNumbers(REFERENCE_NUMBERS, {...all, words: ['rtt', 'datacenter']})
    expect(rtt.map((n) => n.key)).toEqual(['latency.rtt_same_datacenter.dean'])
    expect(rtt[0]!.value).toBe(500) // µs, as the catalog states it
    const throughput = filterNumbers(REFERENCE_NUMBERS, {...all, words: ['postgres'], section: 'throughput'})
    expect(throughput.every((n) => n.section === 'throughput' && `${n.key} ${n.note}`.toLowerCase().includes('postgres'))).toBe(true)
    expect(throughput.length).toBeGreaterThan(3)
    const disputed = filterNumbers(REFERENCE_NUMBERS, {...all, flag: 'disputed'})
    expect(disputed.length).toBeGreaterThan(5)
    expect(disputed.every((n) => n.note.toUpperCase().includes('DISPUTED'))).toBe(true)
    expect(filterNumbers(REFERENCE_NUMBERS, {...all, words: ['no-such-thing']})).toEqual([])
  })

  it('renders key, figure, conditions and source', () => {
    const text = renderNumbers(filterNumbers(REFERENCE_NUMBERS, {...all, words: ['pgbench_tpcb.rds_16vcpu']}))
    expect(text).toBe(
      [
        'throughput',
        'throughput.postgres.pgbench_tpcb.rds_16vcpu  7,525 TPS',
        '    RDS db.m8gd.4xlarge 64GB gp3 16K IOPS; same settings; runs 8133/7152/7288',
        '    source: ClickHouse/PostgresBench rds/results/rds_16cpu_64gb_6849.json @fd12147',
        '',
        '1 figure',
        '',
      ].join('\n'),
    )
    expect(renderNumbers([])).toBe('no reference numbers match\n')
  })
})
