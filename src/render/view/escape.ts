/**
 * Escaping of user text (system, workload and component names, descriptions,
 * matrix text from overlays) for where it lands in the design document. The
 * view model calls these; templates print what they get (noEscape).
 */

/** Line breaks and tabs become one space: a table cell, heading or label is one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
}

const MD_ENTITIES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/**
 * Text for inline Markdown: a table cell, a heading, a list item. Pipes cannot
 * end a cell, backticks cannot open code, `*` `_` `[` `]` `#` `~` cannot format
 * or link, and `<` `>` `&` are entities, so `<script>` stays text.
 */
export function md(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => MD_ENTITIES[c]!)
}

/**
 * A code span that survives any content: the fence is one backtick longer
 * than the longest run inside. In a table cell a `|` must still be escaped
 * (GFM splits cells before it parses code), which `inTable` does.
 */
export function code(text: string, inTable = true): string {
  let body = oneLine(text)
  if (inTable) body = body.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/** A Markdown link to an http(s) URL; anything else prints as text, so a matrix cannot smuggle `javascript:`. */
export function mdLink(title: string, url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return `${md(title)} (${code(url)})`
  const safe = url.replace(/[()<>[\]|`\\"' ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `[${md(title)}](${safe})`
}

/**
 * Mermaid entity codes (`#quot;`, `#35;` …) for every character that could
 * end a quoted label, start a comment or directive (`%%`), open a Markdown
 * string (backtick), separate statements (`;`) or become HTML (`<`, `&`).
 * Labels are always printed inside `"…"`, and node ids are generated
 * (`n1`, `n2` …), so keywords such as `end`, `subgraph` or `click` in a
 * name are just words.
 */
const MERMAID_CODES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '%': '#37;',
  ';': '#59;',
  '`': '#96;',
  '|': '#124;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '(': '#40;',
  ')': '#41;',
  '\\': '#92;',
}

/** Text for inside a quoted Mermaid label. */
export function mermaidLabel(text: string): string {
  return oneLine(text).replace(/[#"&<>%;`|[\]{}()\\]/g, (c) => MERMAID_CODES[c]!)
}
