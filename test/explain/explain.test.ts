import {readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {explanationJson} from '../../src/render/explain-json.js'
import {explain, headlineMetrics} from '../../src/explain/tree.js'
import {plain, powerOfTen, renderExplanation, renderExplanations} from '../../src/render/explain-text.js'
import {estimateExample, ROOT} from '../helpers/spec.js'

/** Compares with test/golden/explain/<name>; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  const path = `${ROOT}/test/golden/explain/${name}`
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('powers of ten', () => {
  it.each([
    [300_000_000, '3 × 10⁸'],
    [86_400, '8.64 × 10⁴'],
    [3472.2222, '3.47 × 10³'],
    [55.188e15, '5.52 × 10¹⁶'],
    [0.1, '1 × 10⁻¹'],
    [2, '2'],
    [800, '800'],
    [0, '0'],
    [9_999_999, '1 × 10⁷'], // rounding the mantissa up carries into the exponent
    [0.9999, '0.9999'], // an SLO keeps its nines: it printed `1 × 10⁰`, so `(1 − availability)` read `(1 − 1 × 10⁰)`
    [0.5, '5 × 10⁻¹'],
  ])('%d → %s', (value, text) => {
    expect(powerOfTen(value)).toBe(text)
  })

  it('plain numbers keep their digits', () => {
    expect(plain(3472.2222)).toBe('3,472.22')
    expect(plain(300_000_000)).toBe('300,000,000')
    expect(plain(55.188e15)).toBe('5.52 × 10¹⁶')
    // Floating-point noise is not a figure: 91.98e12 ÷ 0.7 = 131,400,000,000,000.02 in doubles.
    expect(plain(91.98e12 / 0.7)).toBe('131,400,000,000,000')
    expect(plain(0.1 + 0.2)).toBe('0.3')
  })
})

describe('explain (social feed)', () => {
  it('write QPS: the whiteboard line', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanation(explain(e, 'qps.write.avg'))
    // 3 × 10⁸ writes/day ÷ 8.64 × 10⁴ s/day ≈ 3.47 × 10³ writes/s
    expect(text).toContain('powers:   3 × 10⁸ req ÷ 8.64 × 10⁴ s ≈ 3.47 × 10³ req/s')
    expect(text).toContain('values:   300,000,000 req ÷ 86,400 s = 3,472.22 req/s')
    golden('social-feed.qps.write.avg.txt', `${text}\n`)
    golden('social-feed.qps.write.avg.json', `${JSON.stringify(explanationJson(explain(e, 'qps.write.avg')), null, 2)}\n`)
  })

  it('5-year storage, down to the spec inputs', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanation(explain(e, 'workload.posts.storage.total'))
    // 2.4 × 10¹¹ B/day × 1,825 days = 4.38 × 10¹⁴ B of text; 3 × 10¹³ × 1,825 = 5.47 × 10¹⁶ B of media
    expect(text).toContain('values:   240,000,000,000 B × 1,825 days = 438,000,000,000,000 B')
    expect(text).toContain('(55.2 PB)')
    golden('social-feed.storage.total.txt', `${renderExplanation(explain(e, 'storage.total'))}\n`)
  })

  it('lists the headline metrics that exist', async () => {
    const e = await estimateExample('social-feed.yaml')
    expect(headlineMetrics(e)).toContain('availability.slo.downtime.year')
    expect(() => explain(e, 'no.such.metric')).toThrow(RangeError)
  })
})

describe('a concise explain (issue 16)', () => {
  it('shows each shared subtree once and refers back to it by id', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanations(headlineMetrics(e).map((id) => explain(e, id)))
    // qps.write.peak = qps.write.avg × peakFactor: the average was derived in the tree above it.
    expect(text).toContain('qps.write.peak — Peak write QPS = 6,944.44 req/s')
    expect(text).toContain('\n  qps.write.avg = 3,472.22 req/s (shown above)\n')
    // Every id is derived once: its label line appears one time in the whole output.
    const derived = text.split('\n').filter((l) => l.includes(' — ')).map((l) => l.trim().split(' — ')[0])
    expect(new Set(derived).size).toBe(derived.length)
    expect(text.match(/^ *convention\.secondsPerDay — /gm)).toHaveLength(1)
    // It was 744 lines with every subtree repeated; a bound, not an exact count, so new metrics do not break it.
    expect(text.split('\n').length).toBeLessThan(350)
  })

  it('a zero term shows why in its values line, without a chain of zeros below it', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanation(explain(e, 'storage.perDay'))
    // The users workload writes nothing: 0 req × 1,000 B = 0 B, and its record size is not derived here.
    expect(text).toContain('    workload.users.storage.text.perDay — New text data per day = 0 B\n        formula:  writesPerDay × storedRecordBytes\n        values:   0 req × 1,000 B = 0 B\n')
    expect(text).not.toContain('workload.users.storage.recordBytes')
    // Asked for by id, the zero metric is derived in full.
    expect(renderExplanation(explain(e, 'workload.users.storage.text.perDay'))).toContain('workload.users.storage.recordBytes — Stored bytes per record = 1,000 B (1 KB)')
  })

  it('a single tree shows a node repeated inside it once', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanation(explain(e, 'storage.total'))
    expect(text.match(/input\.horizon — /g)).toHaveLength(1)
    expect(text).toContain('input.horizon = 5 years (shown above)')
  })

  it('leaves out a values line that only repeats the result', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanation(explain(e, 'qps.write.peak'))
    expect(text).not.toContain('2× = 2×')
    expect(text).not.toContain('2× ≈ 2×')
    // traffic.peakFactor passes the spec's peak factor on: its formula and the input below say it all.
    expect(text).toContain('  traffic.peakFactor — Effective peak factor = 2×\n      formula:  peakFactor\n    input.traffic.peakFactor — Peak factor = 2×')
    expect(renderExplanation(explain(e, 'cache.hotBytes'))).not.toContain('values:   300,000,000 req = 300,000,000')
  })

  it('a DAU written as an expression on MAU shows that derivation, as a DAU written as a share does', async () => {
    // chat.yaml: `mau: 2B`, `dau: 50% * mau` → 2 × 10⁹ × 0.5 = 1 × 10⁹ (it stopped at `input: users.dau`).
    const chat = await estimateExample('chat.yaml')
    expect(renderExplanation(explain(chat, 'input.users.dau'))).toContain('values:   2,000,000,000 users × 0.5 = 1,000,000,000 users')
    // url-shortener.yaml: `mau: 50M`, `dau: 40% * mau` → 5 × 10⁷ × 0.4 = 2 × 10⁷.
    const short = await estimateExample('url-shortener.yaml')
    expect(renderExplanation(explain(short, 'input.users.dau'))).toContain('values:   50,000,000 users × 0.4 = 20,000,000 users')
    expect(short.metrics.get('input.users.dau')?.value).toBe(20_000_000)
  })

  it('durations as people write them', async () => {
    const e = await estimateExample('social-feed.yaml')
    const text = renderExplanation(explain(e, 'qps.write.avg'))
    expect(text).toContain('convention.secondsPerDay — Seconds per day = 86,400 s (1 day)')
    expect(text).not.toMatch(/\b0h|\b0m|\b0s\b/)
  })
})
