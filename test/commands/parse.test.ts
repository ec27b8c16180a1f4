import {describe, expect, expectTypeOf, it} from 'vitest'
import {defineCommand} from '../../src/commands/command.js'
import {parseCommandLine} from '../../src/commands/parse.js'
import {COMMAND_LOADERS} from '../../src/commands/loaders.js'
import {SpecError} from '../../src/spec/diagnostic.js'

const command = defineCommand({
  summary: 's',
  description: 'd',
  examples: [],
  args: {file: {description: 'a spec', required: true}, kind: {description: 'which', options: ['a', 'b'], default: 'a'}},
  flags: {
    json: {type: 'boolean', description: 'j'},
    color: {type: 'boolean', allowNo: true, description: 'c'},
    samples: {type: 'integer', description: 'n', default: 10_000, min: 100, max: 10_000_000},
    format: {type: 'string', description: 'f', options: ['markdown', 'html'], default: 'markdown'},
    output: {type: 'string', char: 'o', description: 'o', helpValue: 'FILE'},
    'fail-on': {type: 'string', description: 'x', multiple: true},
    spec: {type: 'string', description: 's', exclusive: ['scenario']},
    scenario: {type: 'string', description: 's', exclusive: ['spec']},
    list: {type: 'boolean', description: 'l'},
    listed: {type: 'boolean', description: 'needs list', dependsOn: ['list']},
  },
  run: async () => ({stdout: '', stderr: '', exitCode: 0}),
})

const parse = (argv: readonly string[]) => parseCommandLine('try', command, argv)

/** The located problems of a command line, as `column: message`. */
function problems(argv: readonly string[]): string[] {
  try {
    parse(argv)
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`)
    throw e
  }
  return []
}

describe('the command-line parser', () => {
  it('fills in defaults and types every value', () => {
    const p = parse(['a.yaml'])
    expect(p).toEqual({
      args: {file: 'a.yaml', kind: 'a'},
      argv: ['a.yaml'],
      flags: {json: false, color: undefined, samples: 10_000, format: 'markdown', output: undefined, 'fail-on': [], spec: undefined, scenario: undefined, list: false, listed: false},
    })
    expectTypeOf(p.flags.samples).toEqualTypeOf<number>()
    expectTypeOf(p.flags.format).toEqualTypeOf<'markdown' | 'html'>()
    expectTypeOf(p.flags.color).toEqualTypeOf<boolean | undefined>()
    expectTypeOf(p.flags['fail-on']).toEqualTypeOf<readonly string[]>()
    expectTypeOf(p.args.file).toEqualTypeOf<string>()
    expectTypeOf(p.args.kind).toEqualTypeOf<'a' | 'b'>()
    // @ts-expect-error a flag the command does not declare does not compile
    expect(p.flags.jsn).toBeUndefined()
  })

  it('reads every way of writing a flag', () => {
    const p = parse(['b.yaml', '--json', '--no-color', '--samples=500', '-o', 'out.md', '--format', 'html', '--fail-on', 'x > 1', '--fail-on=y > 2', '--', 'b'])
    expect(p.args).toEqual({file: 'b.yaml', kind: 'b'})
    expect(parse(['--', '-odd name.yaml']).args.file).toBe('-odd name.yaml')
    expect(p.flags).toMatchObject({json: true, color: false, samples: 500, output: 'out.md', format: 'html', 'fail-on': ['x > 1', 'y > 2']})
    expect(parse(['a.yaml', '-oout.md', '--color']).flags).toMatchObject({output: 'out.md', color: true})
  })

  it('reports every problem at once, each located at its argument, with a hint', () => {
    // try a.yaml b c --jsn --samples 5 --format pdf --json=1 --output
    //     5      12 14 16    22        32 34       43  47       56
    expect(problems(['a.yaml', 'b', 'c', '--jsn', '--samples', '5', '--format', 'pdf', '--json=1', '--output'])).toEqual([
      '<command line>:1:14: unexpected argument `c` (`sizeup try --help` lists its arguments and flags)',
      '<command line>:1:16: unknown flag `--jsn` (did you mean `--json`?)',
      '<command line>:1:22: `--samples` must be at least 100 (got 5) (e.g. `--samples 10000`)',
      '<command line>:1:34: `--format` must be one of markdown, html (got `pdf`)',
      '<command line>:1:47: `--json` takes no value (write `--json`)',
      '<command line>:1:56: `--output` needs a value (e.g. `--output FILE`)',
    ])
  })

  it.each([
    [['a.yaml', '--samples', 'many'], '`--samples` must be a whole number (got `many`)'],
    [['a.yaml', '--samples', '99999999999'], '`--samples` must be at most 10000000 (got 99999999999)'],
    [[], 'missing <file>: a spec'],
    [['a.yaml', 'c'], '<kind> must be one of a, b (got `c`)'],
    [['a.yaml', '--spec', 's.yaml', '--scenario', 'x'], 'give either --scenario or --spec, not both'],
    [['a.yaml', '--listed'], '`--listed` needs `--list`'],
    [['a.yaml', '--format', 'html', '--format', 'markdown'], '`--format` is given more than once'],
    [['a.yaml', '--no-json'], 'unknown flag `--no-json`'],
  ])('%j: %s', (argv, message) => {
    const found = problems(argv)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`: ${message}`)
  })

  it('bounds its work on a huge command line: a cap on arguments, one problem for all the extra ones, no suggestions for a huge flag', () => {
    const extra = Array.from({length: 5_000}, (_, i) => `f${i}.yaml`)
    expect(problems(['a.yaml', 'b', ...extra])).toHaveLength(1)
    expect(problems(Array.from({length: 100_000}, (_, i) => `f${i}.yaml`))).toEqual(['<command line>:1:1: 100000 arguments; sizeup takes at most 10000 (check a few hundred specs per run, e.g. one directory at a time)'])
    const huge = `--${'x'.repeat(1_000_000)}`
    expect(problems(['a.yaml', huge])).toEqual([`<command line>:1:12: unknown flag \`${huge}\` (\`sizeup try --help\` lists its arguments and flags)`])
  })

  it('parses the examples of every command', async () => {
    for (const [id, load] of Object.entries(COMMAND_LOADERS)) {
      const definition = await load()
      for (const example of definition.examples) {
        const words = example.replace(/^.*?<%= config\.bin %> /, '').split(/\s*[|<>]\s*/)[0]!.match(/'[^']*'|"[^"]*"|\S+/g)!.map((w) => w.replace(/^['"]|['"]$/g, ''))
        expect(words[0], example).toBe(id)
        expect(() => parseCommandLine(id, definition, words.slice(1)), example).not.toThrow()
      }
    }
  })
})
