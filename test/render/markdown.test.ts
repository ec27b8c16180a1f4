import {readdirSync, readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {MAIN_TEMPLATE, renderMarkdown, type TemplateOverride} from '../../src/render/markdown.js'
import {buildView, type ReportView} from '../../src/render/view/index.js'
import {SpecError} from '../../src/spec/diagnostic.js'
import {ROOT} from '../helpers/spec.js'
import {reportOfFile} from '../helpers/analysis.js'

let view: ReportView
beforeAll(async () => {
  view = buildView(await reportOfFile('examples/url-shortener.yaml'))
})

const shipped = (): TemplateOverride[] => [
  {name: MAIN_TEMPLATE, file: 'report.md.hbs', source: readFileSync(`${ROOT}/templates/report.md.hbs`, 'utf8')},
  ...readdirSync(`${ROOT}/templates/partials`).map((f) => ({name: f.replace(/\.md\.hbs$/, ''), file: f, source: readFileSync(`${ROOT}/templates/partials/${f}`, 'utf8')})),
]

async function diagnosticOf(overrides: TemplateOverride[]): Promise<string> {
  try {
    await renderMarkdown(view, overrides)
  } catch (e) {
    if (e instanceof SpecError) return e.message
    throw e
  }
  throw new Error('expected a template error')
}

describe('renderMarkdown', () => {
  it('gives the same document from the precompiled templates and from their sources compiled at run time', async () => {
    expect(await renderMarkdown(view, shipped())).toBe(await renderMarkdown(view))
  })

  it('replaces one partial by name and leaves the rest, and the next render is back to the built-ins', async () => {
    const builtIn = await renderMarkdown(view)
    const custom = await renderMarkdown(view, [{name: 'risks', file: 'mine/risks.md.hbs', source: '## Watch out\n{{#each items}}\n* {{text}}\n{{/each}}\n'}])
    expect(custom).toContain('## Watch out\n* ')
    expect(custom).not.toContain('## Risks')
    expect(custom.replace(/## Watch out[\s\S]*?(?=\n## Appendix)/, '')).toBe(builtIn.replace(/## Risks[\s\S]*?(?=\n## Appendix)/, ''))
    expect(await renderMarkdown(view)).toBe(builtIn)
  })

  it('replaces the main template, which can use partials of its own', async () => {
    const text = await renderMarkdown(view, [
      {name: MAIN_TEMPLATE, file: 'report.md.hbs', source: '{{> title summary}}{{> risks risks}}'},
      {name: 'title', file: 'title.md.hbs', source: '# {{title}}\n\n'},
    ])
    expect(text.startsWith('# URL shortener\n\n## Risks\n')).toBe(true)
  })

  it("makes a template's own text safe as it leaves: control characters shown, CR LF read as LF, no line a workflow command", async () => {
    const text = await renderMarkdown(view, [{name: 'summary', file: 'mine/summary.md.hbs', source: '# {{title}}\r\n\u001b]0;retitled\u0007\r\n::add-mask::x\r\n  ##[error]y\r\n\tindented\r\n'}])
    expect(text).toContain('# URL shortener\n\\u001b]0;retitled\\u0007\n\\::add-mask::x\n  \\##[error]y\n    indented\n')
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })

  it('reports a syntax error in a user template at its line', async () => {
    expect(await diagnosticOf([{name: 'summary', file: 'mine/summary.md.hbs', source: '# {{title}}\n\n{{#each headline}}\n{{/if}}\n'}])).toMatch(/^mine\/summary\.md\.hbs:3:\d+: template: each doesn't match if/)
  })

  it('reports a field the view model does not have (strict mode), at its line and column', async () => {
    expect(await diagnosticOf([{name: 'summary', file: 'mine/summary.md.hbs', source: '# {{title}}\n{{subtitle}}\n'}])).toBe(
      'mine/summary.md.hbs:2:3: `subtitle` is not a field of the view model here\n  hint: each section receives the fields its built-in template uses; see templates/partials/*.md.hbs',
    )
  })

  it('allows only the built-in helpers: templates lay out, they do not compute', async () => {
    expect(await diagnosticOf([{name: 'summary', file: 's.md.hbs', source: '{{upper title}}\n'}])).toMatch(/^s\.md\.hbs:1:1: template: You specified knownHelpersOnly, but used the unknown helper upper/)
  })
})
