import {guardCommands, keepLines, oneLine} from './controls.js'

/**
 * Escaping of user text (system, workload and component names, descriptions,
 * matrix text from overlays, finding messages) for Markdown: the design
 * document, the check and diff comments, and the HTML page made from them.
 */

const MD_ENTITIES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/** A backslash escape: CommonMark shows any escaped ASCII punctuation as itself. */
const backslash = (ch: string): string => `\\${ch}`

/**
 * Text for inline Markdown: a table cell, a heading, a list item. On one line
 * with control characters shown; pipes cannot end a cell, backticks cannot
 * open code, `*` `_` `[` `]` `#` `~` cannot format or link, `<` `>` `&` are
 * entities, so `<script>` stays text, and a leading `::` cannot become a
 * workflow command when the document is printed in a CI log.
 */
export function md(text: string): string {
  return guardCommands(inline(oneLine(text)), backslash)
}

function inline(line: string): string {
  return line.replace(/[\\`*_[\]|#~]/g, backslash).replace(/[&<>]/g, (c) => MD_ENTITIES[c]!)
}

/**
 * Text that quotes with code spans of its own (a finding's message:
 * "`posts` keeps 1.31 PB …"), for a table cell: each span whose backticks
 * close, as CommonMark pairs them (the next run of the same length), stays
 * code; everything else is escaped as `md` does. A name that brings
 * backticks can move where a span ends, never make markup: outside the spans
 * nothing is left unescaped, and inside one Markdown shows text as it is.
 */
export function mdWithCode(text: string): string {
  const line = oneLine(text)
  const runs = [...line.matchAll(/`+/g)].map((m) => ({at: m.index, length: m[0].length}))
  // The run that closes each run: the next one of its length (found in one pass from the end).
  const closer: (number | undefined)[] = []
  const last = new Map<number, number>()
  for (let i = runs.length - 1; i >= 0; i--) {
    closer[i] = last.get(runs[i]!.length)
    last.set(runs[i]!.length, i)
  }
  let out = ''
  let from = 0
  for (let i = 0; i < runs.length; i++) {
    const close = closer[i]
    if (close === undefined || runs[i]!.at < from) continue
    const open = runs[i]!
    const end = runs[close]!.at + runs[close]!.length
    out += inline(line.slice(from, open.at)) + line.slice(open.at, end).replace(/\|/g, '\\|')
    from = end
    i = close
  }
  return guardCommands(out + inline(line.slice(from)), backslash)
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

/** An http(s) URL inside free text, up to whitespace or an angle bracket. */
const URL_IN_TEXT = /https?:\/\/[^\s<>]+/gi

/**
 * A URL as a CommonMark autolink (`<https://…>`). Inside one, backslash
 * escapes are not read, so `md` would put a literal `\` into the address
 * (`USER\_On…` became `USER%5C_On…` in the HTML page); the URL goes in as it
 * is instead, with only the characters that could end the autolink, split a
 * table cell or be no part of a URL percent-encoded. Sentence punctuation
 * after it (`.`, `,`, a `)` it did not open) stays outside.
 */
function autolink(url: string): {link: string; rest: string} {
  let end = url.length
  while (end > 0 && /[.,;:!?]/.test(url[end - 1]!)) end--
  if (url[end - 1] === ')' && !url.slice(0, end).includes('(')) end--
  const address = url.slice(0, end).replace(/[|`\\"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return {link: `<${address}>`, rest: url.slice(end)}
}

/**
 * Text that cites its sources (`https://docs…/USER_OnDemandDBInstances.html
 * (derived: …)`), for inline Markdown: each http(s) URL an autolink that
 * reaches the page as written, everything else escaped as `md` does.
 */
export function mdCited(text: string): string {
  const line = oneLine(text)
  let out = ''
  let from = 0
  for (const m of line.matchAll(URL_IN_TEXT)) {
    const {link, rest} = autolink(m[0])
    out += inline(line.slice(from, m.index)) + link + inline(rest)
    from = m.index + m[0].length
  }
  return guardCommands(out + inline(line.slice(from)), backslash)
}

/**
 * A whole Markdown document as it leaves sizeup (a user's template wrote part
 * of it): CR LF becomes LF, tabs become spaces at Markdown's 4-column stops,
 * other control characters are shown, and no line starts a workflow command.
 * Built-in output passes unchanged.
 */
export function markdownDocument(text: string): string {
  return guardCommands(keepLines(text), backslash)
}
