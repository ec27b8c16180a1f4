/**
 * What no output of sizeup carries raw, whatever a spec, configuration,
 * overlay, template or command line says: control characters (C0, DEL, C1),
 * the line and paragraph separators, and the bidirectional controls (which
 * reorder what a reader sees). A terminal acts on an escape sequence, a CI
 * log splits a line at a bare CR, a reviewer misreads reordered text; shown
 * as `\u001b`, the same text is only text. Each sink (terminal.ts,
 * markdown.ts, html.ts, github.ts, xml.ts, json.ts) builds on these.
 */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/gu

/** A control character as text: `\u001b` (the notation of JSON and JavaScript). */
export function visible(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * Text that lands inside one line of an output (a table cell, a heading, a
 * quoted name in a message): line breaks (CR LF, LF, or a CR alone) and tabs
 * become one space, every other control character is shown.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, visible)
}

/**
 * Text whose lines are kept (a whole document, a block of lines): CR LF
 * becomes LF, tabs become spaces up to the next multiple of 4 columns (as
 * Markdown reads them), and every other control character is shown.
 */
export function keepLines(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  return lines.map((line) => (line.includes('\t') ? expandTabs(line) : line).replace(CONTROL, visible)).join('\n')
}

function expandTabs(line: string): string {
  const [first = '', ...rest] = line.split('\t')
  let out = first
  for (const part of rest) out += ' '.repeat(4 - (out.length % 4)) + part
  return out
}

/**
 * A line the GitHub Actions runner takes for a workflow command: `::` (or the
 * older `##[`) after leading whitespace, which the runner trims first. Output
 * that reaches a CI log (every stream, a file someone prints) must not start
 * a line so, or `::stop-commands::`, `::add-mask::` or `::error` from a spec
 * would run.
 */
const COMMAND_START = /^([^\S\r\n]*)(?::(?=:)|#(?=#\[))/gm

/** Escapes the first character of every line that would start a workflow command, the sink's own way. */
export function guardCommands(text: string, escape: (ch: string) => string): string {
  return text.replace(COMMAND_START, (match, space: string) => space + escape(match.slice(space.length)))
}
