import {visible} from './controls.js'

/** Every control character but CR and LF, which the runner's own encoding carries. */
const SHOWN = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Bidi_Control}]/gu

/**
 * A workflow command's message (the data after `::`): `%`, CR and LF
 * percent-encoded, as the runner decodes them (`%` first, so nothing is
 * encoded twice); a tab becomes a space and every other control character is
 * shown, so the log line carries none raw.
 */
export function escapeData(text: string): string {
  return text
    .replace(SHOWN, (ch) => (ch === '\t' ? ' ' : visible(ch)))
    .replaceAll('%', '%25')
    .replaceAll('\r', '%0D')
    .replaceAll('\n', '%0A')
}

/** A workflow command's property value: as data, and `:` and `,`, which would end the property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
