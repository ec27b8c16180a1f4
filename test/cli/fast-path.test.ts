import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {type FastManifest, parseFast} from '../../src/cli/fast-path.js'
import {runCli} from '../helpers/spec.js'

const manifest: FastManifest = {
  version: '1.2.3',
  commands: {
    estimate: {
      args: [{name: 'file', required: true}],
      strict: true,
      flags: {
        json: {type: 'boolean', allowNo: false, multiple: false},
        color: {type: 'boolean', allowNo: true, multiple: false},
        samples: {type: 'integer', allowNo: false, multiple: false, default: 10_000, min: 100, max: 10_000_000},
        format: {type: 'string', allowNo: false, multiple: false, options: ['a', 'b']},
      },
    },
    check: {args: [{name: 'files', required: true}], strict: false, flags: {'fail-on': {type: 'string', allowNo: false, multiple: true}}},
  },
}

describe('fast path parsing', () => {
  it('parses a plain command line with defaults filled in', () => {
    expect(parseFast(['estimate', 'a.yaml', '--json', '--no-color', '--samples', '500'], manifest)).toEqual({
      id: 'estimate',
      args: {file: 'a.yaml'},
      argv: ['a.yaml'],
      flags: {json: true, color: false, samples: 500},
    })
    expect(parseFast(['estimate', 'a.yaml'], manifest)!.flags).toEqual({samples: 10_000})
    expect(parseFast(['check', 'a.yaml', 'b.yaml', '--fail-on', 'x', '--fail-on', 'y'], manifest)).toMatchObject({argv: ['a.yaml', 'b.yaml'], flags: {'fail-on': ['x', 'y']}})
  })

  it.each([
    [['estimate']], // missing argument
    [['estimate', 'a.yaml', 'b.yaml']], // extra argument
    [['estimate', 'a.yaml', '--jsn']], // unknown flag
    [['estimate', 'a.yaml', '--samples', 'many']], // not an integer
    [['estimate', 'a.yaml', '--samples', '5']], // below min
    [['estimate', 'a.yaml', '--format', 'c']], // not an option
    [['estimate', 'a.yaml', '--help']],
    [['nope', 'a.yaml']],
    [[]],
  ])('hands %j over to oclif', (argv) => {
    expect(parseFast(argv, manifest)).toBeNull()
  })
})

describe('fast path and oclif say the same (built CLI)', () => {
  it('report --format html -o (a 3.6 MB page: compared as files, past spawnSync buffers)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizeup-fast-'))
    const fast = runCli(['report', 'examples/url-shortener.yaml', '--format', 'html', '-o', join(dir, 'fast.html')])
    const slow = runCli(['report', 'examples/url-shortener.yaml', '--format', 'html', '-o', join(dir, 'slow.html')], undefined, {SIZEUP_NO_FAST_PATH: '1'})
    expect([fast.status, slow.status]).toEqual([0, 0])
    expect(readFileSync(join(dir, 'fast.html'), 'utf8')).toBe(readFileSync(join(dir, 'slow.html'), 'utf8'))
  })

  const lines: string[][] = [
    ['--version'],
    ['--help'],
    ['estimate', 'examples/url-shortener.yaml'],
    ['estimate', 'examples/url-shortener.yaml', '--json'],
    ['estimate', 'examples/no-such.yaml'],
    ['estimate', 'examples/feed-forecast.yaml', '--samples', '300', '--seed', '2', '--json'],
    ['report', 'examples/url-shortener.yaml'],
    ['check', 'examples/url-shortener.yaml', '--format', 'json'],
    ['diff', 'examples/diff/social-feed-base.yaml', 'examples/diff/social-feed-head.yaml', '--fail-on', 'storage.total > +20%', '--format', 'json'],
    ['explain', 'examples/url-shortener.yaml', 'qps.read.peak'],
    ['numbers', 'rtt', '--json'],
    ['schema'],
    ['schema', 'overlay'],
    ['schema', 'nope'],
    ['init', '-', '--template', 'chat'],
    ['check', 'examples/url-shortener.yaml', '--json'],
  ]
  it.each(lines)('%s …', (...argv) => {
    const fast = runCli(argv)
    const slow = runCli(argv, undefined, {SIZEUP_NO_FAST_PATH: '1'})
    expect(fast.status).toBe(slow.status)
    expect(fast.stdout).toBe(slow.stdout)
    expect(fast.stderr).toBe(slow.stderr)
  })
})
