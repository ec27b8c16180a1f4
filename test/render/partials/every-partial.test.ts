import {existsSync, readdirSync} from 'node:fs'
import {expect, it} from 'vitest'
import {PARTIAL_NAMES} from '../../../src/render/markdown.js'
import {ROOT} from '../../helpers/spec.js'

it('every shipped partial is precompiled and has a test of its own', () => {
  const files = readdirSync(`${ROOT}/templates/partials`).filter((f) => f.endsWith('.md.hbs'))
  const names = files.map((f) => f.replace(/\.md\.hbs$/, ''))
  expect([...PARTIAL_NAMES].sort()).toEqual([...names].sort())
  for (const name of names) expect(existsSync(`${ROOT}/test/render/partials/${name}.test.ts`), `test/render/partials/${name}.test.ts`).toBe(true)
})
