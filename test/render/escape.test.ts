import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {beforeAll, describe, expect, it} from 'vitest'
import type {DesignReport} from '../../src/analysis/report.js'
import {renderMarkdown} from '../../src/render/markdown.js'
import {code, md, mdLink} from '../../src/spec/sinks/markdown.js'
import {mermaidLabel} from '../../src/spec/sinks/mermaid.js'
import {buildView} from '../../src/render/view/index.js'
import {HOSTILE_TECHNOLOGY, hostileReport, withHostileTechnology} from './hostile-spec.js'

describe('escaping for Markdown', () => {
  it('keeps pipes, backticks, emphasis, links and HTML as text, on one line', () => {
    expect(md('a | b')).toBe('a \\| b')
    expect(md('`code`')).toBe('\\`code\\`')
    expect(md('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(md('R&D *bold* _em_ [x](y) ~s~ # h \\')).toBe('R&amp;D \\*bold\\* \\_em\\_ \\[x\\](y) \\~s\\~ \\# h \\\\')
    expect(md('one\ntwo\r\nthree\tfour')).toBe('one two three four')
  })

  it('fences code spans past any backticks inside, and escapes pipes in table cells', () => {
    expect(code('a.b')).toBe('`a.b`')
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`a`')).toBe('`` `a` ``')
    expect(code('a|b')).toBe('`a\\|b`')
    expect(code('a|b', false)).toBe('`a|b`')
  })

  it('links only to http(s), with the URL unable to close the link', () => {
    expect(mdLink('Paper', 'https://example.com/a(b)<c>')).toBe('[Paper](https://example.com/a%28b%29%3Cc%3E)')
    expect(mdLink('Paper', 'https://example.com/a b')).toBe('Paper (`https://example.com/a b`)')
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x (`javascript:alert(1)`)')
  })

  it('turns every character Mermaid treats specially into an entity code', () => {
    expect(mermaidLabel('a "quoted" [x] {y} (z) | w')).toBe('a #quot;quoted#quot; #91;x#93; #123;y#125; #40;z#41; #124; w')
    expect(mermaidLabel('x --> y; %%{init}%% `t` <b>&#35;\nend')).toBe('x --#gt; y#59; #37;#37;#123;init#125;#37;#37; #96;t#96; #lt;b#gt;#amp;#35;35#59; end')
  })
})

/** Table rows and the number of cells each has (unescaped pipes, minus one), grouped by table. */
function tables(markdown: string): number[][] {
  const groups: number[][] = []
  let current: number[] | null = null
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      current = null
      continue
    }
    if (!current) groups.push((current = []))
    current.push(line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2)
  }
  return groups
}

describe('a spec whose names and descriptions try to break the document', () => {
  let report: DesignReport
  let markdown: string
  beforeAll(async () => {
    report = withHostileTechnology(await hostileReport(mkdtempSync(`${tmpdir()}/sizeup-hostile-`)))
    markdown = await renderMarkdown(buildView(report))
  })

  it('keeps every table row to its header\'s number of cells', () => {
    // The flip-point tables name the hostile product too (what a choice would become).
    const flipTables = markdown.split('| input | here | at | the choice becomes |').slice(1).map((t) => t.split('\n\n')[0]!)
    expect(flipTables.some((t) => t.includes(md(HOSTILE_TECHNOLOGY)))).toBe(true)
    const all = tables(markdown)
    expect(all.length).toBeGreaterThan(10)
    for (const rows of all) expect(new Set(rows).size, JSON.stringify(rows)).toBe(1)
  })

  it('lets no HTML through outside code spans and diagrams', () => {
    // Cited sources are CommonMark autolinks (`<https://…>`, nothing in them can close one): the only `<` sizeup writes.
    const prose = markdown.replace(/^```mermaid\n[\s\S]*?^```$/gm, '').replace(/(`+)[^`]*?\1/g, '').replace(/<https:\/\/[^\s<>|`\\"]+>/g, '')
    expect(prose).not.toMatch(/<[a-z/]/i)
    expect(markdown).not.toContain('<script')
  })

  it('starts no heading, list or code fence from user text', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'))
    expect(headings.every((h) => /^#{1,3} /.test(h))).toBe(true)
    expect(headings.some((h) => h.includes('not a heading'))).toBe(false)
    expect(markdown).toContain('# Evil \\| \\`sys\\` &lt;script&gt;alert(1)&lt;/script&gt; \\# end: design document')
  })

  it('puts names into diagrams only inside quoted labels, under generated ids', () => {
    const flowchart = markdown.split('flowchart LR\n')[1]!.split('```')[0]!
    for (const line of flowchart.trimEnd().split('\n')) expect(line).toMatch(/^ {2}(n\d+(\(\[|\[\(|\[\[|\[\/|\{\{|\[)"[^"]*"(\]\)|\)\]|\]\]|\/\]|\}\}|\])|n\d+ --> n\d+)$/)
    for (const keyword of ['end', 'subgraph', 'click', 'style', 'classDef', 'graph']) expect(flowchart).toContain(`: ${keyword}")]`)
  })
})
