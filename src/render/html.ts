/**
 * The design document as one self-contained HTML page: the Markdown report
 * turned into HTML, its ```mermaid blocks left for Mermaid (inlined, with the
 * styles) to draw in the browser. No request leaves the page, and nothing in
 * the Markdown can run script: the page's two scripts are allowed by their
 * hashes alone, raw HTML in the Markdown (which only a user's template can
 * write) is shown as text, and links go to the web or within the page only.
 */
import {Marked, type Tokens} from 'marked'
import type {Finding} from '../review/types.js'
import {html, htmlDocumentLines, htmlLines} from '../spec/sinks/html.js'
import {breakableCode, scrollingTables, severityBadge, Slugger, tableOfContents, textOfInline, type TocEntry} from './html-structure.js'
import {scriptHash} from './sha256.js'
import {LIVE_STYLE, liveData, type LivePage} from './html-live.js'
import {metricAttributes, metricCells, type ReportMetrics} from './html-metrics.js'
import type {MetricNode} from '../engine/ledger.js'
import {findingsView} from './view/findings.js'

/**
 * Inlined script text must not close its <script> element early, and must be
 * the text the browser will hash for the CSP: its HTML parser turns CR LF and
 * CR into LF and NUL into U+FFFD inside a script element, so those are
 * written as it reads them (a licence file with CRLF ends in the live page's
 * script once failed every script's hash check).
 */
