import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadOverlay} from '../../src/overlay/index.js'
import {type Diagnostic, SpecError} from '../../src/spec/diagnostic.js'
import {ROOT} from '../helpers/spec.js'

const EXAMPLE = 'examples/overlays/postgres-redis-kafka.yaml'

async function problems(yaml: string): Promise<Diagnostic[]> {
  try {
    await loadOverlay(yaml, 'org.yaml')
  } catch (e) {
    if (e instanceof SpecError) return [...e.diagnostics]
    throw e
  }
  throw new Error('expected the overlay to be refused')
}

interface Expected {
  readonly line: number
  readonly column: number
  readonly message: string
  readonly hint: string
}
const at = (line: number, column: number, message: string, hint: string): Expected => ({line, column, message, hint})

const cases: Array<{name: string; yaml: string; expected: Expected[]}> = [
  {
    name: 'a misspelt top-level key',
    yaml: 'technologes: [PostgreSQL]\n',
    expected: [at(1, 1, 'unknown key `technologes` in the top level', 'did you mean `technologies`?')],
  },
  {
    name: 'an unknown technology, with the closest name',
    yaml: 'technologies: [PostgreSQL, Reddis]\n',
    expected: [at(1, 28, 'unknown technology `Reddis`', 'did you mean `Redis`?')],
  },
  {
    name: 'technologies as text, not a list',
    yaml: 'technologies: PostgreSQL\n',
    expected: [at(1, 15, '`technologies` should be a list (`- item` lines), not text `PostgreSQL`', 'technologies: [PostgreSQL, Redis, Kafka]')],
  },
  {
    name: 'an unknown matrix id',
    yaml: 'matrices:\n  datastor:\n    allow: [relational]\n',
    expected: [at(2, 3, 'unknown matrix `datastor`', 'did you mean `datastore`?')],
  },
  {
    name: 'an unknown option in `allow`',
    yaml: 'matrices:\n  datastore:\n    allow: [relational, key-valu]\n',
    expected: [at(3, 25, 'matrix `datastore` has no option `key-valu`', 'did you mean `key-value`?')],
  },
  {
    name: 'an unknown option in `weights`, pointed at the key',
    yaml: 'matrices:\n  datastore:\n    weights:\n      relationl: 2\n',
    expected: [at(4, 7, 'matrix `datastore` has no option `relationl`', 'did you mean `relational`?')],
  },
  {
    name: 'a weight that is not a number',
    yaml: 'matrices:\n  datastore:\n    weights: {relational: lots}\n',
    expected: [at(3, 27, '`matrices.datastore.weights.relational` should be a number, not text `lots`', 'for example `relational: 2`')],
  },
  {
    name: 'an unknown threshold',
    yaml: 'matrices:\n  datastore:\n    thresholds:\n      relationalPrimaryWrites: {value: 8000, source: bench}\n',
    expected: [at(4, 7, 'matrix `datastore` has no threshold `relationalPrimaryWrites`', 'did you mean `relationalPrimaryWriteQps`?')],
  },
  {
    name: 'a threshold of the wrong dimension',
    yaml: 'matrices:\n  datastore:\n    thresholds:\n      relationalPrimaryWriteQps: {value: 5 TB, source: bench}\n',
    expected: [at(4, 42, '`matrices.datastore.thresholds.relationalPrimaryWriteQps` value should be a rate per second, but `5 TB` is a size in bytes', 'write a rate per second, e.g. `12K/s` or `12000`')],
  },
  {
    name: 'a figure without its source',
    yaml: 'capacities:\n  PostgreSQL:\n    writesPerNode: {value: 12K/s}\n',
    expected: [at(3, 5, '`capacities.PostgreSQL.writesPerNode` is missing `source`', 'add `source:`')],
  },
  {
    name: 'a figure with an empty source',
    yaml: "capacities:\n  PostgreSQL:\n    writesPerNode: {value: 12K/s, source: ''}\n",
    expected: [at(3, 43, '`capacities.PostgreSQL.writesPerNode` has an empty `source`', 'say where the number comes from')],
  },
  {
    name: 'capacities of an unknown technology',
    yaml: 'capacities:\n  Cassandara:\n    writesPerNode: {value: 20K/s, source: bench}\n',
    expected: [at(2, 3, 'no reference capacities for technology `Cassandara`', 'did you mean `Cassandra`?')],
  },
  {
    name: 'a figure its technology does not have',
    yaml: 'capacities:\n  Redis:\n    memoryPerNod: {value: 24 GiB, source: our r7g.xlarge}\n',
    expected: [at(3, 5, '`memoryPerNod` is not a figure of Redis (a cache store)', 'did you mean `memoryPerNode`?')],
  },
  {
    name: 'a figure of the wrong dimension',
    yaml: 'capacities:\n  Redis:\n    memoryPerNode: {value: 5 ms, source: our r7g.xlarge}\n',
    expected: [at(3, 28, '`capacities.Redis.memoryPerNode` value should be a size in bytes, but `5 ms` is a duration', 'write a size in bytes, e.g. `12 GiB` or `2 TB`')],
  },
  {
    name: 'a count that is not whole',
    yaml: 'capacities:\n  Redis:\n    replicasPerShard: {value: 1.5, source: policy}\n',
    expected: [at(3, 31, '`capacities.Redis.replicasPerShard` value must be a whole number (got `1.5`)', 'write a whole number')],
  },
  {
    name: 'an unknown price key',
    yaml: 'prices:\n  egress.cnd: {value: 0.02, source: contract}\n',
    expected: [at(2, 3, 'unknown price `egress.cnd`', 'did you mean `egress.cdn`?')],
  },
  {
    name: 'a negative price',
    yaml: 'prices:\n  egress.cdn: {value: -1, source: contract}\n',
    expected: [at(2, 23, '`prices.egress.cdn.value` must be at least 0 (got `-1`)', 'use 0 or more')],
  },
  {
    name: 'an allow list the technologies leave empty',
    yaml: 'technologies: [PostgreSQL]\nmatrices:\n  datastore:\n    allow: [wide-column, key-value]\n',
    expected: [at(4, 5, '`matrices.datastore.allow` leaves no option: none of `wide-column`, `key-value` runs on a technology in `technologies`', 'allow an option whose technology is one of `PostgreSQL`')],
  },
  {
    name: 'a YAML syntax error',
    yaml: 'technologies:\n\t- PostgreSQL\n',
    expected: [at(2, 1, 'tab used for indentation', 'spaces, not tabs')],
  },
  {
    name: 'an empty file',
    yaml: '# nothing yet\n',
    expected: [at(1, 1, 'file is empty', 'examples/overlays/postgres-redis-kafka.yaml')],
  },
  {
    // Once, quoted as written: the figure's own check used to say it again, as `Infinity`.
    name: 'numbers past the doubles, each one problem',
    yaml: 'capacities:\n  PostgreSQL:\n    writesPerNode: {value: 1e400, source: s}\nprices:\n  egress.cdn: {value: .inf, source: s}\nmatrices:\n  datastore:\n    thresholds:\n      relationalPrimaryWriteQps: {value: -.inf, source: s}\n',
    expected: [
      at(3, 28, '`capacities.PostgreSQL.writesPerNode.value` is too large (got `1e400`)', 'write a finite number such as `3`'),
      at(5, 23, '`prices.egress.cdn.value` is too large (got `.inf`)', 'write a finite number such as `3`'),
      at(9, 42, '`matrices.datastore.thresholds.relationalPrimaryWriteQps.value` is not a finite number (got `-.inf`)', 'write a finite number such as `3`'),
    ],
  },
]

