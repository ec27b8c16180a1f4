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
import {htmlDocumentLines, htmlLines} from '../spec/sinks/html.js'
import {code, mdWithCode} from '../spec/sinks/markdown.js'
import {scriptHash} from './sha256.js'

/** Inlined script text must not close its <script> element early. */
const inlineScript = (js: string): string => js.replaceAll('</script', '<\\/script').replaceAll('<!--', '<\\!--')

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 2em; border-bottom: 1px solid var(--line); padding-bottom: .3em; }
h2 { font-size: 1.5em; border-bottom: 1px solid var(--line); padding-bottom: .3em; margin-top: 2em; }
h3 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: 1em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
tr:nth-child(2n) td { background: var(--bg-alt); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--bg-alt); padding: .1em .3em; border-radius: 4px; }
pre { background: var(--bg-alt); padding: 12px; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
pre.mermaid { background: none; text-align: center; }
blockquote { color: var(--muted); border-left: 4px solid var(--line); margin: 1em 0; padding: 0 1em; }
details { margin: .5em 0; }
.sizeup-error { color: #d1242f; font-weight: 600; }
`

/**
 * Runs Mermaid on every diagram, then marks the page: data-diagrams is
 * "rendered" when every diagram became SVG, "failed" otherwise (each
 * failure shown in place of its diagram), so a test or a person can tell.
 */
const START = `
(async () => {
  const root = document.documentElement
  const blocks = [...document.querySelectorAll('pre.mermaid')]
  mermaid.initialize({startOnLoad: false, securityLevel: 'strict', theme: 'default'})
  const errors = []
  for (const [i, block] of blocks.entries()) {
    try {
      const {svg} = await mermaid.render('sizeup-diagram-' + i, block.textContent)
      const figure = document.createElement('figure')
      figure.className = 'diagram'
      figure.innerHTML = svg
      block.replaceWith(figure)
    } catch (e) {
      errors.push(String(e && e.message || e))
      const p = document.createElement('p')
      p.className = 'sizeup-error'
      p.textContent = 'diagram ' + (i + 1) + ' could not be drawn: ' + errors[errors.length - 1]
      block.after(p)
    }
  }
  root.dataset.diagramErrors = JSON.stringify(errors)
  root.dataset.diagrams = errors.length === 0 ? 'rendered' : 'failed'
})()
`

/** Where a link in the page may go: the web, e-mail, or a heading of the page; never `javascript:`, `data:` or a file. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|#)/i

/** Markdown to HTML: GFM, Mermaid blocks for Mermaid, raw HTML as text, unsafe links as their text. */
function markdownToHtml(): Marked {
  const marked = new Marked({gfm: true})
  marked.use({
    renderer: {
      code(token: Tokens.Code): string | false {
        if (token.lang === 'mermaid') return `<pre class="mermaid">${htmlLines(token.text)}</pre>\n`
        return false
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

/** The page. `mermaidJs` is Mermaid's browser bundle (mermaid.min.js), inlined. */
export function renderHtml(markdown: string, mermaidJs: string): string {
  const marked = markdownToHtml()
  const body = htmlDocumentLines(marked.parse(markdown, {async: false}) as string)
  const scripts = [inlineScript(mermaidJs), inlineScript(START)]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy(scripts)}">
<title>${titleOf(marked, markdown)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}</main>
${scripts.map((js) => `<script>${js}</script>`).join('\n')}
</body>
</html>
`
}

/** The design review's findings as a Markdown section (the HTML page shows them after the document); messages keep their code spans, and nothing else in them is markup. */
export function findingsMarkdown(findings: readonly Finding[]): string {
  const lines = ['## Review findings', '']
  if (findings.length === 0) lines.push('The design review found nothing.')
  else {
    lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'} of the design review (\`sizeup check\`).`, '', '| severity | rule | where | finding | fix |', '| --- | --- | --- | --- | --- |')
    for (const f of findings) lines.push(`| ${f.suppressed ? `${f.severity} (suppressed)` : f.severity} | ${code(f.ruleId)} | ${f.line}:${f.column} | ${mdWithCode(f.message)} | ${mdWithCode(f.hint)} |`)
  }
  return `${lines.join('\n')}\n`
}
