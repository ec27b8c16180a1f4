import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {beforeAll, describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/check/types.js'
import {checkStyle} from '../../src/node/terminal-style.js'
import {escapeData, escapeProperty} from '../../src/spec/sinks/github.js'
import {CHECK_FORMATS, formatCheck} from '../../src/render/check/index.js'
import {ROOT} from '../helpers/spec.js'
import {AWKWARD, CLEAN_FILE, CONFIG_FILE, fixtureResult, ODD_FILE, RULE_SET} from './fixture.js'

let result: CheckResult
beforeAll(async () => {
  result = await fixtureResult()
})

const json = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(`${ROOT}/${rel}`, 'utf8')) as Record<string, unknown>
const RULE_IDS = [...RULE_SET.rules.map((r) => r.id), 'budget']

describe('every format', () => {
  it.each(CHECK_FORMATS)('%s is deterministic and names files only as given', (format) => {
    const out = formatCheck(result, format)
    expect(formatCheck(result, format)).toBe(out)
    expect(out).not.toContain(ROOT)
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/) // no timestamps
    expect(out.endsWith('\n')).toBe(true)
  })
})

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema (draft-04, with formats)', () => {
    const ajv = new Ajv04({allErrors: true, strict: false})
    addFormats(ajv)
    const validate = ajv.compile(json('test/fixtures/sarif-schema-2.1.0.json'))
    const log = JSON.parse(formatCheck(result, 'sarif')) as unknown
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('carries every rule’s metadata, and one result per finding with level, location and suppression', () => {
    const log = JSON.parse(formatCheck(result, 'sarif')) as {version: string; runs: Array<{tool: {driver: {rules: Array<Record<string, unknown>>}}; results: Array<Record<string, any>>}>}
    expect(log.version).toBe('2.1.0')
    const [run] = log.runs
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(RULE_IDS)
    expect(run!.tool.driver.rules[0]).toMatchObject({
      id: 'awkward-message',
      shortDescription: {text: 'Summary of awkward-message.'},
      helpUri: 'https://sizeup.dev/docs/rules.md#awkward-message',
      defaultConfiguration: {level: 'error'},
    })
    const results = run!.results
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['budget', 'error'],
      ['quiet-rule', 'note'],
      ['accepted-rule', 'error'],
      ['awkward-message', 'error'],
      ['budget', 'error'],
    ])
    expect(results[3]!.ruleIndex).toBe(0)
    expect(results[3]!.locations).toEqual([{physicalLocation: {artifactLocation: {uri: 'designs/odd%3A%20a%2Cb%20100%25.yaml'}, region: {startLine: 8, startColumn: 17}}}])
    expect(results[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe(CONFIG_FILE)
    expect(results[2]!.suppressions).toEqual([{kind: 'inSource', status: 'accepted', justification: 'known & accepted, see <ADR-7>'}])
    expect(results.filter((r) => r.suppressions).length).toBe(1)
  })
})

describe('junit', () => {
  const parse = (xml: string) => new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name)}).parse(xml)

  it('is well-formed XML with one test case per rule and file', () => {
    const xml = formatCheck(result, 'junit')
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parse(xml)
    const suites = doc.testsuites.testsuite as Array<{name: string; tests: string; testcase: Array<Record<string, any>>}>
    expect(suites.map((s) => s.name)).toEqual([CLEAN_FILE, ODD_FILE])
    for (const suite of suites) {
      expect(suite.testcase.map((c) => c.name)).toEqual(RULE_IDS)
      expect(suite.testcase.every((c) => c.classname === suite.name)).toBe(true)
      expect(Number(suite.tests)).toBe(RULE_IDS.length)
    }
    expect(doc.testsuites.tests).toBe(String(2 * RULE_IDS.length))
  })

  it('fails the cases with findings at the fail level, skips rules that are off, keeps the rest as output; escapes everything', () => {
    const doc = parse(formatCheck(result, 'junit'))
    const odd = (doc.testsuites.testsuite as Array<{name: string; testcase: Array<Record<string, any>>}>).find((s) => s.name === ODD_FILE)!
    const byName = Object.fromEntries(odd.testcase.map((c) => [c.name, c]))
    // The awkward message survives the round trip, its control character shown as text (XML 1.0 cannot carry it, and a CI page should not).
    expect(byName['awkward-message'].failure[0].message).toBe(AWKWARD.replace('\u0001', '\\u0001'))
    expect(byName['awkward-message'].failure[0].type).toBe('error')
    expect(byName['awkward-message'].failure[0]['#text']).toContain('fix: fix for awkward-message')
    expect(byName['quiet-rule'].failure).toBeUndefined()
    expect(byName['quiet-rule']['system-out']).toContain('a finding below the fail level')
    expect(byName['accepted-rule'].failure).toBeUndefined()
    expect(byName['accepted-rule']['system-out']).toContain('[suppressed: known & accepted, see <ADR-7>]')
    expect(byName['switched-off'].skipped).toEqual({message: `switched-off is off in ${CONFIG_FILE}`})
    expect(byName['never-fires'].failure).toBeUndefined()
    expect(byName.budget.failure[0].message).toContain('qps.write.peak of designs/odd: a,b 100%.yaml is 2 K/s; the budget is <= 1K')
    expect(doc.testsuites.failures).toBe('3')
    expect(doc.testsuites.skipped).toBe('2')
  })
})

