import {beforeAll, expect, it} from 'vitest'
import {renderHtml} from '../../src/render/html.js'
import {Slugger} from '../../src/render/html-structure.js'
import {renderMarkdown} from '../../src/render/markdown.js'
import {buildView} from '../../src/render/view/index.js'
import {reportOfFile} from '../helpers/analysis.js'

// The design document of social-feed as the HTML page, read as markup; test/browser/html-report.test.ts looks at it in Chromium.
let markdown: string
let page: string
beforeAll(async () => {
  markdown = await renderMarkdown(buildView(await reportOfFile('examples/social-feed.yaml')))
  page = renderHtml(markdown, '')
})

const h2s = (text: string): string[] => [...text.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]!)

it('the review findings come right after the summary, in the Markdown and the HTML (they were missing from the one and last in the other)', () => {
  const sections = [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1])
  expect(sections.slice(0, 2)).toEqual(['Review findings', 'Requirements'])
  expect(markdown).toContain('| warn | `hot-storage-untiered` | 62:16 |')
  expect(h2s(page).slice(0, 2)).toEqual(['review-findings', 'requirements'])
})

it('the page has a table of contents of its sections, before the first one, and every in-page link lands on a heading id', () => {
  const toc = /<nav class="toc" aria-label="Contents">[\s\S]*?<\/nav>/.exec(page)![0]
  const entries = [...toc.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1])
  expect(entries).toEqual(h2s(page))
  expect(entries).toEqual(['review-findings', 'requirements', 'assumptions-and-conventions', 'capacity-estimates', 'storage-growth', 'architecture', 'decisions', 'availability-and-error-budget', 'scaling-plan', 'monthly-cost', 'risks', 'appendix-derivations'])
  expect(page.indexOf('<nav class="toc"')).toBeLessThan(page.indexOf('<h2 id="review-findings">'))
  const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
  // The summary's own links (#risks, #appendix-derivations) had no heading to go to.
  const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)
  expect(targets.filter((t) => !ids.has(t))).toEqual([])
})

it('heading ids are GitHub’s: punctuation dropped, spaces as hyphens, repeats numbered', () => {
  const s = new Slugger()
  expect(['Appendix: derivations', 'What moves storage.total', 'Cache for posts', 'Cache for posts', 'Cache for posts'].map((t) => s.slug(t))).toEqual(['appendix-derivations', 'what-moves-storagetotal', 'cache-for-posts', 'cache-for-posts-1', 'cache-for-posts-2'])
})

it('every table scrolls in a region of its own, long ids may wrap at their dots and hyphens, and severities are badges', () => {
  const tables = page.match(/<table>/g)!.length
  expect(page.match(/<div class="table-scroll" role="region" aria-label="table" tabindex="0"><table>/g)!.length).toBe(tables)
  expect(page).toContain('<td><code>hot-<wbr>storage-<wbr>untiered</code></td>')
  expect(page).toContain('<td><span class="badge badge-warn">warn</span></td>')
  // No severity is plain text (the social feed's findings are all warnings now that its read path checks the SLO).
  expect(page).not.toMatch(/<td>(error|warn|info)<\/td>/)
})

it('a print stylesheet: no contents or diagram sources, tables unscrolled, rows and figures not split', () => {
  const print = /@media print \{[\s\S]*?\n\}/.exec(page)![0]
  expect(print).toContain('nav.toc, details.diagram-source')
  expect(print).toContain('.table-scroll { overflow: visible; }')
  expect(print).toContain('break-inside: avoid')
})

it('without scripts a diagram is a folded source, with its data as a table or a list in words right after it', () => {
  const blocks = [...page.matchAll(/<details class="diagram-source">[\s\S]*?<\/details>\n([\s\S]{0,200})/g)]
  expect(blocks.length).toBe(2)
  expect(page).not.toMatch(/<pre class="mermaid">[\s\S]*?<\/pre>\n(?!<\/details>)/)
  // The growth chart is followed by its table, the architecture by its arrows in words.
  expect(blocks[0]![1]).toMatch(/^<div class="table-scroll"[^>]*><table>\n<thead>\n<tr>\n<th>end of year<\/th>/)
  expect(blocks[1]![1]).toMatch(/^<p>In words:<\/p>\n<ul>\n<li>Clients → Load balancer, CDN: CloudFront<\/li>/)
})
