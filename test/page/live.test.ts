import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseDocument} from 'yaml'
import {describe, expect, it} from 'vitest'
import {recordingReader, replayReader} from '../../src/analysis/recorded-inputs.js'
import {createAnalyser} from '../../src/analysis/analyser.js'
import {decodeFragment, encodeFragment} from '../../src/page/fragment.js'
import {applyEdits, editableInputs, MAX_VALUE_CHARS, pathKey, scalarOf} from '../../src/page/inputs.js'
import {recompute} from '../../src/page/recompute.js'
import {defaultConventions, livePage, type LiveData} from '../../src/render/html-live.js'
import {renderHtml} from '../../src/render/html.js'
import {InputNotFound, readerOf} from '../../src/analysis/inputs.js'
import {sizeup} from '../helpers/analysis.js'

// The live page's parts that need no browser: the inputs it offers, the edits
// applied to the YAML, the fragment, and the recomputation, against the CLI.
// test/browser/live-report.test.ts drives the page itself.

const ROOT = process.cwd()
const FILE = 'examples/social-feed.yaml'
const TEXT = readFileSync(join(ROOT, FILE), 'utf8')

/** The CLI's report of a spec text saved under the same name, in a directory of its own (no configuration there to find). */
async function cliOf(text: string, ...flags: string[]): Promise<{stdout: string; stderr: string; status: number}> {
  const dir = mkdtempSync(join(tmpdir(), 'sizeup-live-cli-'))
  try {
    mkdirSync(join(dir, 'examples'))
    writeFileSync(join(dir, FILE), text)
    return await sizeup(['report', FILE, ...flags], '', {}, dir)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

async function liveData(text = TEXT): Promise<LiveData> {
  const recorded = recordingReader(readerOf({[FILE]: text}))
  const report = await createAnalyser({read: recorded.read}).analyse({spec: FILE})
  return livePage(report, {spec: FILE}, recorded.inputs, '').data
}

describe('the inputs recorded and replayed', () => {
  it('replays the overlay the report was made with, the spec replaced by its edited text, and knows no other input', async () => {
    const OVERLAY = 'examples/overlays/postgres-redis-kafka.yaml'
    const texts = {[FILE]: TEXT, [OVERLAY]: readFileSync(join(ROOT, OVERLAY), 'utf8')}
    const recorded = recordingReader(readerOf(texts))
    const request = {spec: FILE, overlay: OVERLAY}
    const report = await createAnalyser({read: recorded.read}).analyse(request)
    expect(recorded.inputs.map((i) => [i.name, i.role])).toEqual([[FILE, 'spec'], [OVERLAY, 'overlay']])
    const replay = replayReader({request, inputs: recorded.inputs}, TEXT.replace('dau: 50%', 'dau: 40%'))
    expect((await replay(OVERLAY, 'overlay')).text).toBe(texts[OVERLAY])
    expect((await replay(FILE, 'spec')).text).toContain('dau: 40%')
    await expect(replay('other.yaml', 'spec')).rejects.toBeInstanceOf(InputNotFound)
    const again = await createAnalyser({read: replayReader({request, inputs: recorded.inputs})}).analyse(request)
    expect(JSON.stringify(again)).toBe(JSON.stringify(report))
  })
})

describe('the inputs the page offers', () => {
  it('lists every scalar of the spec by its path, then each convention left at its default', async () => {
    const data = await liveData()
    const inputs = editableInputs(parseDocument(TEXT), data.defaults)
    const byKey = new Map(inputs.map((i) => [i.key, i]))
    expect(byKey.get('users.dau')).toMatchObject({value: '50%', group: 'users', path: ['users', 'dau']})
    expect(byKey.get('workloads.posts.reads.perUserPerDay')?.value).toBe('10')
    expect(byKey.get('workloads.follows.recordFields.follower_id')?.value).toBe('8 B')
    expect(byKey.get('conventions.secondsPerDay')).toMatchObject({value: '', placeholder: 'default: 86,400 s', group: 'conventions'})
    // The social feed states its peak factor: it is an input of the spec, not a default.
    expect(data.defaults.map((d) => d.path)).not.toContain('traffic.peakFactor')
    expect(new Set(inputs.map((i) => i.key)).size).toBe(inputs.length)
  })

  it('names paths that are not plain words with brackets, and sequence items by index', () => {
    expect(pathKey(['workloads', 'a.b', 'reads'])).toBe('workloads["a.b"].reads')
    expect(pathKey(['placement', 'regions', 0])).toBe('placement.regions[0]')
  })

  it('reads a typed value as YAML would after its key, and anything more than one value as text', () => {
    expect(scalarOf('2000000')).toBe(2_000_000)
    expect(scalarOf('true')).toBe(true)
    expect(scalarOf('60%')).toBe('60%')
    expect(scalarOf('a: b')).toBe('a: b')
    expect(scalarOf('[1, 2')).toBe('[1, 2')
    expect(scalarOf('x'.repeat(500))).toBe('x'.repeat(MAX_VALUE_CHARS))
  })
})

describe('edits applied to the YAML document', () => {
  const inputs = editableInputs(parseDocument(TEXT), [{path: 'conventions.secondsPerDay', display: '86,400 s'}])

  it('is the file’s text exactly with no edits', () => {
    expect(applyEdits(TEXT, inputs, new Map())).toBe(TEXT)
  })

  it('sets a stated value where it is, keeping its comment, and adds a default convention under conventions', () => {
    const text = applyEdits(TEXT, inputs, new Map([['users.dau', '1M'], ['conventions.secondsPerDay', '100000']]))
    expect(text).toContain('dau: 1M # a share of MAU: 150 M daily active users')
    expect(text).toContain('# The social feed of the methodology document')
    const doc = parseDocument(text)
    expect(doc.getIn(['users', 'dau'])).toBe('1M')
    expect(doc.getIn(['conventions', 'secondsPerDay'])).toBe(100_000)
    expect(doc.getIn(['users', 'mau'])).toBe('300M')
  })
})

describe('the edits in the URL fragment', () => {
  const inputs = editableInputs(parseDocument(TEXT), [])

  it('round-trips, in the inputs’ order, form-encoded', () => {
    const edits = new Map([['workloads.posts.reads.perUserPerDay', '20'], ['users.dau', '60% & more']])
    const fragment = encodeFragment(inputs, edits)
    expect(fragment).toBe('#users.dau=60%25+%26+more&workloads.posts.reads.perUserPerDay=20')
    expect([...decodeFragment(fragment, inputs)]).toEqual([['users.dau', '60% & more'], ['workloads.posts.reads.perUserPerDay', '20']])
    expect(encodeFragment(inputs, new Map())).toBe('')
  })

  it('reads only the page’s own keys, each value cut at MAX_VALUE_CHARS', () => {
    const edits = decodeFragment(`#__proto__=1&constructor=2&nope=3&users.dau=${'9'.repeat(1000)}`, inputs)
    expect([...edits.keys()]).toEqual(['users.dau'])
    expect(edits.get('users.dau')).toHaveLength(MAX_VALUE_CHARS)
  })
})

describe('the recomputation', () => {
  it('gives the Report the CLI gives for the edited text', async () => {
    const data = await liveData()
    const inputs = editableInputs(parseDocument(TEXT), data.defaults)
    const edited = applyEdits(TEXT, inputs, new Map([['users.dau', '1M']]))
    const result = await recompute(data, edited)
    if (!result.ok) throw new Error(result.problems)
    // 1 M DAU × 10 reads a day ÷ 86,400 s × 2 (peak factor) = 231.481… reads/s
    expect(result.report.metrics['qps.read.peak']!.value).toBeCloseTo((1e6 * 10 * 2) / 86_400, 9)
    const cli = await cliOf(edited, '--json')
    expect(cli.status, cli.stderr).toBe(0)
    expect(JSON.parse(JSON.stringify(result.report))).toEqual(JSON.parse(cli.stdout))
    expect(result.body).toContain(`data-metric="qps.read.peak" data-value="${String((1e6 * 10 * 2) / 86_400)}"`)
  })

  it('recomputes with a convention the file leaves at its default, stated in the page', async () => {
    const data = await liveData()
    const inputs = editableInputs(parseDocument(TEXT), data.defaults)
    const result = await recompute(data, applyEdits(TEXT, inputs, new Map([['conventions.secondsPerDay', '100000']])))
    if (!result.ok) throw new Error(result.problems)
    // 150 M DAU × 10 reads a day ÷ 100,000 s (napkin day) × 2 (peak factor) = 30,000 reads/s exactly
    expect(result.report.metrics['qps.read.peak']!.value).toBe(30_000)
    expect(result.report.conventions.find((c) => c.name === 'secondsPerDay')).toMatchObject({value: 100_000, source: 'spec'})
  })

  it('gives the CLI’s located problems for an invalid edit, positioned in the edited text', async () => {
    const data = await liveData()
    const inputs = editableInputs(parseDocument(TEXT), data.defaults)
    const edited = applyEdits(TEXT, inputs, new Map([['users.dau', 'lots'], ['traffic.peakFactor', '-1']]))
    const result = await recompute(data, edited)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const cli = await cliOf(edited)
    expect(cli.status).toBe(2)
    expect(`${result.problems}\n`).toBe(cli.stderr)
    // Positions in the edited text: `  dau: lots` on line 12, `  peakFactor: -1` on line 15.
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([`${FILE}:12:8`, `${FILE}:15:15`])
    expect(edited.split('\n')[11]!.slice(7)).toMatch(/^lots/)
  })
})

describe('the live page’s markup', () => {
  it('is the same bytes for the same spec, live; not live when laid out by --template-dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizeup-live-page-'))
    try {
      const run = async (name: string, ...flags: string[]): Promise<string> => {
        const r = await sizeup(['report', FILE, '--format', 'html', '-o', join(dir, name), ...flags])
        expect(r.status, r.stderr).toBe(0)
        return readFileSync(join(dir, name), 'utf8')
      }
      const first = await run('a.html')
      expect(await run('b.html')).toBe(first)
      expect(first).toContain('<script type="application/json" id="sizeup-inputs">')
      expect(first).toContain(readFileSync(join(ROOT, 'dist/vendor/sizeup-live.js'), 'utf8').replaceAll('</script', '<\\/script').slice(0, 200))
      mkdirSync(join(dir, 'templates'))
      writeFileSync(join(dir, 'templates', 'summary.md.hbs'), '## Summary\n\nOurs.\n')
      const templated = await run('c.html', '--template-dir', join(dir, 'templates'))
      expect(templated).not.toContain('sizeup-inputs')
      expect(templated).toContain('data-metric="qps.read.peak"')
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })


  it('carries the inputs as JSON no text of which can close its element, and the metric hooks on the appendix', async () => {
    const hostile = TEXT.replace('name: Social feed', 'name: "</script><script>window.__ran=1</script><!--"')
    const data = await liveData(hostile)
    const page = renderHtml('# T\n\n| id | what | value | from |\n| --- | --- | ---: | --- |\n| `users.dau` | DAU | 150 M | `users.dau` |\n', '', {metrics: {'users.dau': {id: 'users.dau', kind: 'input', label: 'DAU', value: 150e6, unit: 'count', formula: null, inputs: {}, conventions: [], source: 'users.dau'}} as never, live: {script: 'void 0', data}})
    const block = /<script type="application\/json" id="sizeup-inputs">([\s\S]*?)<\/script>/.exec(page)![1]!
    expect(block).not.toMatch(/<|>/)
    expect(JSON.parse(block)).toEqual(JSON.parse(JSON.stringify(data)))
    expect(page).toContain('<td align="right" data-metric="users.dau" data-value="150000000">150 M</td>')
    expect(defaultConventions([{source: 'spec', path: 'a', display: 'x'}, {source: 'default', path: 'b', display: 'y'}])).toEqual([{path: 'b', display: 'y'}])
  })
})
