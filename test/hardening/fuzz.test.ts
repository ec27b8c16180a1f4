import {describe, expect, test} from 'vitest'
import {ROOT} from '../helpers/spec.js'
import {FUZZ_SEED, fuzz, fuzzExamples, markdownHtml} from './fuzzer.js'

// A seeded sample of the fuzzer (hardening/fuzzer.ts): the first 600 of the
// cases `npm run fuzz` runs (10,000), so that every `npm test` and CI run
// covers them in seconds.
const FUZZ_SAMPLE = 600

describe('the seeded fuzzer', () => {
  test(`${FUZZ_SAMPLE} mutated examples (seed ${FUZZ_SEED}): zero crashes`, async () => {
    const result = await fuzz({cases: FUZZ_SAMPLE, seed: FUZZ_SEED, examples: fuzzExamples(ROOT)})
    // Some cases must get through to the engine, or the sample tests only the parser.
    expect(result.loaded).toBeGreaterThan(FUZZ_SAMPLE / 10)
    expect(result.crashes.map((c) => `case ${c.case} (${c.file}): ${c.problem}\n${c.text}`)).toEqual([])
  })
})

describe('what the fuzzer counts as live markup in Markdown', () => {
  test('raw HTML in text, a table cell or a list is live; the same inside a code span is text', () => {
    expect(markdownHtml('a <img src=x onerror=1> b')).toContain('<img src=x')
    expect(markdownHtml('| a |\n| --- |\n| <img src=x> |\n')).toContain('<img src=x')
    expect(markdownHtml('- <script>alert(1)</script>\n')).toContain('<script>alert')
    expect(markdownHtml('| a |\n| --- |\n| `x <img src=x>` |\n')).toBe('')
    expect(markdownHtml('a &lt;img src=x&gt; b')).toBe('')
  })
})
