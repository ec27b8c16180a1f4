/**
 * The longest text any regular expression of sizeup's own source (`src/`) was
 * run on during `run`: a measure of the work a pattern can be made to do that
 * needs no clock. Every way of running a pattern (`test`, `replace`, `split`,
 * `match` …) goes through `RegExp.prototype.exec`, so replacing that for the
 * duration sees them all; the caller's file comes from the stack, taken only
 * for long inputs, so that the YAML parser's and mathjs's own patterns do not count.
 */
export async function longestRegexInput(run: () => unknown): Promise<{longest: number; pattern: string | null}> {
  const original = RegExp.prototype.exec
  let longest = 0
  let pattern: string | null = null
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const length = String(text).length
    if (length > longest && fromSizeup(new Error().stack ?? '')) {
      longest = length
      pattern = this.source
    }
    return original.call(this, text)
  }
  try {
    await run()
  } finally {
    RegExp.prototype.exec = original
  }
  return {longest, pattern}
}

/** Whether the first frame of the stack outside this file and the engine's built-ins is in src/. */
function fromSizeup(stack: string): boolean {
  const frames = stack.split('\n').slice(1).filter((line) => line.includes('/') && !line.includes('regex-inputs.ts'))
  const caller = frames[0] ?? ''
  return caller.includes('/src/') && !caller.includes('node_modules')
}
