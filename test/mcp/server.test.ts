import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Client} from '@modelcontextprotocol/sdk/client/index.js'
import {SECTIONS} from '../../src/numbers/types.js'
import {MAX_SPEC_BYTES} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {connectedClient, textOf} from './helpers.js'

const FEED = 'examples/social-feed.yaml'
/** dau 10M; 0.1 writes and 10 reads per user a day. */
const SHORTENER = 'name: URL shortener\nusers:\n  dau: 10M\nworkloads:\n  links:\n    writes:\n      perUserPerDay: 0.1\n    reads:\n      perUserPerDay: 10\n    recordSize: 500 B\n'

type Structured = {structuredContent?: Record<string, unknown>; isError?: boolean}
const metric = (result: unknown, id: string): number => ((result as Structured).structuredContent!.metrics as Record<string, {value: number}>)[id]!.value

describe('sizeup mcp, in process (the SDK client over its in-memory transport)', () => {
  let client: Client
  beforeAll(async () => {
    client = await connectedClient()
  })
  afterAll(() => client.close())

  it('lists the five tools, each input schema made from the command’s flag declarations', async () => {
    const {tools} = await client.listTools()
    expect(tools.map((t) => t.name)).toEqual(['estimate', 'explain', 'report', 'check', 'numbers'])
    const estimate = tools.find((t) => t.name === 'estimate')!
    const properties = estimate.inputSchema.properties as Record<string, Record<string, unknown>>
    expect(Object.keys(properties)).toEqual(['spec', 'path', 'scenario', 'samples', 'seed'])
    // estimate's --samples: min 100, max 1,000,000, default 10,000 (src/commands/estimate.ts).
    expect(properties.samples).toMatchObject({type: 'integer', minimum: 100, maximum: 1_000_000, default: 10_000})
    expect(properties.spec).toMatchObject({type: 'string', maxLength: MAX_SPEC_BYTES})
    expect(String(properties.spec!.description)).toContain('specs/system.schema.json')
    expect(estimate.inputSchema.additionalProperties).toBe(false)
    // The published output schemas, as `sizeup schema estimate|report|check` print them.
    expect(estimate.outputSchema?.title).toBe('sizeup estimate result')
    expect(tools.map((t) => t.outputSchema === undefined)).toEqual([false, true, false, false, true])
    const numbers = tools.find((t) => t.name === 'numbers')!.inputSchema.properties as Record<string, {enum?: string[]}>
    expect(numbers.section!.enum).toEqual([...SECTIONS])
    const check = tools.find((t) => t.name === 'check')!.inputSchema.properties as Record<string, {enum?: string[]}>
    expect(check['fail-on']!.enum).toEqual(['error', 'warn', 'info'])
  })

  it('estimate gives the social-feed figures, structured exactly as `estimate --json` prints them', async () => {
    const result = await client.callTool({name: 'estimate', arguments: {path: FEED}})
    expect(result.isError).toBeFalsy()
    // 150 M DAU × 2 posts = 300 M writes a day ÷ 86,400 s = 3,472.2… /s;
    // × 10 reads = 1.5 B a day ÷ 86,400 s × peak factor 2 = 34,722.2… /s.
    expect(metric(result, 'qps.write.avg')).toBe(300e6 / 86_400)
    expect(metric(result, 'qps.read.peak')).toBe((1.5e9 / 86_400) * 2)
    const cli = await sizeup(['estimate', FEED, '--json'])
    expect((result as Structured).structuredContent).toEqual(JSON.parse(cli.stdout))
    expect(textOf(result)).toContain('Social feed — capacity estimate')
    expect(textOf(result)).not.toContain('\u001b[')
  })

  it('estimate takes the spec as text', async () => {
    const result = await client.callTool({name: 'estimate', arguments: {spec: SHORTENER}})
    // 10 M × 0.1 = 1 M writes a day ÷ 86,400 s = 11.574… /s; 10 M × 10 = 100 M reads ÷ 86,400 = 1,157.4… /s.
    expect(metric(result, 'qps.write.avg')).toBe(1e6 / 86_400)
    expect(metric(result, 'qps.read.avg')).toBe(1e8 / 86_400)
  })

  it('an invalid spec is a tool error with the located messages, all of them', async () => {
    const result = await client.callTool({name: 'estimate', arguments: {spec: 'name: x\nusers:\n  dau: lots\ntraffic:\n  peakFactor: often\n'}})
    expect(result.isError).toBe(true)
    expect((result as Structured).structuredContent).toBeUndefined()
    expect(textOf(result)).toMatch(/^<stdin>:3:8: `users\.dau` /)
    expect(textOf(result)).toContain('<stdin>:5:15: ')
    expect(textOf(result)).toContain('sizeup: 2 problems found')
  })

  it('arguments are checked against the input schema, every problem at once', async () => {
    const result = await client.callTool({name: 'estimate', arguments: {spec: SHORTENER, path: FEED, samples: 5, sede: 3}})
    expect(result.isError).toBe(true)
    const text = textOf(result)
    expect(text).toContain('<arguments>:1:1: give the spec as `spec` (YAML text) or as `path` (a file), one of the two')
    expect(text).toContain('`samples` must be at least 100 (got 5)')
    expect(text).toContain('unknown argument `sede`')
    expect(text).toContain('hint: did you mean `seed`?')
  })

  it('a spec larger than a spec may be is refused before it is read', async () => {
    const result = await client.callTool({name: 'estimate', arguments: {spec: `name: x\n#${'x'.repeat(MAX_SPEC_BYTES)}\n`}})
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain(`\`spec\` is longer than ${MAX_SPEC_BYTES} characters`)
  })

  it('explain derives one metric', async () => {
    const result = await client.callTool({name: 'explain', arguments: {path: FEED, metric: 'qps.write.avg'}})
    expect(textOf(result)).toContain('qps.write.avg — Average write QPS = 3,472.22 req/s')
    const tree = (result as Structured).structuredContent as {metrics: {id: string}[]}
    expect(tree.metrics[0]!.id).toBe('qps.write.avg')
  })

  it('report returns the Markdown document and the Report', async () => {
    const result = await client.callTool({name: 'report', arguments: {path: FEED}})
    const cli = await sizeup(['report', FEED, '--json'])
    expect((result as Structured).structuredContent).toEqual(JSON.parse(cli.stdout))
    expect(textOf(result)).toBe((await sizeup(['report', FEED])).stdout)
  })

  it('check failing is a result, not a tool error', async () => {
    // The social feed has 3 warnings and no error (`sizeup check` passes it); failing on warnings fails it.
    const passed = await client.callTool({name: 'check', arguments: {path: FEED}})
    expect((passed as Structured).structuredContent).toMatchObject({passed: true, summary: {warnings: 3, errors: 0}})
    const failed = await client.callTool({name: 'check', arguments: {path: FEED, 'fail-on': 'warn'}})
    expect(failed.isError).toBeFalsy()
    expect((failed as Structured).structuredContent).toMatchObject({passed: false})
    expect(textOf(failed)).toContain('warn')
  })

  it('numbers returns the figures under `numbers`, as `numbers --json` lists them', async () => {
    const result = await client.callTool({name: 'numbers', arguments: {words: ['rtt'], section: 'latency'}})
    const cli = await sizeup(['numbers', 'rtt', '--section', 'latency', '--json'])
    expect((result as Structured).structuredContent).toEqual({numbers: JSON.parse(cli.stdout)})
    // A word that starts with a dash is a word, not a flag.
    const dashed = await client.callTool({name: 'numbers', arguments: {words: ['--json']}})
    expect((dashed as Structured).structuredContent).toEqual({numbers: []})
  })

  it('an unknown tool is a protocol error', async () => {
    await expect(client.callTool({name: 'estimat', arguments: {}})).rejects.toThrow(/no tool estimat/)
  })
})

describe('sizeup mcp under many calls at once', () => {
  it('answers each call with its own spec (they run one at a time)', async () => {
    const client = await connectedClient()
    try {
      // 1 M … 8 M DAU × 0.1 writes a day ÷ 86,400 s.
      const dau = [1, 2, 3, 4, 5, 6, 7, 8]
      const results = await Promise.all(dau.map((m) => client.callTool({name: 'estimate', arguments: {spec: SHORTENER.replace('10M', `${m}M`)}})))
      expect(results.map((r) => metric(r, 'qps.write.avg'))).toEqual(dau.map((m) => (m * 1e6 * 0.1) / 86_400))
    } finally {
      await client.close()
    }
  })
})