describe('github', () => {
  const COMMAND = /^::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),title=([^,:]*)::(.*)$/

  it('escapes data (% CR LF) and properties (also : and ,), % first', () => {
    expect(escapeData('100%\r\n:,')).toBe('100%25%0D%0A:,')
    expect(escapeProperty('a:b, 100%\n')).toBe('a%3Ab%2C 100%25%0A')
    expect(escapeProperty('%3A')).toBe('%253A') // an encoded-looking name is not decoded by the runner
  })

  it('one workflow command per finding not suppressed, then a summary line', () => {
    const lines = formatCheck(result, 'github').trimEnd().split('\n')
    const commands = lines.slice(0, -1)
    for (const line of commands) expect(line, line).toMatch(COMMAND)
    expect(commands).toHaveLength(4)
    expect(lines.at(-1)).toBe('sizeup check failed: 2 files, 3 errors, 0 warnings, 1 info, 1 suppressed; budgets: 2 of 4 exceeded (fails at error)')
    expect(commands.join('\n')).not.toContain('accepted-rule')
  })

  it('a finding whose message and file name need escaping', () => {
    const line = formatCheck(result, 'github')
      .split('\n')
      .find((l) => l.includes('awkward-message'))!
    expect(line).toBe(
      '::error file=designs/odd%3A a%2Cb 100%25.yaml,line=8,col=17,title=sizeup awkward-message::50%25 of a:b, c <d> & "e" | `f`%0D%0Asecond line\\u0001%0Afix: fix for awkward-message',
    )
    const [, level, file, row, col, title, message] = COMMAND.exec(line)!
    expect([level, row, col, title]).toEqual(['error', '8', '17', 'sizeup awkward-message'])
    const unescape = (s: string): string => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%')
    expect(unescape(file!)).toBe(ODD_FILE)
    expect(unescape(message!)).toBe(`${AWKWARD.replace('\u0001', '\\u0001')}\nfix: fix for awkward-message`)
    // The only line breaks are between commands: the CR LF of the message is encoded.
    expect(line).not.toMatch(/[\r\n]/)
  })

  it('levels: error, warning, notice', () => {
    const out = formatCheck(result, 'github')
    expect(out).toMatch(/^::notice file=designs\/odd%3A a%2Cb 100%25\.yaml,line=4,col=8,title=sizeup quiet-rule::a finding below the fail level%0Afix: fix for quiet-rule$/m)
    expect(out).toMatch(/^::error file=designs\/sizeup\.config\.yaml,line=4,col=5,title=sizeup budget::qps\.write\.peak of designs\/clean\.yaml is 2 K\/s; the budget is <= 1K%0A/m)
  })
})

