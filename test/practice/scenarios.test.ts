import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {HEADLINE_METRICS} from '../../src/explain/tree.js'
import {PRACTICE} from '../../src/practice/generated/practice.js'
import {questionFor} from '../../src/practice/questions.js'
import {DEFAULT_SEED, listScenarios, pickScenario} from '../../src/practice/scenario.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from '../helpers/spec.js'

const scenarios = PRACTICE.scenarios

describe('the bundled practice scenarios', () => {
  it('are at least eight, with unique ids, one per file of examples/practice/', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8)
    const ids = scenarios.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    const files = readdirSync(`${ROOT}/examples/practice`).filter((f) => f.endsWith('.yaml')).map((f) => `examples/practice/${f}`).sort()
    expect(scenarios.map((s) => s.file).sort()).toEqual(files)
  })

  it('cover the classic interview questions', () => {
    const ids = scenarios.map((s) => s.id)
    for (const id of ['social-feed', 'url-shortener', 'chat', 'video-streaming', 'ride-hailing', 'search-autocomplete', 'web-crawler', 'metrics-ingestion']) expect(ids).toContain(id)
  })

  it('ship the spec text as it is in examples/practice/ (the build is fresh)', () => {
    for (const s of scenarios) expect(s.text, s.file).toBe(readFileSync(`${ROOT}/${s.file}`, 'utf8'))
  })

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
    it('loads as a valid spec with an interviewer’s prompt in its description', async () => {
      const spec = await loadSpec(scenario.text, scenario.file)
      const description = (spec.source.data as {description?: unknown}).description
      expect(typeof description).toBe('string')
      expect((description as string).length).toBeGreaterThan(80)
    })

    it('asks only metrics the estimate has, each with a question of its own and a positive value', async () => {
      const result = estimate((await loadSpec(scenario.text, scenario.file)).model)
      expect(scenario.ask.length).toBeGreaterThanOrEqual(5)
      for (const id of scenario.ask) {
        const node = result.metrics.get(id)
        expect(node, `${scenario.id} asks ${id}`).toBeDefined()
        expect(node!.value, id).toBeGreaterThan(0)
        expect(questionFor(node!, PRACTICE).text, id).not.toBe(`${node!.label}?`)
      }
    })
  })
})

describe('the questions', () => {
  it('have a text for every headline metric (what `--spec` asks)', () => {
    for (const id of HEADLINE_METRICS) expect(PRACTICE.questions[id], id).toBeDefined()
  })

  it('ask a workload’s metric with the workload’s name in front', async () => {
    const result = estimate((await loadSpec(scenarios.find((s) => s.id === 'ride-hailing')!.text, 'ride-hailing.yaml')).model)
    const q = questionFor(result.metrics.get('workload.trips.storage.total')!, PRACTICE)
    expect(q.text).toBe(`trips: ${PRACTICE.questions['storage.total']}`)
    expect(q).toMatchObject({unit: 'B', expect: 'a size in bytes', example: '240 GB'})
  })
})

describe('picking a scenario', () => {
  it('is a pure function of the seed', () => {
    for (let seed = 0; seed < 50; seed++) expect(pickScenario(scenarios, seed).id).toBe(pickScenario(scenarios, seed).id)
  })

  it('reaches every scenario across seeds', () => {
    const picked = new Set(Array.from({length: 200}, (_, seed) => pickScenario(scenarios, seed).id))
    expect([...picked].sort()).toEqual(scenarios.map((s) => s.id).sort())
  })

  it('has a documented default seed', () => {
    expect(DEFAULT_SEED).toBe(1)
  })

  it('--list shows every id and title', () => {
    const text = listScenarios(scenarios)
    for (const s of scenarios) expect(text).toContain(`${s.id}`)
    expect(text.trim().split('\n')).toHaveLength(scenarios.length)
  })
})
