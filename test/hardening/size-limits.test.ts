import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {MAX_CONFIG_BYTES} from '../../src/config/types.js'
import {MAX_OVERLAY_BYTES} from '../../src/overlay/types.js'
import {SpecError} from '../../src/spec/diagnostic.js'
import {loadSpec, MAX_SPEC_BYTES} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

/*
 * One size limit per kind of input, the same whether the file is read from
 * disk (refused before it is read), from standard input, or given as text to
 * the library, and the same as the README's table: a spec 128 KiB, an
 * overlay or a configuration 256 KiB. Sizes are bytes of UTF-8.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-sizes-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const spec = join(dir, 'spec.yaml')
writeFileSync(spec, MINIMAL)

/** YAML of exactly `bytes` bytes: `head`, then a comment that fills it up. */
const padded = (head: string, bytes: number): string => `${head}#${'x'.repeat(bytes - head.length - 2)}\n`

const OVERLAY = 'name: padded\ntechnologies: [PostgreSQL, Redis]\n'
const CONFIG = 'failOn: error\n'

describe('an overlay and a configuration may be as large as the README says', () => {
  test('limits: 128 KiB for a spec, 256 KiB for an overlay or a configuration', () => {
    expect([MAX_SPEC_BYTES, MAX_OVERLAY_BYTES, MAX_CONFIG_BYTES]).toEqual([128 * 1024, 256 * 1024, 256 * 1024])
  })

  test.each([
    ['--overlay', OVERLAY, MAX_OVERLAY_BYTES],
    ['--config', CONFIG, MAX_CONFIG_BYTES],
  ])('%s: at the limit it is read, from a file or standard input; one byte over, it is refused', async (flag, head, limit) => {
    const command = flag === '--config' ? 'check' : 'report'
    const atLimit = join(dir, `at-limit${flag}.yaml`)
    writeFileSync(atLimit, padded(head, limit))
    expect((await sizeup([command, spec, flag, atLimit])).status).toBe(0)
    // Standard input was cut at the spec's limit, and the first 128 KiB of a longer input read as if they were all of it.
    expect((await sizeup([command, spec, flag, '-'], padded(head, limit))).status).toBe(0)

    const over = join(dir, `over${flag}.yaml`)
    writeFileSync(over, padded(head, limit + 1))
    const refused = await sizeup([command, spec, flag, over])
    expect(refused.status).toBe(2)
    expect(refused.stderr.split('\n')[0]).toBe(`${over}:1:1: file is ${limit + 1} bytes; sizeup reads at most ${limit}`)
    const piped = await sizeup([command, spec, flag, '-'], padded(head, limit + 1))
    expect(piped.status).toBe(2)
    // Reading stops one byte past the limit, so standard input's full size is not known: `more than`.
    expect(piped.stderr.split('\n')[0]).toBe(`<stdin>:1:1: file is more than ${limit} bytes; sizeup reads at most ${limit}`)
  })
})

describe('a spec is measured in bytes wherever it comes from', () => {
  test('a spec of 128 KiB is read; one byte more is refused, from a file and in the library alike', async () => {
    const atLimit = join(dir, 'at-limit.yaml')
    writeFileSync(atLimit, padded(MINIMAL, MAX_SPEC_BYTES))
    expect((await sizeup(['estimate', atLimit])).status).toBe(0)
    const over = padded(MINIMAL, MAX_SPEC_BYTES + 1)
    await expect(loadSpec(over, 'spec.yaml')).rejects.toThrow(`spec.yaml:1:1: file is ${MAX_SPEC_BYTES + 1} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`)
  })

  test('text of fewer characters than the limit but more bytes is refused as the file of it would be', async () => {
    // 50,000 × `€` (3 bytes each in UTF-8) is 150,000 bytes in 50,000 characters.
    const text = `${MINIMAL}description: "${'€'.repeat(50_000)}"\n`
    const bytes = Buffer.byteLength(text)
    expect(text.length).toBeLessThan(MAX_SPEC_BYTES)
    const file = join(dir, 'euros.yaml')
    writeFileSync(file, text)
    const fromFile = await sizeup(['estimate', file])
    expect(fromFile.stderr.split('\n')[0]).toBe(`${file}:1:1: file is ${bytes} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`)
    const error = await loadSpec(text, 'spec.yaml').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpecError)
    expect((error as SpecError).diagnostics[0]!.message).toBe(`file is ${bytes} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`)
    // A character outside the first plane is 4 bytes in UTF-8 and two units in a JavaScript string.
    const emoji = `${MINIMAL}description: "${'🙂'.repeat(40_000)}"\n`
    const emojiError = await loadSpec(emoji, 'spec.yaml').catch((e: unknown) => e)
    expect((emojiError as SpecError).diagnostics[0]!.message).toBe(`file is ${Buffer.byteLength(emoji)} bytes; sizeup reads at most ${MAX_SPEC_BYTES}`)
  })
})
