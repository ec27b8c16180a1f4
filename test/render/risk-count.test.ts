import {expect, it} from 'vitest'
import {buildView} from '../../src/render/view/index.js'
import {reportOfFile} from '../helpers/analysis.js'

it.each(['social-feed', 'chat', 'video-streaming'])('%s: the summary counts the lines the Risks section lists (unstated facts for the same decisions share a line)', async (name) => {
  const report = await reportOfFile(`examples/${name}.yaml`)
  const view = buildView(report)
  const count = view.risks.items.length
  // Before: the summary counted report.risks (29 for social-feed) where the list had 15 lines.
  expect(count).toBeLessThan(report.risks.length)
  expect(view.summary.risks).toBe(`${count} to review (see [Risks](#risks))`)
})
