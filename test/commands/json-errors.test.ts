import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {parse as parseYaml} from 'yaml'

const BAD = 'name: x\nworkloads:\n  a:\n    reads: {perDay: banana}\n    writes: {perDay: 1M}\n    recordSize: 1 kilo\n'

// With --json, a failure on the input prints `{"error": …}` on stdout (the
// shape oclif's enableJsonFlag gives an error) as well as the located text on
// stderr; before, stdout was empty and a program learnt nothing.
describe('--json when the input is wrong', () => {
  it.each([
    ['estimate', '-', '--json'],
    ['report', '-', '--json'],
    ['check', '-', '--json'],
    ['check', '-', '--format', 'json'],
    ['explain', '-', 'qps.read.peak', '--json'],
  ])('%s %s %s: every problem, located, as JSON on stdout, exit 2', async (...argv) => {
    const r = await sizeup(argv, BAD)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('<stdin>:4:21:')
    const {error} = JSON.parse(r.stdout) as {error: {name: string; message: string; exitCode: number; problems: {file: string; line: number; column: number; path: string; message: string; hint: string | null}[]}}
    expect(error.name).toBe('SpecError')
    expect(error.exitCode).toBe(2)
    expect(error.message).toBe('2 problems found')
    expect(error.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.path}`)).toEqual(['<stdin>:4:21 workloads.a.reads.perDay', '<stdin>:6:17 workloads.a.recordSize'])
  })

  it('a command line it cannot parse, when it asks for JSON', async () => {
    const r = await sizeup(['estimate', '-', '--json', '--bogus'], BAD)
    expect(r.status).toBe(2)
    expect(JSON.parse(r.stdout).error.problems[0]).toMatchObject({file: '<command line>', message: 'unknown flag `--bogus`'})
  })

  it('without --json stdout stays empty', async () => {
    const r = await sizeup(['estimate', '-'], BAD)
    expect([r.status, r.stdout]).toEqual([2, ''])
  })
})

describe('--json on every command that prints', () => {
  it('schema --json prints the schema (it exited 2: no such flag)', async () => {
    const r = await sizeup(['schema', '--json'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).title).toBeDefined()
  })

  it('init - --json prints JSON with the spec as a string (it printed the YAML)', async () => {
    const r = await sizeup(['init', '-', '--template', 'chat', '--name', 'Team chat', '--json'])
    expect(r.status).toBe(0)
    const result = JSON.parse(r.stdout) as {file: string; template: string; spec: string}
    expect([result.file, result.template]).toEqual(['-', 'chat'])
    expect((parseYaml(result.spec) as {name: string}).name).toBe('Team chat')
  })
})
