import {expect, it} from 'vitest'
import type {AppendixView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('appendix partial: sources, then a derivation table per group', () => {
  const view: AppendixView = {
    sources: [{id: '`input.users.dau`', label: 'Daily active users', value: '100 K', from: '`users.dau`'}],
    groups: [
      {
        title: 'System',
        rows: [
          {
            id: '`qps.read.avg`',
            label: 'Average read QPS',
            value: '11.6/s',
            formula: '`perDay ÷ secondsPerDay`',
            inputs: '`perDay` = 1 M (`requests.read.perDay`); `secondsPerDay` = 86,400 s (`convention.secondsPerDay`)',
            conventions: 'secondsPerDay',
          },
        ],
      },
      {title: 'Workload items', rows: []},
    ],
  }
  expect(renderPartial('appendix', view)).toBe(`## Appendix: derivations

Inputs and conventions:

| id | what | value | from |
| --- | --- | ---: | --- |
| \`input.users.dau\` | Daily active users | 100 K | \`users.dau\` |

### System

| metric | what | value | formula | inputs | conventions |
| --- | --- | ---: | --- | --- | --- |
| \`qps.read.avg\` | Average read QPS | 11.6/s | \`perDay ÷ secondsPerDay\` | \`perDay\` = 1 M (\`requests.read.perDay\`); \`secondsPerDay\` = 86,400 s (\`convention.secondsPerDay\`) | secondsPerDay |

### Workload items

| metric | what | value | formula | inputs | conventions |
| --- | --- | ---: | --- | --- | --- |
`)
})
