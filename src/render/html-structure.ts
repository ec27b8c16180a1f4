/**
 * What the HTML page adds to the document's structure: ids on headings (as
 * GitHub makes them, so the document's own `#risks` links work on the page
 * too), a table of contents of its sections, tables in a scrolling region,
 * and severities as badges.
 */
import {html} from '../spec/sinks/html.js'

const DECODE: Readonly<Record<string, string>> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'"}

/** The text a reader sees of inline HTML marked wrote: tags dropped, its own entities read. */
export function textOfInline(markup: string): string {
  return markup.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => DECODE[e]!)
}

/**
 * Heading ids as GitHub derives them: lower case, punctuation dropped (letters,
 * digits, marks, `_` and `-` stay), spaces as `-`; a repeated one gains `-1`,
 * `-2` … (`Appendix: derivations` → `appendix-derivations`).
 */
export class Slugger {
  readonly #used = new Set<string>()
  readonly #next = new Map<string, number>()

  slug(text: string): string {
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '').replace(/ /g, '-')
    let n = this.#next.get(base) ?? 0
    let id = n === 0 ? base : `${base}-${n}`
    while (this.#used.has(id)) id = `${base}-${++n}`
    this.#next.set(base, n + 1)
    this.#used.add(id)
    return id
  }
}

export interface TocEntry {
  readonly id: string
  readonly text: string
}

/** The page's sections (its `##` headings) as a navigation list; nothing for a page with fewer than two. */
export function tableOfContents(entries: readonly TocEntry[]): string {
  if (entries.length < 2) return ''
  const items = entries.map((e) => `<li><a href="#${html(e.id)}">${html(e.text)}</a></li>`).join('\n')
  return `<nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>\n${items}\n</ol>\n</nav>\n`
}

/**
 * Code (escaped already) that may wrap after its separators: `datastore.<wbr>posts`,
 * `hot-<wbr>storage-<wbr>untiered`. A long id then breaks where a reader
 * expects, never mid-word, and a narrow column stays readable.
 */
export function breakableCode(escaped: string): string {
  return escaped.replace(/([./_-])(?=[^\s./_-])/g, '$1<wbr>')
}

/** A table cell that holds just a severity (`error`, `warn (suppressed)`) shows it as a badge. */
export function severityBadge(cell: string): string | null {
  const m = /^(error|warn|warning|info|hint)( \(suppressed\))?$/.exec(cell)
  return m ? `<span class="badge badge-${m[1]}">${m[1]}</span>${m[2] ?? ''}` : null
}

/**
 * Every table in a region that scrolls sideways on its own (and can be
 * scrolled from the keyboard), so a wide one does not widen the page. Only
 * marked writes `<table>`: raw HTML in the Markdown is text by then.
 */
export function scrollingTables(body: string): string {
  return body.replaceAll('<table>', '<div class="table-scroll" role="region" aria-label="table" tabindex="0"><table>').replaceAll('</table>', '</table></div>')
}
