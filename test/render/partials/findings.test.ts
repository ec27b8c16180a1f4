import {expect, it} from 'vitest'
import type {FindingsView} from '../../../src/render/view/index.js'
import {findingsView} from '../../../src/render/view/findings.js'
import {renderPartial} from './render-partial.js'

it('findings partial: the count, then one row per finding with its severity, rule, place, message and fix', () => {
  const view: FindingsView = {intro: '1 finding of the design review (`sizeup check`).', rows: [{severity: 'warn', rule: '`hot-storage-untiered`', where: '62:16', message: '`posts` keeps 1.31 PB', hint: 'move data'}]}
  expect(renderPartial('findings', view)).toBe(`## Review findings

1 finding of the design review (\`sizeup check\`).

| severity | rule | where | finding | fix |
| --- | --- | --- | --- | --- |
| warn | \`hot-storage-untiered\` | 62:16 | \`posts\` keeps 1.31 PB | move data |
`)
  expect(renderPartial('findings', findingsView([]))).toBe('## Review findings\n\nThe design review found nothing.\n')
})
