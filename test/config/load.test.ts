import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/config/load.js'
import {DEFAULT_CONFIG} from '../../src/config/types.js'
import {type Diagnostic, SpecError} from '../../src/spec/diagnostic.js'
import {ROOT} from '../helpers/spec.js'

const FILE = 'sizeup.config.yaml'

async function problems(yaml: string): Promise<Diagnostic[]> {
  try {
    await loadConfig(yaml, FILE)
  } catch (e) {
    if (e instanceof SpecError) return [...e.diagnostics]
    throw e
  }
  throw new Error('expected the configuration to be refused')
}

const at = (line: number, column: number, message: string, hint: string) => ({file: FILE, line, column, message, hint})

describe('loadConfig: a valid configuration', () => {
  it('reads severities (shorthand and mapping), thresholds in the rule’s unit, budgets and failOn', async () => {
    const config = await loadConfig(
      [
        'rules:',
        '  slo-unreachable: warn',
        '  relational-write-ceiling:',
        '    severity: info',
        '    thresholds: {writeQpsPerPrimary: 8K/s}',
        '  budget: warn',
        'budgets:',
        '  - storage.total <= 10 PB',
        '  - "cost.monthly < $50,000"',
        '  - qps.write.peak >= 20K',
        'failOn: warn',
        '',
      ].join('\n'),
      FILE,
    )
    expect(config.file).toBe(FILE)
    expect(config.failOn).toBe('warn')
    expect(config.settings.severities).toEqual({'slo-unreachable': 'warn', 'relational-write-ceiling': 'info', budget: 'warn'})
    expect(config.settings.thresholds).toEqual({'relational-write-ceiling': {writeQpsPerPrimary: 8000}})
    expect(config.budgets.map((b) => [b.metric, b.operator, b.limitText, b.limit.value, b.at.line, b.at.column])).toEqual([
      ['storage.total', '<=', '10 PB', 1e16, 8, 5],
      ['cost.monthly', '<', '$50,000', 50_000, 9, 6],
      ['qps.write.peak', '>=', '20K', 20_000, 10, 5],
    ])
    expect(config.budgets[1]!.limit.dim).toBe('USD')
  })

  it('a plain number is a threshold in the rule’s own unit', async () => {
    const config = await loadConfig('rules:\n  relational-write-ceiling:\n    thresholds:\n      writeQpsPerPrimary: 12000\n', FILE)
    expect(config.settings.thresholds['relational-write-ceiling']).toEqual({writeQpsPerPrimary: 12_000})
  })

  it('the example in examples/ci loads', async () => {
    const file = 'examples/ci/sizeup.config.yaml'
    const config = await loadConfig(readFileSync(`${ROOT}/${file}`, 'utf8'), file)
    expect(config.budgets.map((b) => b.text)).toEqual(['storage.total <= 100 PB', 'qps.write.peak <= 20K/s', 'bandwidth.egress.peak <= 10 Gbps', 'cost.monthly <= 2000000 USD', 'nodes.total < 1000'])
    expect(config.settings.thresholds).toEqual({'relational-write-ceiling': {writeQpsPerPrimary: 8000}})
  })

  it('a file of comments only gives the defaults', async () => {
    expect(await loadConfig('# yaml-language-server: $schema=./node_modules/sizeup/specs/config.schema.json\n\n', FILE)).toEqual({...DEFAULT_CONFIG, file: FILE})
  })
})

