import {expect, it} from 'vitest'
import type {ScenariosView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('scenarios partial: one column per scenario', () => {
  const view: ScenariosView = {names: ['launch', 'year3'], rows: [{metric: 'qps.write.peak', base: '6.94 K/s', values: ['231/s', '20.8 K/s']}]}
  expect(renderPartial('scenarios', view)).toBe(`## Scenarios

The spec's scenarios, estimated side by side with the base.

| metric | base | launch | year3 |
| --- | ---: | ---: | ---: |
| qps.write.peak | 6.94 K/s | 231/s | 20.8 K/s |
`)
})
