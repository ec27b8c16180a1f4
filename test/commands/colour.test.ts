import {describe, expect, it} from 'vitest'
import {wantsColour} from '../../src/node/terminal-style.js'

// The flags decide first, then FORCE_COLOR (https://force-color.org: set and
// not empty forces colour, even over NO_COLOR; `0` and `false` are off, as
// Node and chalk read them), then NO_COLOR (https://no-color.org), then
// whether stdout is a terminal. FORCE_COLOR=1 was ignored before.
describe('whether to colour', () => {
  const tty = {isTTY: true}
  const pipe = {isTTY: false}
  it.each([
    // [flag, FORCE_COLOR, NO_COLOR, stdout, colour]
    [undefined, undefined, undefined, tty, true],
    [undefined, undefined, undefined, pipe, false],
    [undefined, undefined, '1', tty, false],
    [undefined, undefined, '', tty, true], // NO_COLOR empty is not set
    [undefined, '1', undefined, pipe, true], // a CI log that renders ANSI
    [undefined, '3', undefined, pipe, true], // any value but 0/false
    [undefined, '1', '1', pipe, true], // FORCE_COLOR over NO_COLOR
    [undefined, '0', undefined, tty, false],
    [undefined, 'false', undefined, tty, false],
    [undefined, '', undefined, pipe, false], // empty is not set
    [false, '1', undefined, tty, false], // --no-color over everything
    [true, '0', '1', pipe, true], // --color over everything
  ] as const)('--color %s, FORCE_COLOR %s, NO_COLOR %s, stdout %o → %s', (flag, force, noColor, stdout, colour) => {
    expect(wantsColour(flag, {stdout, env: {FORCE_COLOR: force, NO_COLOR: noColor}})).toBe(colour)
  })
})