describe('json', () => {
  it('validates against specs/check.schema.json', () => {
    const validate = new Ajv({allErrors: true, strict: true, allowUnionTypes: true}).compile(json('specs/check.schema.json'))
    const out = JSON.parse(formatCheck(result, 'json')) as Record<string, any>
    expect(validate(out), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(out.passed).toBe(false)
    expect(out.summary).toEqual({files: 2, errors: 3, warnings: 0, infos: 1, suppressed: 1, failing: 3, budgets: 4, budgetsExceeded: 2, failOn: ['error'], passed: false})
    const suppressed = out.files[1].findings.find((f: {ruleId: string}) => f.ruleId === 'accepted-rule')
    expect(suppressed).toMatchObject({severity: 'error', suppressed: {reason: 'known & accepted, see <ADR-7>'}, fails: false})
  })
})

describe('markdown', () => {
  it('a verdict, the counts, a table of findings (failing first, suppressed last) and one of budgets', () => {
    const md = formatCheck(result, 'markdown')
    const lines = md.split('\n')
    expect(lines[0]).toBe('### ❌ sizeup check failed')
    expect(lines[2]).toBe('2 files · **3** errors · **0** warnings · **1** info · 1 suppressed · 2 of 4 budgets exceeded · fails at `error`')
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| |'))
    expect(rows.slice(0, 5).map((r) => r.split(' | ')[0])).toEqual(['| ❌ error', '| ❌ error', '| ❌ error', '| ℹ️ info (does not fail)', '| 💤 error, suppressed'])
    // Pipes, backticks and angle brackets in a message cannot break the table or become HTML.
    const awkward = rows.find((r) => r.includes('awkward-message'))!
    expect(awkward).toContain('50% of a:b, c &lt;d&gt; &amp; "e" \\| \\`f\\` second line')
    expect(awkward.split(/(?<!\\)\|/)).toHaveLength(6)
    expect(md).toContain('#### Budgets')
    expect(md).toContain('| ❌ exceeded | `designs/clean.yaml` | `qps.write.peak <= 1K` | 2 K/s |')
  })
})

describe('stylish', () => {
  it('groups by spec, shows suppressed findings as suppressed, lists budgets, ends with the summary', () => {
    const out = formatCheck(result, 'stylish')
    expect(out).toBe(
      [
        'designs/clean.yaml',
        '  no findings',
        '  budgets in designs/sizeup.config.yaml: 1 of 2 met',
        '    4:5  error  qps.write.peak is 2 K/s, budget <= 1K  budget',
        '    5:5  met    storage.total is 864 GB, budget <= 1 PB',
        '',
        'designs/odd: a,b 100%.yaml',
        '   4:8  info   a finding below the fail level  quiet-rule',
        '               fix: fix for quiet-rule',
        '   7:5  error  a finding the spec suppresses  accepted-rule  [suppressed: known & accepted, see <ADR-7>]',
        '  8:17  error  50% of a:b, c <d> & "e" | `f`',
        '               second line\\u0001  awkward-message',
        '               fix: fix for awkward-message',
        '  budgets in designs/sizeup.config.yaml: 1 of 2 met',
        '    4:5  error  qps.write.peak is 2 K/s, budget <= 1K  budget',
        '    5:5  met    storage.total is 864 GB, budget <= 1 PB',
        '',
        '✖ failed: 2 files, 3 errors, 0 warnings, 1 info, 1 suppressed; budgets: 2 of 4 exceeded (fails at error)',
        '',
      ].join('\n'),
    )
  })

  it('colour only on a terminal, never with NO_COLOR, always with --color, never with --no-color', () => {
    const coloured = (style: ReturnType<typeof checkStyle>) => /\u001B\[/.test(formatCheck(result, 'stylish', style))
    expect(coloured(checkStyle(undefined, {stdout: {isTTY: true}, env: {}}))).toBe(true)
    expect(coloured(checkStyle(undefined, {stdout: {isTTY: false}, env: {}}))).toBe(false)
    expect(coloured(checkStyle(undefined, {stdout: {isTTY: true}, env: {NO_COLOR: '1'}}))).toBe(false)
    expect(coloured(checkStyle(true, {stdout: {isTTY: false}, env: {}}))).toBe(true)
    expect(coloured(checkStyle(false, {stdout: {isTTY: true}, env: {}}))).toBe(false)
  })

  it('a control character in a message cannot reach the terminal, even coloured', () => {
    const out = formatCheck(result, 'stylish', checkStyle(true, {stdout: {isTTY: true}, env: {}}))
    expect(out).not.toContain('\u0001')
    expect(out).not.toContain('\r')
  })
})
