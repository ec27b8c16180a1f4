import {describe, expect, it} from 'vitest'
import {isUnknownCommand, unknownCommand} from '../../src/commands/not-found.js'

// A mistyped command is a usage problem like a mistyped flag: located on the
// command line, exit 2, with the nearest command when it is a plausible typo.
describe('an unknown command', () => {
  it.each([
    // [typed, suggested]: edit distance (a swap of neighbours is one edit) ≤ max(2, ⌊length ÷ 3⌋)
    ['estimat', 'estimate'], // 1 edit (a letter missing)
    ['chekc', 'check'], // 1 edit (two letters swapped)
    ['reprot', 'report'], // 1 edit (a swap)
    ['explian', 'explain'], // 1 edit (a swap)
    ['hlep', 'help'], // 1 edit (a swap): oclif's own commands are suggested too
    ['verison', 'version'], // 1 edit (a swap)
  ])('`%s` suggests `sizeup %s`', (typed, suggested) => {
    const outcome = unknownCommand(typed)
    expect(outcome.exitCode).toBe(2)
    expect(outcome.stdout).toBe('')
    expect(outcome.stderr).toBe(`<command line>:1:1: \`${typed}\` is not a sizeup command\n  hint: did you mean \`sizeup ${suggested}\`? \`sizeup help\` lists the commands\nsizeup: 1 problem found\n`)
  })

  it.each(['foo', 'deploy', 'x'])('`%s` is too far from every command for a suggestion', (typed) => {
    expect(unknownCommand(typed).stderr).toContain('hint: `sizeup help` lists the commands\n')
  })

  it('a hostile word is cut to 64 characters and its control characters shown', () => {
    const stderr = unknownCommand(`\u001b[2J${'a'.repeat(100_000)}`).stderr
    expect(stderr.length).toBeLessThan(400)
    expect(stderr).toContain('…')
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })

  it('commands, oclif\'s own commands and flags are not unknown', () => {
    for (const word of ['estimate', 'check', 'help', 'version', 'autocomplete', '--help', '-h', '-v']) expect(isUnknownCommand(word), word).toBe(false)
    for (const word of ['estimat', 'constructor', '__proto__', 'toString']) expect(isUnknownCommand(word), word).toBe(true)
  })
})
