import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Handlebars from 'handlebars'
import {afterAll, describe, expect, it} from 'vitest'
import {boundTemplates, MAX_TEMPLATE_OUTPUT, TemplateBudgetError} from '../../src/render/template-budget.js'
import {sizeup} from '../helpers/analysis.js'

/*
 * Issue 12: four nested `{{#each}}` in a template of 200 bytes took 744 MB.
 * A user's templates now run with every loop iteration and every partial
 * call charged against MAX_TEMPLATE_OUTPUT, as they run; past it the report
 * is refused, located at the template. The built-in templates' output is
 * unchanged, with or without a --template-dir beside them.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-templates-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const feed = 'examples/social-feed.yaml'

const templates = (name: string, files: Record<string, string>): string => {
  const at = join(dir, name)
  mkdirSync(at)
  for (const [file, text] of Object.entries(files)) writeFileSync(join(at, file), text)
  return at
}

describe("a user's templates do bounded work", () => {
  it('four nested loops over the appendix are refused at the template, saying the limit', async () => {
    const loops = '{{#each appendix.sources}}{{#each @root.appendix.sources}}{{#each @root.appendix.sources}}{{#each @root.appendix.sources}}{{id}} {{label}}\n{{/each}}{{/each}}{{/each}}{{/each}}\n'
    const at = templates('loops', {'report.md.hbs': loops})
    const out = await sizeup(['report', feed, '--template-dir', at])
    expect(out.status).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr.split('\n')[0]).toBe(`${join(at, 'report.md.hbs')}:1:1: template: the templates produce more than ${MAX_TEMPLATE_OUTPUT} characters (loops and partials counted as they run)`)
  })

  it('partials that call partials many times over are charged too', async () => {
    const times = (n: number, text: string): string => text.repeat(n)
    const at = templates('partials', {'report.md.hbs': `${times(30, '{{> b}}')}\n`, 'b.md.hbs': times(30, '{{> a}}'), 'a.md.hbs': times(8, '{{> appendix appendix}}')})
    const out = await sizeup(['report', feed, '--template-dir', at])
    expect(out.status).toBe(2)
    expect(out.stderr.split('\n')[0]).toMatch(new RegExp(`^${at}/(a|b|report)\\.md\\.hbs:1:1: template: the templates produce more than ${MAX_TEMPLATE_OUTPUT} characters \\(loops and partials counted as they run\\)$`))
  })

  it('every iteration is charged, with the text it produced, in every loop it is in', () => {
    const nested = (a: number[]): string => {
      const env = Handlebars.create()
      boundTemplates(env, 30)
      return env.compile('{{#each a}}{{#each ../a}}x{{/each}}{{/each}}', {strict: true, knownHelpersOnly: true})({a})
    }
    // Inner: 9 iterations of 1 + 1 = 18; outer: 3 iterations of 1 + 3 = 12: 30, the limit.
    expect(nested([1, 2, 3])).toBe('xxxxxxxxx')
    // 16 × 2 + 4 × 5 = 52.
    expect(() => nested([1, 2, 3, 4])).toThrow(TemplateBudgetError)
  })

  it("a copy of the built-in templates gives the built-in document, byte for byte", async () => {
    const at = join(dir, 'copy')
    cpSync('templates', at, {recursive: true})
    const [own, copied] = await Promise.all([sizeup(['report', 'examples/feed-forecast.yaml']), sizeup(['report', 'examples/feed-forecast.yaml', '--template-dir', at])])
    expect(copied.stderr).toBe('')
    expect(copied.stdout).toBe(own.stdout)
  })
})
