import {expect, it} from 'vitest'
import type {RequirementsView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('requirements partial: a row per workload, a row per non-functional target', () => {
  const view: RequirementsView = {
    functional: [{workload: 'items', description: 'Items users save.', writes: '1 per daily user a day (100 K a day)', reads: '–', kept: 'forever', shape: 'point access'}],
    nonFunctional: [
      {requirement: 'Monthly active users', target: '1 M'},
      {requirement: 'Availability', target: 'not stated'},
    ],
  }
  expect(renderPartial('requirements', view)).toBe(`## Requirements

### Functional

| workload | what it does | writes | reads | data kept | shape of the data |
| --- | --- | --- | --- | --- | --- |
| items | Items users save. | 1 per daily user a day (100 K a day) | – | forever | point access |

### Non-functional

| requirement | target |
| --- | --- |
| Monthly active users | 1 M |
| Availability | not stated |
`)
})
