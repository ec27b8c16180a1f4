import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

interface Convention {
  readonly name: string
  readonly source: string
}

async function byteUnitsSource(extra: string): Promise<string | undefined> {
  const out = await sizeup(['estimate', '-', '--json'], `${MINIMAL}${extra}`)
  expect(out.stderr).toBe('')
  return (JSON.parse(out.stdout) as {conventions: Convention[]}).conventions.find((c) => c.name === 'byteUnits')?.source
}

describe('who set the byte units', () => {
  it("`byteUnits: decimal` written in the spec is the spec's choice (it was reported as the default)", async () => {
    expect(await byteUnitsSource('conventions: {byteUnits: decimal}\n')).toBe('spec')
  })
  it("binary written out is the spec's; unstated is the default", async () => {
    expect(await byteUnitsSource('conventions: {byteUnits: binary}\n')).toBe('spec')
    expect(await byteUnitsSource('')).toBe('default')
  })
})
