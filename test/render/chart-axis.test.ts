import {expect, it} from 'vitest'
import {axisRange, axisTop} from '../../src/render/view/chart-axis.js'
import {buildView} from '../../src/render/view/index.js'
import {reportOfFile} from '../helpers/analysis.js'

it('the value axis of a chart starts at zero and ends at the largest bar rounded up to two significant figures', () => {
  // 55.2 → 56; 611 → 620; 8.43 → 8.5; 0.29 → 0.29 (28.999… steps of 0.01 before rounding); 100 → 100.
  expect([55.2, 611, 8.43, 0.29, 100, 1.05].map(axisTop)).toEqual(['56', '620', '8.5', '0.29', '100', '1.1'])
  expect(axisTop(0)).toBe('1')
  expect(axisRange([11, 22.1, 33.1, 44.2, 55.2])).toBe('0 --> 56')
})

it('social-feed: the growth chart of 11 → 55.2 PB is drawn from 0, so year 1 is a fifth of year 5 (it was an axis from 11)', async () => {
  const view = buildView(await reportOfFile('examples/social-feed.yaml'))
  expect(view.growth.unit).toBe('PB')
  expect(view.growth.years.map((y) => y.bar)).toEqual(['11', '22.1', '33.1', '44.2', '55.2'])
  expect(view.growth.axis).toBe('0 --> 56')
})

it('feed-forecast: every tornado chart is drawn from 0, so swings of 8.29 and 8.43 look alike', async () => {
  const view = buildView(await reportOfFile('examples/feed-forecast.yaml'))
  // From test/golden/feed-forecast.md: bars [8.43, 8.34, 8.33, 8.29, 2.45], [1.05, 1.04, 0.309], [5.24, 5.23, 1.54], [2.83, 2.82, 2.67, 0.834].
  expect(view.uncertainty!.tornados.map((t) => t.axis)).toEqual(['0 --> 8.5', '0 --> 1.1', '0 --> 5.3', '0 --> 2.9'])
})
