import {describe, expect, it} from 'vitest'
import {diffSides} from '../../src/diff/compare.js'
import {renderDiffMarkdown} from '../../src/render/diff/markdown.js'
import {change, relative} from '../../src/render/diff/numbers.js'
import {renderDiffText} from '../../src/render/diff/text.js'
import type {MetricDelta} from '../../src/diff/types.js'
import {finding, side} from './helpers.js'

const OPTIONS = {all: false, thresholds: [], config: null}
const delta = (over: Partial<MetricDelta>): MetricDelta => ({id: 'm', label: 'm', unit: 'B', status: 'changed', headline: false, base: 1, head: 2, delta: 1, relative: 1, ...over})

describe('diff numbers', () => {
  it('prints a change with its sign in the metric’s unit', () => {
    expect(change(delta({unit: 'B', delta: 522e15}), false)).toBe('+522 PB')
    expect(change(delta({unit: 'B', delta: -2 * 1024 ** 4}), true)).toBe('-2 TiB')
    expect(change(delta({unit: 'req/s', delta: 17_361.1}), false)).toBe('+17.4 K/s')
    expect(change(delta({unit: 's', delta: -12_614.4}), false)).toBe('-3h 30m 14s')
    expect(change(delta({unit: 'USD', delta: 97.2}), false)).toBe('+$97.20')
    // A share changes by percentage points, not per cent.
    expect(change(delta({unit: 'ratio', delta: -0.0004}), false)).toBe('-0.04 pp')
    expect(change(delta({status: 'added', delta: null}), false)).toBe('added')
    expect(change(delta({status: 'unchanged', delta: 0}), false)).toBe('0')
  })

  it('prints the relative change as a percentage, `from 0` without a base', () => {
    expect(relative(delta({relative: 9.45}))).toBe('+945%')
    expect(relative(delta({relative: -0.5}))).toBe('-50%')
    expect(relative(delta({relative: 0.00222}))).toBe('+0.222%')
    expect(relative(delta({relative: null}))).toBe('from 0')
    expect(relative(delta({status: 'removed', relative: null}))).toBe('')
  })
})

describe('diff renderers', () => {
  const hostile = 'Feed | <script>alert(1)</script> *bold*'
  const diff = diffSides(
    side({'storage.total': [100, 'B']}, {name: hostile, findings: [finding('slo-unreachable', 'slo.availability', 10, 'reach 99.9% | short')]}),
    side({'storage.total': [150, 'B']}, {name: hostile, findings: [finding('unbounded-retention', 'workloads.a', 12, '`a` keeps <all> data')]}),
  )

  it('escapes names and messages in Markdown', () => {
    const text = renderDiffMarkdown(diff, OPTIONS)
    expect(text).toContain('## sizeup diff: Feed \\| &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\*')
    expect(text).toContain('| reach 99.9% \\| short |')
    expect(text).toContain('\\`a\\` keeps &lt;all&gt; data')
    expect(text).not.toContain('<script>')
  })

  it('lists findings added and resolved, each at its own version’s line', () => {
    const text = renderDiffText(diff, OPTIONS)
    expect(text).toContain('+ added    error unbounded-retention at workloads.a (spec.yaml:12:5)')
    expect(text).toContain('- resolved error slo-unreachable at slo.availability (spec.yaml:10:5)')
  })

  it('colours only through the style it is given', () => {
    const style = {heading: (s: string) => `<h>${s}</h>`, dim: (s: string) => s, good: (s: string) => `<g>${s}</g>`, bad: (s: string) => `<b>${s}</b>`}
    const text = renderDiffText(diff, OPTIONS, style)
    expect(text).toContain('<h>Findings</h>')
    expect(text).toContain('<b>+ added   </b>')
    expect(renderDiffText(diff, OPTIONS)).not.toMatch(/<[hgb]>/)
  })
})
