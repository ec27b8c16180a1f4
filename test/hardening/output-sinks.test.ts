import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'

// Every piece of user text is hostile at every sink. A payload with every
// control character, escape sequences that retitle, clear or plant links in a
// terminal, bidirectional overrides, and lines that GitHub Actions would run
// as workflow commands goes into every kind of user text (names,
// descriptions, suppression reasons, overlay sources and notes, file names,
// templates, practice answers, --fail-on expressions, metric ids) and through
// every command and format; no output stream may carry any of it raw.

const range = (from: number, to: number): number[] => Array.from({length: to - from + 1}, (_, i) => from + i)
/** C0, DEL, C1, the line and paragraph separators, the bidirectional controls. */
const CONTROLS = [...range(0x00, 0x1f), 0x7f, ...range(0x80, 0x9f), 0x2028, 0x2029, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), 0x200e, 0x200f, 0x061c]
  .map((c) => String.fromCodePoint(c))
  .join('')

/** Text a hostile spec puts everywhere: `PWNED` marks where it lands. */
const PAYLOAD = [
  'PWNED',
  CONTROLS,
  '\u001b]0;retitled\u0007',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u001b\\planted link\u001b]8;;\u001b\\',
  'over\rwritten',
  'nul\u0000byte',
  '\n::error file=x.yaml::injected',
  '\r\n::stop-commands::tok',
  '\n\t ::add-mask::secret',
  '\n##[error]legacy command',
  '\u202eright-to-left',
].join(' ')
/** The same, starting with a workflow command, for text that may begin a line. */
const LEADING = `::warning::first ${PAYLOAD}`
/** A file name (at most 255 bytes; anything but `/` and NUL) that tries the same. */
const NAME = '::error::file PWNED \u001b]0;t\u0007\u001b[2J\r\n::add-mask::x\u0001\u007f\u0085\u009b\u2028\u202e\u2066 \t'

/** A YAML double-quoted scalar holding any text (every character outside printable ASCII as `\uXXXX`). */
const yq = (text: string): string => `"${[...text].map((c) => (/[\x20-\x7e]/.test(c) && c !== '"' && c !== '\\' ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)).join('')}"`

const spec = (name: string): string => `name: ${yq(name)}
description: ${yq(PAYLOAD)}
users: {mau: 1M, dau: 100K}
slo: {availability: 99.9%}
workloads:
  posts:
    description: ${yq(PAYLOAD)}
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    retention: 1 year
  logs:
    writes: {perUserPerDay: 1}
    recordSize: 100 B # ::error::comment PWNED \u202e reversed \u2066 isolated
components:
  name: ${yq(LEADING)}
  series:
    - {name: ${yq(PAYLOAD)}, availability: 99.9%, instances: 1}
    - {name: ${yq(LEADING)}, availability: 99.99%, instances: 1}
scenarios:
  launch:
    users: {mau: 2M}
suppress:
  - rule: unbounded-retention
    path: workloads.logs
    reason: ${yq(LEADING)}
`

const OVERLAY = `name: ${yq(PAYLOAD)}
description: ${yq(PAYLOAD)}
matrices:
  datastore:
    thresholds:
      relationalPrimaryWriteQps: {value: 8500/s, source: ${yq(LEADING)}, note: ${yq(PAYLOAD)}}
capacities:
  PostgreSQL:
    writesPerNode: {value: 12179/s, source: ${yq(LEADING)}, note: ${yq(PAYLOAD)}}
`

