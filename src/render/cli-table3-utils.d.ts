// cli-table3 ships no types for its helpers; render/table.ts uses the one it measures cells with.
declare module 'cli-table3/src/utils.js' {
  /** The width cli-table3 gives a cell's text: colour codes left out, the widest of its lines. */
  export function strlen(text: string): number
}
