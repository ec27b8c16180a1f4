import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type BrowserContext, chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {DesignReport} from '../../src/analysis/report.js'
import {findingsMarkdown, renderHtml} from '../../src/render/html.js'
import {renderMarkdown, type TemplateOverride} from '../../src/render/markdown.js'
import {buildView} from '../../src/render/view/index.js'
import {reportOfYaml} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

// Hostile HTML reports opened in Debian's headless Chromium (as
// html-report.test.ts does): names, descriptions and components of the spec,
// an overlay's technology, and a --template-dir template all try to run
// script. Each attempt would set window.__ran (or the title, or navigate);
// none may, and the page must still draw its diagrams.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const work = mkdtempSync(join(tmpdir(), 'sizeup-hostile-html-'))
const MERMAID = readFileSync(join(ROOT, 'dist/vendor/mermaid.min.js'), 'utf8')
let context: BrowserContext

/** Every way a piece of text could try to become script in the page; `n` tells the attempts apart. */
function attempts(n: number): string {
  const ran = (k: number): string => `window.__ran=${n * 100 + k}`
  return [
    `<img src=x onerror="${ran(1)}">`,
    `\`<img src=x onerror=${ran(2)}>\``,
    `<script>${ran(3)}</script>`,
    `[link](javascript:${ran(4)})`,
    `<svg onload=${ran(5)}>`,
    `<iframe srcdoc="<script>parent.__ran=${n}</script>"></iframe>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${ran(7)}">`,
    `<a href="javascript:${ran(8)}">click</a>`,
    `"><img src=x onerror=${ran(9)}>`,
    `</title><script>${ran(10)}</script>`,
    `</pre><img src=x onerror=${ran(11)}>`,
    `<style>@import url(https://evil.example/x.css)</style>`,
    `<form action="javascript:${ran(12)}"><button id=b${n}>go</button></form>`,
  ].join(' ')
}

const q = (text: string): string => JSON.stringify(text)

const SPEC = `name: ${q(`A<B & C>D ${attempts(1)}`)}
description: ${q(attempts(2))}
users: {mau: 1M, dau: 100K}
slo: {availability: 99.9%}
workloads:
  posts:
    description: ${q(attempts(3))}
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    media: {writeShare: 10%, size: 1 MB, readShare: 1%}
components:
  name: ${q(attempts(4))}
  series:
    - {name: ${q(attempts(5))}, availability: 99.9%, instances: 1}
    - {name: lb, availability: 99.99%, instances: 2}
`

/** A template that writes raw HTML of its own around the summary. */
const TEMPLATE: TemplateOverride = {
  name: 'summary',
  file: 'my-templates/summary.md.hbs',
  source: `# {{title}}: design document\n\n${attempts(6)}\n\n<script>window.__ran = 601</script>\n\n<img src=x onerror="window.__ran = 602">\n\n[docs](javascript:window.__ran=603) <javascript:window.__ran=604>\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n<base href="https://evil.example/">\n\n{{description}}\n`,
}

async function pageOf(report: DesignReport, overrides: readonly TemplateOverride[] = []): Promise<string> {
  const markdown = await renderMarkdown(buildView(report), overrides)
  return renderHtml(`${markdown}\n${findingsMarkdown(report.findings)}`, MERMAID)
}

beforeAll(async () => {
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}, 60_000)
afterAll(async () => {
  await context?.close()
  rmSync(work, {recursive: true, force: true})
})

describe('a hostile report runs no script', () => {
  const cases: readonly (readonly [string, () => Promise<string>])[] = [
    ['names, descriptions and components of the spec', async () => pageOf(await reportOfYaml(SPEC))],
    [
      "an overlay's technology",
      async () => {
        const report = await reportOfYaml(SPEC)
        const technology = attempts(7)
        return pageOf({...report, decisions: report.decisions.map((d) => ({...d, choice: {...d.choice, technology: d.choice.technology === null ? null : technology}}))})
      },
    ],
    ['a --template-dir template with raw HTML', async () => pageOf(await reportOfYaml(SPEC), [TEMPLATE])],
  ]

  it.each(cases)('%s', async (name, html) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.html`)
    writeFileSync(file, await html())
    const page = await context.newPage()
    const requests: string[] = []
    const dialogs: string[] = []
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url === pathToFileURL(file).href) return route.continue()
      requests.push(url)
      return route.abort()
    })
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(pathToFileURL(file).href)
    await page.waitForFunction(() => document.documentElement.dataset.diagrams !== undefined, undefined, {timeout: 30_000})
    // Every link that does not go to the web or a heading is clicked: a javascript: URL must not run either.
    const odd = page.locator('main a:not([href^="https:"]):not([href^="http:"]):not([href^="#"]), main button')
    expect(await odd.count()).toBe(0)
    const state = await page.evaluate(() => ({
      ran: (window as unknown as {__ran?: number}).__ran ?? null,
      title: document.title,
      diagrams: document.documentElement.dataset.diagrams,
      // Elements of the document itself (Mermaid's diagrams carry their own <style>).
      elements: [...document.querySelectorAll('main img, main script, main iframe, main svg[onload], main meta, main form, main base, main style, main object, main embed')].filter((e) => !e.closest('figure.diagram')).map((e) => e.outerHTML.slice(0, 80)),
      url: location.href,
    }))
    await page.close()
    expect(state.ran).toBeNull()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(state.url).toBe(pathToFileURL(file).href)
    expect(state.elements).toEqual([])
    expect(state.diagrams).toBe('rendered')
    // Entities once: the name reads as written.
    if (name.startsWith('names')) expect(state.title).toContain('A<B & C>D')
  })
})
