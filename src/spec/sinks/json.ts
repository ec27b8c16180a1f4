import {visible} from './controls.js'

/**
 * What JSON.stringify leaves raw although it is a control character: DEL, C1,
 * U+2028 and U+2029, the bidirectional controls (it escapes only C0). Outside
 * strings JSON has none of them, so replacing them anywhere is exact.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\p{Bidi_Control}]/gu

/** A value as JSON text (indented by two spaces, as sizeup's JSON outputs are, unless told otherwise): the same document, no raw control character. */
export function json(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, visible)
}
