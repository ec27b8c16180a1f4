import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {componentId, downtimeId, inputId, metricId, SYSTEM, workloadMetricId, workloadScope} from '../../src/engine/ids.js'
import {findMetric, metricValue, optionalMetric} from '../../src/engine/metrics.js'
import {estimateYaml, MINIMAL} from '../helpers/spec.js'

describe('typed metric ids', () => {
  it('refuses a misspelt id at compile time (ids.typecheck.ts compiles clean, each expected error met)', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile).config, ts.sys, root)
    const file = fileURLToPath(new URL('./ids.typecheck.ts', import.meta.url))
    // rootDir is src/ for the build; this file lives in test/.
    const program = ts.createProgram([file], {...config.options, noEmit: true, rootDir: root})
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null
      return `${d.file?.fileName ?? ''}:${at ? at.line + 1 : 0}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
    expect(problems).toEqual([])
  }, 60_000)

  it('builds the ids the engine names its metrics by', () => {
    expect(metricId(SYSTEM, 'qps.write.peak')).toBe('qps.write.peak')
    expect(metricId(workloadScope('posts'), 'qps.write.peak')).toBe('workload.posts.qps.write.peak')
    expect(workloadMetricId('posts', 'storage.recordBytes')).toBe('workload.posts.storage.recordBytes')
    expect(inputId('users.dau')).toBe('input.users.dau')
    expect(downtimeId('slo', 'year')).toBe('availability.slo.downtime.year')
    expect(componentId(componentId('availability.composite', 2), 1)).toBe('availability.composite.2.1')
  })
})

describe('reading metrics by typed id', () => {
  it('reads a metric every estimate has, and calls a missing one a bug', async () => {
    const e = await estimateYaml(MINIMAL)
    expect(metricValue(e.metrics, 'qps.write.peak')).toBeGreaterThan(0)
    expect(() => metricValue({}, 'qps.write.peak')).toThrow(/internal error.*qps\.write\.peak/)
  })

  it('reads a metric only some specs have as null when this one has none', async () => {
    const e = await estimateYaml(MINIMAL)
    expect(optionalMetric(e.metrics, 'availability.slo.downtime.year')).toBeNull()
    expect(findMetric(e.metrics, 'availability.composite')).toBeNull()
  })
})
