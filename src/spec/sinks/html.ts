import {guardCommands, keepLines, oneLine} from './controls.js'
import {json} from './json.js'

const ENTITIES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

const entities = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/** A character reference for the first character of a line that would start a workflow command. */
const reference = (ch: string): string => `&#${ch.charCodeAt(0)};`

/** User text as HTML element text or a quoted attribute value: one line, control characters shown, no markup. */
export function html(text: string): string {
  return guardCommands(entities(oneLine(text)), reference)
}

/** Text whose lines are kept (a `<pre>` block): tabs as spaces, control characters but LF shown, no markup. */
export function htmlLines(text: string): string {
  return guardCommands(entities(keepLines(text)), reference)
}

/**
 * A whole stretch of HTML that sizeup assembled (the page's body): no line
 * starts a workflow command and no control character but LF is raw (tabs
 * become spaces).
 * Character references are HTML's own escape, so the page reads the same.
 */
export function htmlDocumentLines(markup: string): string {
  return guardCommands(keepLines(markup), reference)
}

/**
 * A value as JSON inside a `<script type="application/json">` block: the same
 * document (`<`, `>` and `&` as JSON's own `\u003c` escapes, which occur only
 * inside strings), so no text of it can close the element or open a comment.
 */
export function htmlScriptJson(value: unknown): string {
  return json(value, 0).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
