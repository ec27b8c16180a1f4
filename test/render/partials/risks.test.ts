import {describe, expect, it} from 'vitest'
import type {RisksView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

describe('risks partial', () => {
  it('lists each risk with its kind', () => {
    const view: RisksView = {
      items: [
        {kind: 'Failed check', text: 'the declared components cannot meet the availability SLO.'},
        {kind: 'Not stated', text: '`access` is not known from the spec.'},
      ],
    }
    expect(renderPartial('risks', view)).toBe(`## Risks

- **Failed check:** the declared components cannot meet the availability SLO.
- **Not stated:** \`access\` is not known from the spec.
`)
  })

  it('says what it looked for when there is nothing to report', () => {
    expect(renderPartial('risks', {items: []})).toBe(`## Risks

No failed checks, close calls or unstated facts.
`)
  })
})
