import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {TERMINAL_HINT} from '../../src/commands/mcp.js'
import {runCommand} from '../../src/commands/run.js'
import {testIO} from '../helpers/analysis.js'

/** `sizeup mcp` typed at a prompt says what it waits for; started by a client (a pipe) it says nothing. */
describe('sizeup mcp at a terminal', () => {
  const run = async (isTTY: boolean) => {
    const io = testIO()
    const stdin = Object.assign(new PassThrough(), {isTTY})
    const outcome = runCommand('mcp', [], {...io, stdin})
    stdin.end() // the person presses Ctrl-D: the server ends
    const result = await outcome
    return {...io.written(), exitCode: result.exitCode}
  }

  it('prints a hint on stderr, nothing on stdout, when standard input is a terminal', async () => {
    const {stdout, stderr, exitCode} = await run(true)
    expect(exitCode).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe(TERMINAL_HINT)
    expect(stderr).toContain('claude mcp add sizeup -- npx sizeup mcp')
  })

  it('stays silent on a pipe, where a client speaks the protocol', async () => {
    const {stdout, stderr, exitCode} = await run(false)
    expect({stdout, stderr, exitCode}).toEqual({stdout: '', stderr: '', exitCode: 0})
  })
})