const inlineScript = (js: string): string =>
  js.replaceAll('</script', '<\\/script').replaceAll('<!--', '<\\!--').replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD')

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 2em; border-bottom: 1px solid var(--line); padding-bottom: .3em; }
h2 { font-size: 1.5em; border-bottom: 1px solid var(--line); padding-bottom: .3em; margin-top: 2em; }
h3 { font-size: 1.2em; margin-top: 1.5em; }
th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
tr:nth-child(2n) td { background: var(--bg-alt); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--bg-alt); padding: .1em .3em; border-radius: 4px; }
pre { background: var(--bg-alt); padding: 12px; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
pre.mermaid { background: none; text-align: center; }
blockquote { color: var(--muted); border-left: 4px solid var(--line); margin: 1em 0; padding: 0 1em; }
details { margin: .5em 0; }
.sizeup-error { color: #d1242f; font-weight: 600; }
nav.toc { background: var(--bg-alt); border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin: 1em 0; }
nav.toc h2 { font-size: 1.1em; border: 0; margin: .3em 0; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.4em; columns: 2 16em; }
.table-scroll { overflow-x: auto; max-width: 100%; margin: 1em 0; }
.table-scroll > table { margin: 0; }
table { border-collapse: collapse; margin: 1em 0; }
/* anywhere, not break-word: only anywhere lowers a column's minimum width, so a long id (figure.apache-kafka.partitionConsumerBytesPerSecond) cannot widen the table past the page */
td { overflow-wrap: anywhere; }
td code { overflow-wrap: anywhere; }
td a { overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 .55em; border-radius: 1em; font-size: .85em; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.badge-error { background: #ffebe9; color: #a40e26; border-color: #ff818266; }
.badge-warn, .badge-warning { background: #fff8c5; color: #7d4e00; border-color: #d4a72c66; }
.badge-info, .badge-hint { background: #ddf4ff; color: #0a3069; border-color: #54aeff66; }
details.diagram-source > summary { color: var(--muted); cursor: pointer; }
@media (max-width: 600px) {
  main { padding: 12px 14px 48px; }
  body { font-size: 14px; }
  th, td { padding: 3px 6px; min-width: 7em; }
  nav.toc ol { columns: 1; }
}
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav.toc, details.diagram-source, .sizeup-error { display: none; }
  .table-scroll { overflow: visible; }
  table { font-size: 8.5pt; width: 100%; }
  tr, figure, pre { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  h2 { break-before: auto; }
  tr:nth-child(2n) td { background: none; }
  a { color: inherit; text-decoration: none; }
  .badge { border-color: currentColor; }
}
`

/**
 * Runs Mermaid on every diagram, then marks the page: data-diagrams is
 * "rendered" when every diagram became SVG, "failed" otherwise (each
 * failure shown in place of its diagram), so a test or a person can tell.
 * The live page calls it again (`sizeupDraw`) after it redraws the document.
 */
const START = `
window.sizeupDraw = async () => {
  const root = document.documentElement
  delete root.dataset.diagrams
  const blocks = [...document.querySelectorAll('pre.mermaid')]
  mermaid.initialize({startOnLoad: false, securityLevel: 'strict', theme: 'default'})
  const errors = []
  const run = (root.dataset.drawn = String(Number(root.dataset.drawn ?? 0) + 1))
  for (const [i, block] of blocks.entries()) {
    try {
      const {svg} = await mermaid.render('sizeup-diagram-' + run + '-' + i, block.textContent)
      const figure = document.createElement('figure')
      figure.className = 'diagram'
      figure.innerHTML = svg
      // Drawn: the diagram takes the place of its source, which was folded away for readers without scripts.
      ;(block.closest('details.diagram-source') ?? block).replaceWith(figure)
    } catch (e) {
      errors.push(String(e && e.message || e))
      const p = document.createElement('p')
      p.className = 'sizeup-error'
      p.textContent = 'diagram ' + (i + 1) + ' could not be drawn: ' + errors[errors.length - 1]
      ;(block.closest('details.diagram-source') ?? block).after(p)
    }
  }
  root.dataset.diagramErrors = JSON.stringify(errors)
  root.dataset.diagrams = errors.length === 0 ? 'rendered' : 'failed'
}
window.sizeupDraw()
`

/** Where a link in the page may go: the web, e-mail, or a heading of the page; never `javascript:`, `data:` or a file. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|#)/i

/** Markdown to HTML: GFM, Mermaid blocks for Mermaid, raw HTML as text, unsafe links as their text, headings with ids. */
function markdownToHtml(sections: TocEntry[], metrics: ReportMetrics | undefined): Marked {
  const marked = new Marked({gfm: true})
  const slugger = new Slugger()
  let cells = new Map<Tokens.TableCell, MetricNode>()
  marked.use({
    renderer: {
      table(token: Tokens.Table): string | false {
        cells = metricCells(token, metrics)
        return false
      },
      code(token: Tokens.Code): string | false {
        // Folded away: a reader without scripts sees the table or list next to each diagram, and the source if they ask.
        if (token.lang === 'mermaid') return `<details class="diagram-source"><summary>Diagram source (Mermaid), drawn when scripts run; the same data is in the text beside it</summary>\n<pre class="mermaid">${htmlLines(token.text)}</pre>\n</details>\n`
        return false
      },
      codespan(token: Tokens.Codespan): string {
        return `<code>${breakableCode(html(token.text))}</code>`
      },
      heading(token: Tokens.Heading): string {
        const inner = this.parser.parseInline(token.tokens)
        const text = textOfInline(inner)
        const id = slugger.slug(text)
        if (token.depth === 2) sections.push({id, text})
        return `<h${token.depth} id="${html(id)}">${inner}</h${token.depth}>\n`
      },
      tablecell(token: Tokens.TableCell): string {
        const inner = this.parser.parseInline(token.tokens)
        const tag = token.header ? 'th' : 'td'
        const node = cells.get(token)
        const attributes = (token.align ? ` align="${token.align}"` : '') + (node === undefined ? '' : metricAttributes(node))
        const open = `<${tag}${attributes}>`
        return `${open}${(token.header ? null : severityBadge(inner)) ?? inner}</${tag}>\n`
      },
      html(token: Tokens.HTML | Tokens.Tag): string {
        return htmlLines(token.text)
      },
      link(token: Tokens.Link): string | false {
        if (SAFE_HREF.test(token.href)) return false
        return this.parser.parseInline(token.tokens)
      },
    },
  })
  return marked
}

/**
 * The policy of the page: nothing fetched, styles inline (Mermaid's SVG needs
 * them), and of scripts only the page's own, by hash (a hash, not a nonce, so
 * that the same input gives the same page). Inline event handlers and
 * `javascript:` URLs are then refused by the browser too.
 */
function policy(scripts: readonly string[]): string {
  return [`default-src 'none'`, `script-src ${scripts.map(scriptHash).join(' ')}`, `style-src 'unsafe-inline'`, 'img-src data:', 'font-src data:', `base-uri 'none'`, `form-action 'none'`].join('; ')
}

/**
 * The page's title: the document's first `# ` heading as marked renders it
 * (already HTML, entities once), without tags.
 */
function titleOf(marked: Marked, markdown: string): string {
  const heading = /^# (.*)$/m.exec(markdown)?.[1]
  if (heading === undefined) return 'Design document'
  return htmlDocumentLines((marked.parseInline(heading, {async: false}) as string).replace(/<[^>]*>/g, '').trim()) || 'Design document'
}

/** What the page shows besides the document: the metric cells' hooks, and the live editing when given. */
export interface HtmlPage {
  /** The Report's metrics: each appendix row's value cell carries `data-metric` and `data-value`. */
  readonly metrics?: ReportMetrics
  /** The page's script and the inputs it recomputes from (html-live.ts). */
  readonly live?: LivePage
}

/** The page's title and the document as HTML: what `<main>` holds, which the live page redraws with this same function. */
export function htmlBody(markdown: string, metrics?: ReportMetrics): {readonly title: string; readonly body: string} {
  const sections: TocEntry[] = []
  const marked = markdownToHtml(sections, metrics)
  const parsed = scrollingTables(marked.parse(markdown, {async: false}) as string)
  // The contents go after the title (and its description, if any): before the document's first section.
  const first = parsed.indexOf('<h2 ')
  const toc = tableOfContents(sections)
  const body = htmlDocumentLines(first < 0 ? parsed + toc : parsed.slice(0, first) + toc + parsed.slice(first))
  return {title: titleOf(marked, markdown), body}
}

/** The page. `mermaidJs` is Mermaid's browser bundle (mermaid.min.js), inlined. */
export function renderHtml(markdown: string, mermaidJs: string, page: HtmlPage = {}): string {
  const {title, body} = htmlBody(markdown, page.metrics)
  const scripts = [inlineScript(mermaidJs), inlineScript(START), ...(page.live ? [inlineScript(page.live.script)] : [])]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy(scripts)}">
<title>${title}</title>
<style>${STYLE}${page.live ? LIVE_STYLE : ''}</style>
</head>
<body>
<main>
${body}</main>
${page.live ? liveData(page.live) : ''}${scripts.map((js) => `<script>${js}</script>`).join('\n')}
</body>
</html>
`
}

/** The design review's findings as a Markdown section, as the document lays them out after its summary (for a page made from Markdown of its own). */
export function findingsMarkdown(findings: readonly Finding[]): string {
  const view = findingsView(findings)
  const lines = ['## Review findings', '', view.intro]
  if (view.rows.length > 0) lines.push('', '| severity | rule | where | finding | fix |', '| --- | --- | --- | --- | --- |', ...view.rows.map((r) => `| ${r.severity} | ${r.rule} | ${r.where} | ${r.message} | ${r.hint} |`))
  return `${lines.join('\n')}\n`
}
