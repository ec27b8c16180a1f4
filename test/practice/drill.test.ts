import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {Drill} from '../../src/practice/drill.js'
import {PRACTICE} from '../../src/practice/generated/practice.js'
import {loadSpec} from '../../src/spec/load.js'

async function drillOn(id: string): Promise<Drill> {
  const scenario = PRACTICE.scenarios.find((s) => s.id === id)!
  const spec = await loadSpec(scenario.text, scenario.file)
  return new Drill({title: scenario.title, id, spec, estimate: estimate(spec.model), ask: scenario.ask, data: PRACTICE})
}

/** Runs a drill over scripted answers the way the CLI does; returns the transcript. */
function play(drill: Drill, answers: readonly string[]): string {
  let out = drill.intro()
  const lines = [...answers]
  while (!drill.done) {
    out += drill.ask()
    const line = lines.shift()
    if (line === undefined) {
      drill.stop()
      break
    }
    out += `> ${line}\n${drill.answer(line)}`
  }
  return out + drill.summary()
}

describe('a drill on the URL shortener', () => {
  it('states the prompt and the assumptions as the spec writes them, with its comments', async () => {
    const intro = (await drillOn('url-shortener')).intro()
    expect(intro).toContain('Practice: URL shortener (bit.ly)')
    expect(intro).toContain('Design a URL shortening service like bit.ly.')
    expect(intro).toMatch(/writes +500M per month {2}# new short links a month/)
    expect(intro).toMatch(/reads +100 \* writes\.perMonth per month/)
    expect(intro).toMatch(/record size +500 B/)
    expect(intro).toMatch(/kept for +5 years/)
    expect(intro).toMatch(/peak +2 × the daily average/)
    expect(intro).toMatch(/availability SLO +99\.9%/)
    expect(intro).toContain('a day is 86,400 s, a month 30 days, a year 365 days')
    expect(intro).toContain('7 questions.')
    expect(intro).toContain('Within 2× of sizeup')
  })

  it('asks one question at a time, with the unit expected', async () => {
    const drill = await drillOn('url-shortener')
    expect(drill.ask()).toBe('Question 1 of 7  (qps.write.avg)\nHow many writes per second, on average? (requests per second, e.g. 3.5K/s)\n')
  })

  it('grades, shows the worked solution in powers of ten, and re-asks a wrong unit once with a hint', async () => {
    const drill = await drillOn('url-shortener')
    const first = drill.answer('200')
    expect(first).toMatch(/^✔ correct: 200\/s against 193\/s \(1\.04× high\), \+2 points\nWorked solution:\n {2}qps\.write\.avg — Average write QPS = 192\.9 req\/s/)
    expect(first).toContain('powers:   1.67 × 10⁷ req ÷ 8.64 × 10⁴ s ≈ 193 req/s')

    const hint = drill.answer('240 GB')
    expect(hint).toBe('`240 GB` is a size in bytes, but the question asks for requests per second: answer like `3.5K/s` (a bare number counts as requests per second). Try again:\n')
    expect(drill.ask()).toBe('')
    expect(drill.answer('2K/s')).toMatch(/^≈ the right order of magnitude: 2 K\/s against 19\.3 K\/s \(9\.65× low\), \+1 point\n/)
  })

  it('does not grade a second answer of the wrong unit', async () => {
    const drill = await drillOn('url-shortener')
    drill.answer('200')
    drill.answer('240 GB')
    expect(drill.answer('3 TB')).toMatch(/^✘ not graded: `3 TB` is not requests per second; the answer is 19\.3 K\/s\nWorked solution:/)
    expect(drill.results()[1]).toMatchObject({outcome: 'unit', points: 0})
    expect(drill.ask()).toMatch(/^Question 3 of 7/)
  })

  it('shows the downtime derivation with the SLO’s nines', async () => {
    const drill = await drillOn('url-shortener')
    for (const a of ['200', '20K/s', '40K/s', '15 TB', '10 MB/s', '170 GB']) drill.answer(a)
    const last = drill.answer('8h 45m')
    expect(last).toContain('✔ correct: 8h 45m against 8h 45m 36s (1.00× low), +2 points')
    expect(last).toContain('values:   (1 − 0.999) × 31,536,000 s = 31,536 s')
    expect(drill.done).toBe(true)
  })

  it('ends with the per-question table and the score', async () => {
    const transcript = play(await drillOn('url-shortener'), ['200', '240 GB', '2K/s', '400K/s', 'skip', '10 MB/s', '170 GB', '52 min'])
    const rows = transcript.replace(/ {2,}/g, ' ')
    expect(rows).toContain('│ 1 │ qps.write.avg │ 200/s │ 193/s │ 1.04× high │ correct │ 2 │')
    expect(rows).toContain('│ 2 │ qps.read.avg │ 2 K/s │ 19.3 K/s │ 9.65× low │ order of magnitude │ 1 │')
    expect(rows).toContain('│ 3 │ qps.read.peak │ 400 K/s │ 38.6 K/s │ 10.4× high │ wrong │ 0 │')
    expect(rows).toContain('│ 4 │ storage.total │ – │ 15.2 TB │ │ skipped │ 0 │')
    expect(rows).toContain('│ 7 │ availability.slo.downtime.year │ 52m │ 8h 45m 36s │ 10.1× low │ wrong │ 0 │')
    expect(transcript.trimEnd().split('\n').at(-1)).toBe('Score: 7 of 14 points (3 correct, 1 right order of magnitude, 2 wrong, 1 skipped)')
  })

  it('counts the questions left as not answered when the answers run out', async () => {
    const drill = await drillOn('url-shortener')
    const transcript = play(drill, ['200', '20K/s'])
    expect(drill.answered).toBe(2)
    expect(drill.results()).toHaveLength(7)
    expect(transcript.trimEnd().split('\n').at(-1)).toBe('Score: 4 of 14 points (2 correct, 5 not answered)')
  })

  it('is deterministic: the same answers give the same transcript', async () => {
    const answers = ['190', 'lots', '', '3 M/s', 'skip', '1 GB/s', '1.7e11', '9 hours']
    expect(play(await drillOn('chat'), answers)).toBe(play(await drillOn('chat'), answers))
  })
})