describe('loadOverlay: a broken overlay gives located errors', () => {
  it.each(cases)('$name', async ({yaml, expected}) => {
    const got = await problems(yaml)
    expect(got.map((d) => ({line: d.line, column: d.column, message: d.message}))).toEqual(expected.map((e) => ({line: e.line, column: e.column, message: expect.stringContaining(e.message)})))
    got.forEach((d, i) => {
      expect(d.file).toBe('org.yaml')
      expect(d.hint ?? '').toContain(expected[i]!.hint)
    })
  })

  it('reports every problem at once, in file order', async () => {
    const yaml = ['technologies: [Postgres]', 'matrices:', '  datastore:', '    allow: [relational, graf]', 'capacities:', '  Redis:', '    opsPerNod: {value: 60K/s, source: prod}', 'prices:', '  storage.objects: {value: 0.02, source: contract}', ''].join('\n')
    const got = await problems(yaml)
    expect(got.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`)).toEqual([
      '1:16 unknown technology `Postgres` | did you mean `PostgreSQL`?',
      '4:25 matrix `datastore` has no option `graf` | did you mean `graph`?',
      '7:5 `opsPerNod` is not a figure of Redis (a cache store) | did you mean `opsPerNode`?',
      '9:3 unknown price `storage.objects` | did you mean `storage.object`?',
    ])
  })
})

describe('loadOverlay: a valid overlay', () => {
  it('loads the example, with names resolved and values in base units', async () => {
    const overlay = await loadOverlay(readFileSync(`${ROOT}/${EXAMPLE}`, 'utf8'), EXAMPLE)
    expect(overlay.name).toBe('Acme platform standards')
    // `Kafka` is the catalog's alias of `Apache Kafka`
    expect(overlay.technologies).toEqual(['PostgreSQL', 'Redis', 'Apache Kafka', 'Amazon S3', 'Amazon S3 + CloudFront'])
    expect(overlay.matrices.datastore).toEqual({
      allow: null,
      weights: {relational: 1},
      thresholds: {relationalPrimaryWriteQps: {value: 8500, source: expect.stringContaining('aurora_16vcpu'), note: null}},
    })
    expect(overlay.capacities.PostgreSQL!.writesPerNode!.value).toBe(12179)
    expect(overlay.capacities.Redis!.opsPerNode!.value).toBe(60_000)
    expect(overlay.prices['egress.cdn']!.value).toBe(0.05)
  })

  it('reads quantities in the unit of what they replace', async () => {
    const overlay = await loadOverlay('capacities:\n  Redis:\n    memoryPerNode: {value: 24 GiB, source: r7g.xlarge}\n  Cassandra:\n    dataPerNode: {value: 4 TB, source: C* 5.0 guidance}\n', 'o.yaml')
    expect(overlay.capacities.Redis!.memoryPerNode!.value).toBe(24 * 1024 ** 3)
    expect(overlay.capacities.Cassandra!.dataPerNode!.value).toBe(4e12)
  })
})
