import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {MAX_CONFIG_BYTES} from '../../src/config/types.js'
import {boundedLines} from '../../src/node/drill-io.js'
import {MAX_ANSWERS_BYTES, SIZE as READ_LIMITS} from '../../src/node/input.js'
import {MAX_TEMPLATE_BYTES, MAX_TEMPLATE_FILES} from '../../src/node/template-dir.js'
import {MAX_SPEC_BYTES} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

/*
 * Issue 12: `estimate /dev/zero` grew to 5 GB and `--answers /dev/zero` to
 * 600 MB: the size limit trusted the size the file reports, which is 0 for a
 * device, a pipe or a file in /proc. Every input is now counted as it is
 * read and refused one byte past its kind's limit; the same for standard
 * input, piped practice answers and templates.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-reads-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const spec = join(dir, 'design.yaml')
writeFileSync(spec, MINIMAL)

const firstLine = (text: string): string => text.split('\n')[0]!

describe('a file that reports no size is still read only to its limit', () => {
  it.each([
    ['a spec', ['estimate', '/dev/zero'], `/dev/zero:1:1: file is more than ${MAX_SPEC_BYTES} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`],
    ['a configuration', ['check', spec, '--config', '/dev/zero'], `/dev/zero:1:1: file is more than ${MAX_CONFIG_BYTES} bytes; sizeup reads at most ${MAX_CONFIG_BYTES}`],
    ['an overlay', ['report', spec, '--overlay', '/dev/zero'], `/dev/zero:1:1: file is more than ${READ_LIMITS.overlay.maxBytes} bytes; sizeup reads at most ${READ_LIMITS.overlay.maxBytes}`],
    ['practice answers', ['practice', '--scenario', 'social-feed', '--answers', '/dev/zero'], `/dev/zero:1:1: file is more than ${MAX_ANSWERS_BYTES} bytes; sizeup reads at most ${MAX_ANSWERS_BYTES}`],
  ])('%s', async (_, argv, message) => {
    const out = await sizeup(argv)
    expect(out.status).toBe(2)
    expect(out.stdout).toBe('')
    expect(firstLine(out.stderr)).toBe(message)
  })

  it('a file of known size over its limit is refused before it is read, with its size', async () => {
    const big = join(dir, 'big.yaml')
    writeFileSync(big, 'x'.repeat(MAX_SPEC_BYTES + 1))
    expect(firstLine((await sizeup(['estimate', big])).stderr)).toBe(`${big}:1:1: file is ${MAX_SPEC_BYTES + 1} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`)
  })

  it("each kind of input has its own limit: a configuration may be larger than a spec", async () => {
    // It used to be read with the spec's limit, although the README and its loader allow 256 KiB.
    const config = join(dir, 'comments.config.yaml')
    writeFileSync(config, `# ${'a'.repeat(MAX_SPEC_BYTES + 10)}\n`)
    const out = await sizeup(['check', spec, '--config', config])
    expect(out.stderr).toBe('')
    expect(out.status).toBe(0)
  })
})

describe('standard input is counted too', () => {
  it('a spec on standard input in one big chunk', async () => {
    const out = await sizeup(['estimate', '-'], 'x'.repeat(3 * MAX_SPEC_BYTES))
    expect(out.status).toBe(2)
    expect(firstLine(out.stderr)).toBe(`<stdin>:1:1: file is more than ${MAX_SPEC_BYTES} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`)
  })

  it('practice answers piped with no line end (`practice < /dev/zero`)', async () => {
    const out = await sizeup(['practice', '--scenario', 'social-feed'], '\0'.repeat(MAX_ANSWERS_BYTES + 1))
    expect(out.status).toBe(2)
    expect(firstLine(out.stderr)).toBe(`<stdin>:1:1: answers are more than ${MAX_ANSWERS_BYTES} bytes; sizeup reads at most ${MAX_ANSWERS_BYTES}`)
  })

  it('piped answers are split as readline splits them, whatever the chunks', async () => {
    const lines = async (...chunks: Array<string | Uint8Array>): Promise<string[]> => {
      const found: string[] = []
      for await (const line of boundedLines(Readable.from(chunks.map((c) => Buffer.from(c))), '<stdin>', READ_LIMITS.answers)) found.push(line)
      return found
    }
    expect(await lines('a\r', '\nb\rc\n', 'd')).toEqual(['a', 'b', 'c', 'd'])
    expect(await lines('a\n\n', 'b\r')).toEqual(['a', '', 'b'])
    expect(await lines('3.5', 'K/s\n€', '\n')).toEqual(['3.5K/s', '€'])
    const e = Buffer.from('é\n')
    expect(await lines(e.subarray(0, 1), e.subarray(1))).toEqual(['é'])
    expect(await lines()).toEqual([])
  })
})

describe('templates', () => {
  it('a template over its limit is refused, even one that reports no size', async () => {
    const templates = join(dir, 'zero')
    mkdirSync(templates)
    writeFileSync(join(templates, 'summary.md.hbs'), 'x'.repeat(MAX_TEMPLATE_BYTES + 1))
    const out = await sizeup(['report', spec, '--template-dir', templates])
    expect(out.status).toBe(2)
    expect(firstLine(out.stderr)).toBe(`${join(templates, 'summary.md.hbs')}:1:1: file is ${MAX_TEMPLATE_BYTES + 1} bytes; sizeup reads at most ${MAX_TEMPLATE_BYTES}`)
    // A link to a device is not a template file: it is left out rather than read.
    rmSync(join(templates, 'summary.md.hbs'))
    symlinkSync('/dev/zero', join(templates, 'summary.md.hbs'))
    expect((await sizeup(['report', spec, '--template-dir', templates])).stderr).toMatch(/no templates \(\*\.md\.hbs\) in --template-dir/)
  })

  it('a directory of more templates than the limit is refused before any is read', async () => {
    const many = join(dir, 'many')
    mkdirSync(many)
    for (let i = 0; i <= MAX_TEMPLATE_FILES; i++) writeFileSync(join(many, `part${i}.md.hbs`), '')
    const out = await sizeup(['report', spec, '--template-dir', many])
    expect(out.status).toBe(2)
    expect(firstLine(out.stderr)).toBe(`${many}:1:1: --template-dir has ${MAX_TEMPLATE_FILES + 1} templates; the limit is ${MAX_TEMPLATE_FILES}`)
  })
})
