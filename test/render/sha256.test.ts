import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {scriptHash} from '../../src/render/sha256.js'

describe('the CSP hash of a script', () => {
  // Lengths around the padding boundaries (55, 56, 64 bytes), multi-byte UTF-8, and several blocks.
  it.each([['empty', ''], ['abc', 'abc'], ['55 bytes', 'a'.repeat(55)], ['56 bytes', 'a'.repeat(56)], ['64 bytes', 'a'.repeat(64)], ['UTF-8', 'é€😀</script>'.repeat(300)], ['a megabyte', 'x;'.repeat(500_001)]])('agrees with node:crypto: %s', (_, text) => {
    expect(scriptHash(text)).toBe(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  })
})
