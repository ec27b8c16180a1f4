import {expect, it} from 'vitest'
import type {AssumptionsView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('assumptions partial: the conventions in force and every input with its spec path', () => {
  const view: AssumptionsView = {
    conventions: [
      {label: 'Seconds per day', value: '86,400 s', setBy: 'default'},
      {label: 'Peak factor', value: '3× the daily average', setBy: '`traffic.peakFactor`'},
    ],
    inputs: [{label: 'Record size', value: '1 KB', path: '`workloads.items.recordSize`'}],
  }
  expect(renderPartial('assumptions', view)).toBe(`## Assumptions and conventions

| convention | value | set by |
| --- | --- | --- |
| Seconds per day | 86,400 s | default |
| Peak factor | 3× the daily average | \`traffic.peakFactor\` |

Figures taken from the spec (or its defaults):

| input | value | spec path |
| --- | ---: | --- |
| Record size | 1 KB | \`workloads.items.recordSize\` |
`)
})
