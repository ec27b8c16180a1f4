import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {componentId, downtimeId, inputId, metricId, type ScopeConditionalSuffix, type ScopeSuffix, SYSTEM, workloadMetricId, workloadScope} from '../../src/engine/ids.js'
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

describe('which metrics every estimate has', () => {
  // What readers take as always there (metricValue), in both scopes.
  const always: readonly ScopeSuffix[] = [
    ...(['read', 'write', 'total'] as const).flatMap((k) => [`requests.${k}.perDay`, `requests.${k}.perMonth`, `qps.${k}.avg`, `qps.${k}.peak`] as const),
    'storage.perDay',
    'storage.perMonth',
    'storage.perYear',
    'storage.total',
    'storage.text.perDay',
    'storage.text.total',
    'storage.year.1',
    ...(['ingress', 'egress'] as const).flatMap((d) => [`bandwidth.${d}.avg`, `bandwidth.${d}.peak`, `bandwidth.${d}.text.avg`, `bandwidth.${d}.text.peak`] as const),
    'capacity.qps',
  ]
  const barest = {
    'writes only': MINIMAL.replace(/^ +reads:.*\n/m, ''),
    'reads only': MINIMAL.replace(/^ +writes:.*\n/m, ''),
  }

  it.each(Object.entries(barest))('has them with %s, and none of what the spec does not describe', async (_, yaml) => {
    const e = await estimateYaml(yaml)
    for (const scope of [SYSTEM, workloadScope('items')]) {
      for (const suffix of always) expect(() => metricValue(e.metrics, metricId(scope, suffix))).not.toThrow()
      const absent: ScopeConditionalSuffix[] = ['storage.media.perDay', 'bandwidth.egress.media.avg', 'concurrency.peak']
      for (const suffix of absent) expect(optionalMetric(e.metrics, metricId(scope, suffix))).toBeNull()
    }
    expect(metricValue(e.metrics, workloadMetricId('items', 'storage.retentionDays'))).toBeGreaterThan(0)
    expect(optionalMetric(e.metrics, 'availability.composite')).toBeNull()
  })

  it('derives the read:write ratio only with writes, and the cache only with reads', async () => {
    const writesOnly = await estimateYaml(barest['writes only'])
    const readsOnly = await estimateYaml(barest['reads only'])
    expect(optionalMetric(writesOnly.metrics, 'cache.hotBytes')).toBeNull()
    expect(optionalMetric(writesOnly.metrics, 'ratio.readWrite')).not.toBeNull()
    expect(optionalMetric(readsOnly.metrics, 'ratio.readWrite')).toBeNull()
    expect(optionalMetric(readsOnly.metrics, 'cache.hotBytes')).not.toBeNull()
  })
})
