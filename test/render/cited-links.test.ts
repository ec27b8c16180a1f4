import {expect, it} from 'vitest'
import {renderHtml} from '../../src/render/html.js'
import {renderMarkdown} from '../../src/render/markdown.js'
import {buildView} from '../../src/render/view/index.js'
import {mdCited} from '../../src/spec/sinks/markdown.js'
import {reportOfFile} from '../helpers/analysis.js'

it('a cited URL is an autolink that keeps its underscores and #, the text around it escaped, punctuation after it outside', () => {
  expect(mdCited('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html (derived: 2× *single*)')).toBe('<https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html> (derived: 2× \\*single\\*)')
  expect(mdCited('see https://kafka.apache.org/documentation/#brokerconfigs_log.retention.hours.')).toBe('see <https://kafka.apache.org/documentation/#brokerconfigs_log.retention.hours>.')
  expect(mdCited('(https://example.com/a), b')).toBe('(<https://example.com/a>), b')
  // What could split a table cell or end the autolink is percent-encoded; `javascript:` is not a URL here.
  expect(mdCited('https://x.test/a|b`c\\d"e javascript:alert(1)')).toBe('<https://x.test/a%7Cb%60c%5Cd%22e> javascript:alert(1)')
})

it('social-feed as HTML: no source link carries a Markdown escape (%5C) and the RDS and Kafka links go where their sources say', async () => {
  const markdown = await renderMarkdown(buildView(await reportOfFile('examples/social-feed.yaml')))
  const html = renderHtml(markdown, '')
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!)
  // Before: USER%5C_OnDemandDBInstances.html and documentation/%5C#brokerconfigs%5C_log.retention.hours.
  expect(hrefs.filter((h) => h.includes('%5C'))).toEqual([])
  expect(hrefs).toContain('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html')
  expect(hrefs).toContain('https://kafka.apache.org/documentation/#brokerconfigs_log.retention.hours')
})
