import {oneLine} from './controls.js'

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

/** Text for inside a quoted Mermaid label: one line, control characters shown, nothing Mermaid reads as syntax. */
export function mermaidLabel(text: string): string {
  return oneLine(text).replace(/[#"&<>%;`|[\]{}()\\]/g, (c) => MERMAID_CODES[c]!)
}
