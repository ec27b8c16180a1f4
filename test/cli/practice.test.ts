import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'

/** Answers to the social-feed scenario: one of each grade, and a wrong unit re-asked. */
const FEED_ANSWERS = [
  '3.5K/s', // qps.write.avg 3.47 K/s: correct
  '240 GB', // qps.read.peak asked for a rate: re-asked with a hint
  '100K/s', // qps.read.peak 34.7 K/s, 2.88× high: the right order of magnitude
  '30 TB', // storage.perDay 30.2 TB: correct
  '500 PB', // storage.total 55.2 PB, 9.06× high: the right order of magnitude
  '40 MB/s', // bandwidth.egress.avg 451 MB/s, 11.3× low: wrong
  '4.8 TB', // cache.hotBytes 4.8 TB: correct
  '52 min', // availability.slo.downtime.year 52m 34s: correct
]

function checkFeedTranscript(stdout: string): void {
  expect(stdout).toContain('Practice: Social feed (a Twitter-like home timeline)')
  expect(stdout).toContain('Design the home timeline of a Twitter-like service.')
  expect(stdout).toContain('> 3.5K/s\n✔ correct: 3.5 K/s against 3.47 K/s (1.01× high), +2 points')
  expect(stdout).toContain('> 240 GB\n`240 GB` is a size in bytes, but the question asks for requests per second')
  expect(stdout).toContain('> 100K/s\n≈ the right order of magnitude: 100 K/s against 34.7 K/s (2.88× high), +1 point')
  expect(stdout).toContain('> 500 PB\n≈ the right order of magnitude: 500 PB against 55.2 PB (9.06× high), +1 point')
  expect(stdout).toContain('> 40 MB/s\n✘ wrong: 40 MB/s against 451 MB/s (11.3× low), 0 points')
  expect(stdout).toContain('> 52 min\n✔ correct: 52m against 52m 34s (1.01× low), +2 points')
  expect(stdout.match(/^Worked solution:$/gm)).toHaveLength(7)
  expect(stdout).toContain('powers:   3 × 10⁸ req ÷ 8.64 × 10⁴ s ≈ 3.47 × 10³ req/s')
  const rows = stdout.replace(/ {2,}/g, ' ')
  expect(rows).toContain('│ 2 │ qps.read.peak │ 100 K/s │ 34.7 K/s │ 2.88× high │ order of magnitude │ 1 │')
  expect(rows).toContain('│ 5 │ bandwidth.egress.avg │ 40 MB/s │ 451 MB/s │ 11.3× low │ wrong │ 0 │')
  expect(stdout.trimEnd().split('\n').at(-1)).toBe('Score: 10 of 14 points (4 correct, 2 right order of magnitude, 1 wrong)')
}

describe('sizeup practice, non-interactive', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sizeup-practice-'))
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('reads answers piped on standard input, one per line, and grades them', async () => {
    const r = await sizeup(['practice', '--scenario', 'social-feed'], `${FEED_ANSWERS.join('\n')}\n`)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    checkFeedTranscript(r.stdout)
  })

  it('reads answers from --answers FILE (CRLF line ends too), the same drill', async () => {
    const file = join(dir, 'answers.txt')
    writeFileSync(file, `${FEED_ANSWERS.join('\r\n')}\r\n`)
    const r = await sizeup(['practice', '--scenario', 'social-feed', '--answers', file])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    checkFeedTranscript(r.stdout)
    expect(r.stdout).toBe((await sizeup(['practice', '--scenario', 'social-feed'], FEED_ANSWERS.join('\n'))).stdout)
  })

  it('drills on the user’s own spec with --spec, asking the headline metrics', async () => {
    const r = await sizeup(['practice', '--spec', 'examples/url-shortener.yaml'], 'skip\n'.repeat(10))
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Practice: URL shortener  (examples/url-shortener.yaml)')
    expect(r.stdout).toContain('Question 10 of 10  (availability.slo.downtime.year)')
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Score: 0 of 20 points (10 skipped)')
  })

  it('--spec takes a scenario of the spec (`design.yaml#year3`), as everywhere a spec is named', async () => {
    const r = await sizeup(['practice', '--spec', 'examples/feed-forecast.yaml#year3'], 'skip\n'.repeat(10))
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Practice: Social feed forecast  (examples/feed-forecast.yaml#year3)')
    expect(r.stdout).toMatch(/peak +3 × the daily average/)
  })

  it('picks the scenario from --seed when none is named, the same for the same seed', async () => {
    const a = await sizeup(['practice', '--seed', '7'], '')
    const b = await sizeup(['practice', '--seed', '7'], '')
    expect(a.stdout).toBe(b.stdout)
    expect(a.stdout).toMatch(/^Practice: .+ {2}\(--scenario [a-z-]+, examples\/practice\/[a-z-]+\.yaml\)/)
    const defaults = await sizeup(['practice'], '')
    expect(defaults.stdout).toBe((await sizeup(['practice', '--seed', '1'], '')).stdout)
  })

  it('stops when the answers run out: the score so far, and exit 2', async () => {
    const r = await sizeup(['practice', '--scenario', 'web-crawler'], '400/s\n')
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('sizeup: the answers ran out after 1 of 5 questions; the rest count as not answered\n')
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Score: 2 of 10 points (1 correct, 4 not answered)')
  })

  it('--list lists the scenarios', async () => {
    const r = await sizeup(['practice', '--list'])
    expect(r.status).toBe(0)
    for (const id of ['social-feed', 'url-shortener', 'chat', 'video-streaming', 'ride-hailing', 'search-autocomplete', 'web-crawler', 'metrics-ingestion']) expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'))
  })
})

describe('sizeup practice: bad usage exits 2 with nothing on standard output', () => {
  it('an unknown scenario, with did-you-mean', async () => {
    const r = await sizeup(['practice', '--scenario', 'url-shortner'], '')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('no practice scenario `url-shortner`')
    expect(r.stderr).toContain('did you mean `url-shortener`?')
  })

  it('an unknown scenario far from any name lists them', async () => {
    const r = await sizeup(['practice', '--scenario', 'zzzzzzzz'], '')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('sizeup practice --list')
  })

  it('a missing answers file', async () => {
    const r = await sizeup(['practice', '--scenario', 'chat', '--answers', 'no-such-answers.txt'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('no-such-answers.txt:1:1: answers file: no such file')
  })

  it('a missing spec', async () => {
    const r = await sizeup(['practice', '--spec', 'no-such-spec.yaml'], '')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('no-such-spec.yaml:1:1: no such file')
  })

  it('--scenario with --spec', async () => {
    const r = await sizeup(['practice', '--scenario', 'chat', '--spec', 'examples/chat.yaml'], '')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
  })

  it('`--spec -` without --answers', async () => {
    const r = await sizeup(['practice', '--spec', '-'], 'name: x\n')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('give the answers with `--answers FILE`')
  })
})
