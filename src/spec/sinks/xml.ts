import {guardCommands, visible} from './controls.js'

/**
 * Control characters other than tab, LF and CR are shown (XML 1.0 cannot
 * carry C0 at all, and C1, the separators and the bidirectional controls
 * would reach a CI page raw); what XML still cannot carry (lone surrogates,
 * U+FFFE, U+FFFF) becomes U+FFFD.
 */
function xmlChars(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Bidi_Control}]/gu, visible)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
}

/** A character reference for the first character of a line that would start a workflow command. */
const reference = (ch: string): string => `&#${ch.charCodeAt(0)};`

/**
 * Element text: entities for `&` `<` `>`, CR and tab kept as character
 * references (parsers turn a literal CR LF into LF; neither is raw in the
 * file), and no line that a CI log would run as a workflow command.
 */
export function xmlText(text: string): string {
  const escaped = xmlChars(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;')
  return guardCommands(escaped, reference)
}

/** An attribute value in double quotes; LF is kept as a character reference too (parsers would normalise it to a space). */
export function xmlAttr(text: string): string {
  return xmlText(text).replaceAll('"', '&quot;').replaceAll("'", '&apos;').replaceAll('\n', '&#10;')
}
