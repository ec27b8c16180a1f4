import {describe, expect, it} from 'vitest'
import type {DecisionView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

const decision: DecisionView = {
  name: 'Data store for items',
  question: 'Which data store fits this workload?',
  choice: 'Relational database — PostgreSQL',
  choicePoints: '5 points',
  runnerUp: {name: 'Document database — MongoDB', points: '2 points', margin: '3 points'},
  summary: 'Tables with a fixed schema.',
  reasons: ['writes must change several records atomically'],
  rows: [{criterion: '`transactions`', reason: 'writes must change several records atomically', choice: '+4', runnerUp: '+1', source: 'methodology table 4'}],
  flips: {rows: [], steady: null},
  references: ['[Stack Overflow: The Architecture](https://stackoverflow.blog/)'],
}

describe('decisions partial', () => {
  it('gives each decision its choice, runner-up, reasons, the rows that fired and references', () => {
    expect(renderPartial('decisions', [decision])).toBe(`## Decisions

### Data store for items

Which data store fits this workload? **Relational database — PostgreSQL**, 5 points. Runner-up: Document database — MongoDB, 2 points (3 points behind).

Tables with a fixed schema.

Why:

- writes must change several records atomically

| criterion that fired | reason | choice | runner-up | source |
| --- | --- | ---: | ---: | --- |
| \`transactions\` | writes must change several records atomically | +4 | +1 | methodology table 4 |

References:

- [Stack Overflow: The Architecture](https://stackoverflow.blog/)
`)
  })

  it('leaves out the runner-up, the table and the references when there are none', () => {
    const single = {...decision, runnerUp: null, rows: [], references: [], reasons: ['no criterion separates the options; this is the matrix default']}
    expect(renderPartial('decisions', [single])).toBe(`## Decisions

### Data store for items

Which data store fits this workload? **Relational database — PostgreSQL**, 5 points.

Tables with a fixed schema.

Why:

- no criterion separates the options; this is the matrix default
`)
  })

  it('shows what would change each decision: a row per flip, then the inputs that alone change nothing', () => {
    const flips = {
      rows: [
        {input: 'peak writes', here: '6,944/s', at: '5,000/s or less', becomes: 'Relational database — PostgreSQL'},
        {input: 'access pattern', here: 'timeline', at: 'point', becomes: 'Key-value store — DynamoDB'},
        {input: '', here: '', at: 'blob', becomes: 'Object storage — Amazon S3'},
      ],
      steady: 'records kept (1 TB), consistency (eventual)',
    }
    const text = renderPartial('decisions', [{...decision, rows: [], references: [], flips}])
    expect(text.split('Why:')[1]).toBe(`

- writes must change several records atomically

What would change it, one input at a time (everything else as it is):

| input | here | at | the choice becomes |
| --- | ---: | --- | --- |
| peak writes | 6,944/s | 5,000/s or less | Relational database — PostgreSQL |
| access pattern | timeline | point | Key-value store — DynamoDB |
|  |  | blob | Object storage — Amazon S3 |

No value of these alone changes it: records kept (1 TB), consistency (eventual).
`)
    const none = renderPartial('decisions', [{...decision, rows: [], references: [], flips: {rows: [], steady: 'consistency (eventual)'}}])
    expect(none).toContain('\n\nNo value of any one input alone changes it: consistency (eventual).\n')
  })

  it('says so when no matrix applies', () => {
    expect(renderPartial('decisions', [])).toBe(`## Decisions

No decision matrix applies to this spec.
`)
  })
})
