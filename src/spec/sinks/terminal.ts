import {guardCommands, oneLine, visible} from './controls.js'

/**
 * User text for a terminal or a CI log (tables, messages, transcripts,
 * standard error): on one line, control characters shown instead of acted on
 * (no escape sequence can retitle, clear or link), and never the start of a
 * workflow command. Colour is added after, by sizeup's own style.
 */
export function terminal(text: string): string {
  return guardCommands(oneLine(text), visible)
}

/** Text whose line breaks are kept as separate lines (a multi-line message), each line as `terminal` makes it. */
export function terminalLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(terminal)
}