/** Raw control characters and workflow commands; LF alone is an output's own line break. */
const RAW = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u
const COMMAND_LINE = /^\s*(::|##\[)/

/** What is wrong with an output: each raw control character (by code) and each line that starts a workflow command. */
function problems(text: string, ownCommands = false): string[] {
  const found: string[] = []
  for (const ch of text) if (ch !== '\n' && RAW.test(ch)) found.push(`U+${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`)
  for (const line of text.split('\n')) {
    if (ownCommands && /^::(error|warning|notice) file=/.test(line)) continue
    if (COMMAND_LINE.test(line)) found.push(`command line: ${line.slice(0, 60)}`)
  }
  return [...new Set(found)]
}

/** The page without its two inline scripts: sizeup's own code (Mermaid's bundle holds a tab or two), allowed by hash. */
const withoutScripts = (html: string): string => html.replace(/<script>[\s\S]*?<\/script>/g, '<script></script>')

let dir: string
let file: string
let base: string
let overlay: string
let templates: string
let answers: string
let config: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sizeup-sinks-'))
  // A file name is user text too: everything but `/` and NUL is allowed in one.
  file = join(dir, `${NAME}.yaml`)
  base = join(dir, 'base.yaml')
  writeFileSync(file, spec(LEADING))
  writeFileSync(base, spec(`base ${PAYLOAD}`).replace('retention: 1 year', 'retention: 2 years'))
  overlay = join(dir, 'overlay.yaml')
  writeFileSync(overlay, OVERLAY)
  config = join(dir, 'sizeup.config.yaml')
  // Budgets are configuration text, quoted back as written (a tab in one too).
  writeFileSync(config, `rules:\n  hot-storage-untiered: warn\nbudgets:\n  - "storage.total <=\\t1 PB"\n  - qps.write.peak <= 1\n`)
  templates = join(dir, 'templates')
  mkdirSync(templates)
  // Handlebars refuses a NUL in a template (a diagnostic); every other character is its text.
  writeFileSync(join(templates, 'summary.md.hbs'), `# {{title}}\n\n${LEADING.replaceAll('\0', '')}\n{{description}}\n<script>document.title='ran'</script>\n`)
  writeFileSync(join(dir, 'bad.config.yaml'), `rules:\n  ${yq(LEADING)}: warn\nbudgets:\n  - ${yq(`storage.total <= ${PAYLOAD}`)}\n  - ${yq(`${LEADING} <= 1`)}\n`)
  answers = join(dir, 'answers.txt')
  writeFileSync(answers, [PAYLOAD.replace(/[\r\n]/g, ' '), LEADING.replace(/[\r\n]/g, ' '), 'skip', '\u001b[2J 3 KB', '::error::x', '\u202e1', '2\r3', ...Array(10).fill('skip')].join('\n'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/**
 * Each command line, by what it exercises; `github` marks the format whose own
 * lines are workflow commands. The hostile spec, overlay and template are
 * valid input: these runs must get past the input checks (exit 0 or 1), or
 * they would test the diagnostics alone.
 */
const RUNS: readonly (readonly [what: string, argv: () => string[], output?: {readonly github?: boolean; readonly userText?: boolean}])[] = [
  ['estimate', () => ['estimate', file]],
  ['estimate --json', () => ['estimate', file, '--json']],
  ['estimate a scenario', () => ['estimate', file, '--scenario', 'launch']],
  ['report --json', () => ['report', file, '--json', '--config', config]],
  // With an overlay, and with a template: each also carries every name of the spec.
  ['report with an overlay', () => ['report', file, '--overlay', overlay, '--config', config]],
  ['report with a template', () => ['report', file, '--template-dir', templates, '--config', config]],
  ['report --format html with a template', () => ['report', file, '--format', 'html', '--template-dir', templates, '--config', config]],
  ...(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const).map((format) => [`check --format ${format}`, () => ['check', file, '--overlay', overlay, '--config', config, '--format', format], {github: format === 'github'}] as const),
  ...(['text', 'markdown', 'json'] as const).map((format) => [`diff --format ${format}`, () => ['diff', base, file, '--overlay', overlay, '--config', config, '--format', format, '--fail-on', 'storage.total > +1%']] as const),
  // A derivation names metrics and spec paths only; the JSON names the file.
  ['explain', () => ['explain', file], {userText: false}],
  ['explain --json', () => ['explain', file, '--json']],
  ['explain a workload metric', () => ['explain', file, 'workload.posts.storage.total'], {userText: false}],
  ['practice transcript', () => ['practice', '--spec', file, '--answers', answers]],
  ['init with a hostile name', () => ['init', '-', '--template', 'chat', '--name', LEADING]],
  ['init --json with a hostile file', () => ['init', join(dir, `${NAME}-new.yaml`), '--template', 'chat', '--json']],
]

/** Command lines that are refused (exit 2): standard error quotes the command line, spec text and file names. */
const REFUSED: readonly (readonly [what: string, argv: () => string[]])[] = [
  ['diagnostic: an unknown metric', () => ['explain', file, LEADING]],
  ['diagnostic: a missing file', () => ['estimate', join(dir, `missing ${NAME}.yaml`)]],
  ['diagnostic: an unknown flag', () => ['estimate', file, `--${LEADING}`]],
  ['diagnostic: a bad --fail-on', () => ['diff', base, file, '--fail-on', LEADING]],
  ['diagnostic: an unknown scenario', () => ['estimate', `${file}#${LEADING}x`]],
  ['diagnostic: an unknown practice scenario', () => ['practice', '--scenario', LEADING]],
  ['diagnostic: configuration text', () => ['check', file, '--config', join(dir, 'bad.config.yaml')]],
]

describe('no output stream carries a raw control character or a workflow command', () => {
  it.each(RUNS)('%s', async (_, argv, output = {}) => {
    const r = await sizeup(argv())
    expect(r.status, r.stderr).not.toBe(2)
    const stdout = argv().includes('html') ? withoutScripts(r.stdout) : r.stdout
    expect(problems(stdout, output.github), 'stdout').toEqual([])
    expect(problems(r.stderr), 'stderr').toEqual([])
    // The hostile text did reach the output, shown.
    if (output.userText !== false) expect(r.stdout).toContain('PWNED')
  })

  it.each(REFUSED)('%s', async (_, argv) => {
    const r = await sizeup(argv())
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(problems(r.stderr), 'stderr').toEqual([])
    expect(r.stderr).toContain('PWNED')
  })

  it('bad spec text, quoted in every diagnostic at once', async () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, `${spec('bad')}${yq(LEADING)}: 1\nworkloads2: {${yq(PAYLOAD)}: 2}\n`)
    const r = await sizeup(['check', bad, '--format', 'github'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(problems(r.stderr)).toEqual([])
    expect(r.stderr).toContain('PWNED')
  })
})