const cases: Array<{name: string; yaml: string; expected: Diagnostic[] | Array<ReturnType<typeof at>>}> = [
  {
    name: 'an unknown rule id, with the closest one',
    yaml: 'rules:\n  slo-unreachabel: warn\n',
    expected: [at(2, 3, 'unknown rule `slo-unreachabel`', 'did you mean `slo-unreachable`?')],
  },
  {
    name: 'a severity that is not one, `warning` answered with `warn`',
    yaml: 'rules:\n  slo-unreachable: warning\n',
    expected: [at(2, 20, '`rules.slo-unreachable` must be one of `off`, `info`, `warn`, `error` (got `warning`)', 'did you mean `warn`?')],
  },
  {
    name: 'a rule setting that is neither a severity nor a mapping',
    yaml: 'rules:\n  slo-unreachable: 3\n',
    expected: [at(2, 20, '`rules.slo-unreachable` should be text or a mapping (`key: value` lines), not the number `3`', 'for example `slo-unreachable: warn`')],
  },
  {
    name: 'a misspelt key in a rule setting',
    yaml: 'rules:\n  relational-write-ceiling:\n    severty: warn\n',
    expected: [at(3, 5, 'unknown key `severty` in `rules.relational-write-ceiling`', 'did you mean `severity`?')],
  },
  {
    name: 'an unknown threshold of a rule',
    yaml: 'rules:\n  relational-write-ceiling:\n    thresholds:\n      writeQpsPerPrimry: 8K/s\n',
    expected: [at(4, 7, 'rule `relational-write-ceiling` has no threshold `writeQpsPerPrimry`', 'did you mean `writeQpsPerPrimary`?')],
  },
  {
    name: 'a threshold of the wrong dimension',
    yaml: 'rules:\n  relational-write-ceiling:\n    thresholds:\n      writeQpsPerPrimary: 8 KB\n',
    expected: [at(4, 27, '`rules.relational-write-ceiling.thresholds.writeQpsPerPrimary` is a rate per second, but `8 KB` is a size in bytes', 'write a rate per second, e.g. `20K/s` or `20K`')],
  },
  {
    name: 'a budget with a reversed operator, pointed at the operator',
    yaml: 'budgets:\n  - storage.total =< 10 PB\n',
    expected: [at(2, 19, 'unknown operator `=<` in budget `storage.total =< 10 PB`', 'did you mean `<=`?')],
  },
  {
    name: 'a budget with `==`, inside quotes (the column counts the quote)',
    yaml: 'budgets:\n  - "storage.total == 10 PB"\n',
    expected: [at(2, 20, 'unknown operator `==` in budget `storage.total == 10 PB`', 'a budget is a limit: use <, <=, > or >=')],
  },
  {
    name: 'a budget without a comparison',
    yaml: 'budgets:\n  - storage.total 10 PB\n',
    expected: [at(2, 5, 'budget `storage.total 10 PB` has no comparison', 'write `metric <= limit`, e.g. `storage.total <= 10 PB`; the operators are <, <=, > and >=')],
  },
  {
    name: 'a budget whose limit is not a quantity, pointed at the limit',
    yaml: 'budgets:\n  - storage.total <= ten PB\n',
    expected: [at(2, 22, 'budget `storage.total <= ten PB`: `ten PB` is not a quantity', 'write a number with its unit, e.g. `10 PB`, `20K/s`, `500 ms`, `99.9%` or `50000 USD`')],
  },
  {
    name: 'a budget without a limit',
    yaml: 'budgets:\n  - storage.total <=\n',
    expected: [at(2, 21, 'budget `storage.total <=` has no limit', 'write the limit after `<=`, e.g. `storage.total <= 10 PB`')],
  },
  {
    name: 'dollars and bytes in one limit',
    yaml: 'budgets:\n  - cost.monthly <= 5 PB USD\n',
    expected: [at(2, 21, 'budget `cost.monthly <= 5 PB USD`: `5 PB USD` mixes US dollars with a size in bytes', 'write an amount such as `50000 USD` or `$50K`')],
  },
  {
    name: 'a budget that is a number, not text',
    yaml: 'budgets:\n  - 5\n',
    expected: [at(2, 5, '`budgets.0` should be text, not the number `5`', 'put the text in quotes: `- "5"`')],
  },
  {
    name: 'budgets as one line of text instead of a list',
    yaml: 'budgets: storage.total <= 10 PB\n',
    expected: [at(1, 10, '`budgets` should be a list (`- item` lines), not text `storage.total <= 10 PB`', 'for example `budgets: [storage.total <= 10 PB, cost.monthly <= 50000 USD, qps.write.peak <= 20K]`')],
  },
  {
    name: 'a fail level that is not one',
    yaml: 'failOn: warning\n',
    expected: [at(1, 9, '`failOn` must be one of `error`, `warn`, `info` (got `warning`)', 'did you mean `warn`?')],
  },
  {
    name: 'a misspelt top-level key',
    yaml: 'failon: warn\n',
    expected: [at(1, 1, 'unknown key `failon` in the top level', 'did you mean `failOn`?')],
  },
  {
    name: 'thresholds on `budget`, which has none',
    yaml: 'rules:\n  budget:\n    thresholds: {x: 1}\n',
    expected: [at(3, 18, 'rule `budget` has no threshold `x`', 'limits on metrics are set in `budgets:`')],
  },
  {
    // Once, quoted as written: the threshold's own check used to say it again, as `Infinity`.
    name: 'a threshold past the doubles is one problem',
    yaml: 'rules:\n  relational-write-ceiling:\n    thresholds: {writeQpsPerPrimary: .inf}\n',
    expected: [at(3, 38, '`rules.relational-write-ceiling.thresholds.writeQpsPerPrimary` is too large (got `.inf`)', 'write a finite number such as `3`')],
  },
  {
    name: 'a YAML syntax error stops there',
    yaml: 'rules:\n  slo-unreachable: "warn\n',
    expected: [at(2, 20, 'YAML syntax error: the " opened here is never closed', expect.any(String) as unknown as string)],
  },
]

describe('loadConfig: a bad configuration is refused with located problems', () => {
  it.each(cases)('$name', async ({yaml, expected}) => {
    const found = await problems(yaml)
    expect(found.map(({file, line, column, message, hint}) => ({file, line, column, message, hint}))).toEqual(expected)
  })

  it('reports every problem at once, in file order', async () => {
    const found = await problems('rules:\n  slo-unreachabel: warn\nbudgets:\n  - storage.total =< 10 PB\n  - qps.write.peak <= lots\nfailOn: warning\n')
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['2:3', '4:19', '5:23', '6:9'])
  })
})
