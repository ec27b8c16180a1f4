import {expect, it} from 'vitest'
import type {ArchitectureView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('architecture partial: generated ids, quoted labels, one edge per line, then the arrows in words for a reader the diagram does not reach', () => {
  const view: ArchitectureView = {
    nodes: [
      {id: 'n1', open: '([', label: 'Clients', close: '])'},
      {id: 'n2', open: '[(', label: 'PostgreSQL: items', close: ')]'},
    ],
    edges: [{from: 'n1', to: 'n2'}],
    inWords: ['Clients → PostgreSQL: items'],
  }
  expect(renderPartial('architecture', view)).toBe(`## Architecture

The request path the decisions below imply.

\`\`\`mermaid
flowchart LR
  n1(["Clients"])
  n2[("PostgreSQL: items")]
  n1 --> n2
\`\`\`

In words:

- Clients → PostgreSQL: items
`)
})
