// @vitest-environment jsdom
// mermaid sanitises labels with DOMPurify, which needs a DOM: without one,
// parse() fails with "DOMPurify.addHook is not a function" (mermaid-js/mermaid#5204).
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import mermaid from 'mermaid'
import {describe, expect, it} from 'vitest'
import {renderMarkdown} from '../../src/render/markdown.js'
import {buildView} from '../../src/render/view/index.js'
import {HOSTILE_TECHNOLOGY, hostileReport, mermaidBlocks, withHostileTechnology} from './hostile-spec.js'

// vitest runs from the repository root (test/helpers/spec.ts's ROOT needs Node's URL, which jsdom replaces).
const ROOT = process.cwd()

mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})

interface FlowDb {
  getVertices(): Map<string, {id: string; text: string}>
  getEdges(): Array<{start: string; end: string}>
  getSubGraphs(): unknown[]
}

/** The flowchart as mermaid understood it: its vertices and edges. */
async function flowchartOf(text: string): Promise<FlowDb> {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  return diagram.db as unknown as FlowDb
}

const goldens = readdirSync(`${ROOT}/test/golden`).filter((f) => f.endsWith('.md'))

describe.each(goldens)('Mermaid in test/golden/%s', (file) => {
  const blocks = mermaidBlocks(readFileSync(`${ROOT}/test/golden/${file}`, 'utf8'))

  it('has the growth chart and the architecture diagram (and tornado charts for ranges); the real parser accepts every block', async () => {
    const kinds = blocks.map((b) => b.split('\n')[0])
    expect(kinds.filter((k) => k !== 'xychart-beta horizontal')).toEqual(['xychart-beta', 'flowchart LR'])
    for (const block of blocks) await expect(mermaid.parse(block)).resolves.toBeTruthy()
  })

  it('draws exactly the nodes and edges it lists', async () => {
    const flowchart = blocks.find((b) => b.startsWith('flowchart'))!
    const db = await flowchartOf(flowchart)
    expect(db.getVertices().size).toBe(flowchart.match(/^ {2}n\d+[[({]/gm)!.length)
    expect(db.getEdges()).toHaveLength(flowchart.match(/ --> /g)!.length)
  })
})

describe('hostile names in the diagrams', () => {
  it('stay labels: no extra nodes, edges, subgraphs or clicks, and the text reads back as written', async () => {
    const report = withHostileTechnology(await hostileReport(mkdtempSync(`${tmpdir()}/sizeup-mermaid-`)))
    const [chart, flowchart] = mermaidBlocks(await renderMarkdown(buildView(report)))
    await expect(mermaid.parse(chart!)).resolves.toBeTruthy()
    await expect(mermaid.parse(flowchart!)).resolves.toBeTruthy()
    const db = await flowchartOf(flowchart!)
    const vertices = [...db.getVertices().values()]
    expect(vertices.map((v) => v.id)).toEqual(vertices.map((_, i) => `n${i + 1}`))
    expect(db.getEdges()).toHaveLength(flowchart!.match(/ --> /g)!.length)
    expect(db.getSubGraphs()).toEqual([])
    // Mermaid keeps entity codes as placeholders (`#35;` → `ﬂ°°35¶ß`) until it draws them as
    // HTML entities; read back, they are the characters written, only the line break became a space.
    const decoded = (text: string): string =>
      text.replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/ﬂ°(quot|lt|gt|amp)¶ß/g, (_, e: string) => ({quot: '"', lt: '<', gt: '>', amp: '&'})[e]!)
    const store = vertices.find((v) => v.text.includes(': subgraph'))!
    expect(decoded(store.text)).toBe(`${HOSTILE_TECHNOLOGY.replace('\n', ' ')}: subgraph`)
  })
})
