import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runProcess, typeCheck} from '../helpers/binary.js'
import {ROOT} from '../helpers/spec.js'

// The README's library example, run as written against the built package
// (`import … from 'sizeup'` resolves through package.json's exports, as it
// does for a user), and type-checked against the shipped .d.ts.

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('## Library API'))
const example = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
const scratch = [join(ROOT, '.readme-example.mjs'), join(ROOT, '.readme-example.mts')]
afterAll(() => scratch.forEach((f) => rmSync(f, {force: true})))

describe('README library example', () => {
  it('is there', () => {
    expect(example).toContain("from 'sizeup'")
  })

  it('runs against the built package and prints what it says', async () => {
    writeFileSync(scratch[0]!, example)
    const r = await runProcess(process.execPath, [scratch[0]!])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^peak writes: \d+\/s = /m)
    expect(r.stdout).toMatch(/^decision: \S+ → /m)
    expect(r.stdout).toMatch(/^storage kept: \d+ B over \d+ metrics$/m)
    expect(r.stdout).toContain('# URL shortener: design document')
  })

  it('type-checks against dist/types', async () => {
    writeFileSync(scratch[1]!, example)
    const r = await typeCheck(scratch[1]!)
    expect(r.stdout).toBe('')
    expect(r.status).toBe(0)
  })
})

describe('the library entry point', () => {
  it('ships a declaration for every module its declarations import', () => {
    const missing: string[] = []
    const visit = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) visit(path)
        else if (name.endsWith('.d.ts'))
          for (const m of readFileSync(path, 'utf8').matchAll(/from\s+["'](\.{1,2}\/[^"']+)\.js["']/g)) {
            const target = join(dir, `${m[1]!}.d.ts`)
            if (!existsSync(target)) missing.push(`${path} → ${m[1]}`)
          }
      }
    }
    visit(join(ROOT, 'dist/types'))
    expect(missing).toEqual([])
  })

  /** Every module dist/index.js can reach, statically or by import(). */
  function reachable(): Map<string, string> {
    const seen = new Map<string, string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      const text = readFileSync(file, 'utf8')
      seen.set(file, text)
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', m[1]!))
    }
    visit(join(ROOT, 'dist/index.js'))
    return seen
  }

  it('never loads oclif, statically or lazily', () => {
    const modules = reachable()
    expect(modules.size).toBeGreaterThan(1)
    for (const [file, text] of modules) expect(text.includes('@oclif/'), file).toBe(false)
  })

  it('importing it puts no oclif module in the require cache', async () => {
    const probe = `import('sizeup').then(async (api) => { const {createRequire} = await import('node:module'); const r = createRequire(import.meta.url); console.log(Object.keys(api).length, Object.keys(r.cache).some((k) => k.includes('@oclif'))) })`
    const r = await runProcess(process.execPath, ['--input-type=module', '-e', probe])
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toMatch(/^\d+ false$/)
  })
})
