import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, type BrowserContext, chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'

// `sizeup report --format html` opened in Debian's headless Chromium (no
// browser download: playwright-core drives /usr/bin/chromium). Every request
// that is not the page itself is refused and counted: the page must need none.
// `npm run test:browser` runs this; .ci/run installs chromium first.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const OUT = join(ROOT, 'test-results')
const work = mkdtempSync(join(tmpdir(), 'sizeup-html-'))
let context: BrowserContext
afterAll(async () => {
  await context?.close()
  rmSync(work, {recursive: true, force: true})
})

beforeAll(async () => {
  mkdirSync(OUT, {recursive: true})
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: {width: 1280, height: 900},
  })
}, 60_000)

describe.each(['social-feed', 'url-shortener', 'chat'])('report --format html of examples/%s.yaml', (name) => {
  it('draws every diagram to SVG without error, offline, with tables and findings', async () => {
    const file = join(work, `${name}.html`)
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), 'report', `examples/${name}.yaml`, '--format', 'html', '-o', file], {cwd: ROOT, encoding: 'utf8'})
    expect(r.status, r.stderr).toBe(0)

    const page = await context.newPage()
    const requests: string[] = []
    const problems: string[] = []
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue()
      requests.push(url)
      return route.abort()
    })
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(pathToFileURL(file).href)
    await page.waitForFunction(() => document.documentElement.dataset.diagrams !== undefined, undefined, {timeout: 30_000})

    const state = await page.evaluate(() => ({
      status: document.documentElement.dataset.diagrams,
      errors: JSON.parse(document.documentElement.dataset.diagramErrors ?? '[]') as string[],
      left: document.querySelectorAll('pre.mermaid').length,
      svgs: document.querySelectorAll('figure.diagram > svg').length,
      errorSvgs: [...document.querySelectorAll('figure.diagram svg')].filter((s) => /syntax error|error in text/i.test(s.textContent ?? '')).length,
      tables: document.querySelectorAll('table').length,
      findings: document.querySelector('h2#review-findings, h2')?.textContent !== undefined && [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Review findings'),
      charts: [...document.querySelectorAll('figure.diagram > svg')].filter((s) => s.getAttribute('aria-roledescription')?.includes('xychart')).length,
    }))
    // The page where its first diagram is (the storage chart, then the architecture), and each diagram alone.
    const diagrams = page.locator('figure.diagram')
    if ((await diagrams.count()) > 0) await diagrams.first().scrollIntoViewIfNeeded()
    await page.screenshot({path: join(OUT, `html-report-${name}.png`)})
    for (let i = 0; i < (await diagrams.count()); i++) await diagrams.nth(i).screenshot({path: join(OUT, `html-report-${name}-diagram-${i + 1}.png`)})
    await page.close()

    expect(state.errors).toEqual([])
    expect(state.status).toBe('rendered')
    expect(state.left).toBe(0)
    expect(state.svgs).toBeGreaterThanOrEqual(2)
    expect(state.errorSvgs).toBe(0)
    expect(state.charts).toBeGreaterThanOrEqual(1)
    expect(state.tables).toBeGreaterThan(5)
    expect(state.findings).toBe(true)
    expect(requests).toEqual([])
    expect(problems).toEqual([])
  }, 60_000)
})

describe('the page at a desktop width and a phone width, with and without scripts', () => {
  // A browser of its own: a persistent context cannot open a second context with scripts off.
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run']})
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    [1400, true],
    [390, true],
    [390, false],
  ])('at %i px (scripts: %s) the page never scrolls sideways, the findings come before the requirements, and a diagram is drawn or folded', async (width, scripts) => {
    const file = join(work, `social-feed-${width}.html`)
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), 'report', 'examples/social-feed.yaml', '--format', 'html', '-o', file], {cwd: ROOT, encoding: 'utf8'})
    expect(r.status, r.stderr).toBe(0)
    const page = await browser.newPage({viewport: {width, height: 900}, javaScriptEnabled: scripts})
    await page.goto(pathToFileURL(file).href)
    if (scripts) await page.waitForFunction(() => document.documentElement.dataset.diagrams !== undefined, undefined, {timeout: 30_000})
    const state = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      findings: document.getElementById('review-findings')!.getBoundingClientRect().top,
      requirements: document.getElementById('requirements')!.getBoundingClientRect().top,
      toc: document.querySelectorAll('nav.toc a').length,
      openSources: [...document.querySelectorAll('details.diagram-source')].filter((d) => (d as HTMLDetailsElement).open).length,
      figures: document.querySelectorAll('figure.diagram').length,
      // Tables wider than their region (the document had five at 1,400 px): a wide one scrolls in place, but none should need to on a desktop.
      scrolling: [...document.querySelectorAll('.table-scroll')].filter((d) => d.scrollWidth > d.clientWidth + 1).length,
    }))
    await page.screenshot({path: join(OUT, `html-report-social-feed-${width}${scripts ? '' : '-noscript'}.png`)})
    await page.close()
    expect(state.pageWidth).toBeLessThanOrEqual(width)
    expect(state.findings).toBeLessThan(state.requirements)
    expect(state.toc).toBe(12)
    expect(state.openSources).toBe(0)
    if (scripts) expect(state.figures).toBe(2)
    if (width >= 1400) expect(state.scrolling).toBe(0)
  }, 60_000)
})

