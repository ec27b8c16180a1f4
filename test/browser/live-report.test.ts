import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type BrowserContext, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

// The live page (`report --format html`) in Debian's headless Chromium, from a
// file:// URL with every other request refused: edit DAU and the page's
// figures and decisions become what the CLI computes for the edited spec; a
// link with the edits in its fragment shows them again; an invalid edit shows
// the CLI's located message; reset and download.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const work = mkdtempSync(join(tmpdir(), 'sizeup-live-'))
const SPEC = 'examples/social-feed.yaml'
let context: BrowserContext
let file: string
const requests: string[] = []
const errors: string[] = []

beforeAll(async () => {
  file = join(work, 'social-feed.html')
  const r = await sizeup(['report', SPEC, '--format', 'html', '-o', file])
  expect(r.status, r.stderr).toBe(0)
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: {width: 1280, height: 900},
  })
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    requests.push(url)
    return route.abort()
  })
}, 60_000)

afterAll(async () => {
  await context?.close()
  rmSync(work, {recursive: true, force: true})
})

async function open(url: string): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(url)
  await settled(page, 0)
  return page
}

/** Waits until the page has recomputed `runs` times and drawn its diagrams. */
async function settled(page: Page, runs: number): Promise<void> {
  await page.waitForFunction((n) => {
    const d = document.documentElement.dataset
    return d.live === 'ready' && Number(d.liveRuns ?? 0) >= n && d.diagrams !== undefined
  }, runs, {timeout: 30_000})
}

/** Every metric cell of the page: id → value in base units. */
const metricCells = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-metric]')].map((c) => [c.dataset.metric!, c.dataset.value!])))

/** The text of the Decisions section, heading to the next section. */
const decisionsText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const parts: string[] = []
    for (let e = document.getElementById('decisions')?.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) parts.push(e.textContent ?? '')
    return parts.join('\n')
  })

async function edit(page: Page, key: string, value: string): Promise<void> {
  await page.locator('aside.live details').evaluate((d) => ((d as HTMLDetailsElement).open = true))
  await page.locator(`[data-input="${key}"]`).fill(value)
  await page.locator(`[data-input="${key}"]`).press('Enter')
}

/** The edited spec the page offers, through its download button. */
async function downloaded(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download"]').click()])
  return readFileSync((await download.path())!, 'utf8')
}

/** The CLI's report of a spec text, in-process, saved as examples/social-feed.yaml (the name the page's messages use) in a directory of its own. */
async function cli(text: string, ...argv: string[]): Promise<{report: Report | undefined; stderr: string; html: string}> {
  const dir = mkdtempSync(join(work, 'cli-'))
  mkdirSync(join(dir, 'examples'))
  writeFileSync(join(dir, SPEC), text)
  const json = await sizeup(['report', SPEC, '--json', ...argv], '', {}, dir)
  const html = await sizeup(['report', SPEC, '--format', 'html', '-o', join(dir, 'out.html')], '', {}, dir)
  return {report: json.status === 0 ? (JSON.parse(json.stdout) as Report) : undefined, stderr: json.stderr, html: html.status === 0 ? join(dir, 'out.html') : ''}
}

describe('the live HTML report', () => {
  it('shows the file’s inputs and every metric with its value in base units', async () => {
    const page = await open(pathToFileURL(file).href)
    expect(await page.locator('[data-input="users.dau"]').inputValue()).toBe('50%')
    expect(await page.locator('[data-input="conventions.secondsPerDay"]').getAttribute('placeholder')).toBe('default: 86,400 s')
    const cells = await metricCells(page)
    // 300 M MAU × 50 % = 150 M DAU × 10 reads a day ÷ 86,400 s × 2 (peak) = 34,722.2 reads/s
    expect(Number(cells['qps.read.peak'])).toBeCloseTo(34_722.222, 3)
    const report = (await cli(readFileSync(join(ROOT, SPEC), 'utf8'))).report!
    for (const [id, value] of Object.entries(cells)) expect(value, id).toBe(String(report.metrics[id]!.value))
    await page.close()
  }, 60_000)

  it('recomputes on an edit of DAU: the peak QPS and the cache decisions are the CLI’s for the edited spec, and a shared link shows the same', async () => {
    const page = await open(pathToFileURL(file).href)
    const before = await decisionsText(page)
    await edit(page, 'users.dau', '1M')
    await settled(page, 1)
    const cells = await metricCells(page)
    // 1 M DAU × 10 reads a day ÷ 86,400 s × 2 = 231.48 reads/s: below the 1,000 reads/s under which no cache is decided on,
    // and few enough writes and bytes that the posts' store becomes a relational database (wide-column at 150 M DAU)
    expect(Number(cells['qps.read.peak'])).toBeCloseTo(231.481_481, 5)
    const text = await downloaded(page)
    expect(text).toContain('dau: 1M # a share of MAU: 150 M daily active users')
    const edited = await cli(text)
    const choice = (r: Report, id: string): string | undefined => r.decisions.find((d) => d.id === id)?.choice?.id
    const original = (await cli(readFileSync(join(ROOT, SPEC), 'utf8'))).report!
    expect([choice(original, 'datastore.posts'), choice(original, 'cache.posts')]).toEqual(['wide-column', 'redis'])
    expect([choice(edited.report!, 'datastore.posts'), choice(edited.report!, 'cache.posts')]).toEqual(['relational', undefined])
    for (const [id, value] of Object.entries(cells)) expect(value, id).toBe(String(edited.report!.metrics[id]!.value))
    const after = await decisionsText(page)
    expect(after).not.toBe(before)
    // The CLI's page of the edited spec: the same figures and the same decisions, word for word.
    const theirs = await open(pathToFileURL(edited.html).href)
    expect(await metricCells(theirs)).toEqual(cells)
    expect(await decisionsText(theirs)).toBe(after)
    await theirs.close()

    const link = page.url()
    expect(link).toMatch(/#users\.dau=1M$/)
    const shared = await open(link)
    await settled(shared, 1)
    expect(await shared.locator('[data-input="users.dau"]').inputValue()).toBe('1M')
    expect(await metricCells(shared)).toEqual(cells)

    // Opened already: the page holds edits.
    await shared.locator('[data-action="reset"]').click()
    await settled(shared, 2)
    expect(await shared.locator('[data-input="users.dau"]').inputValue()).toBe('50%')
    expect(Number((await metricCells(shared))['qps.read.peak'])).toBeCloseTo(34_722.222, 3)
    expect(new URL(shared.url()).hash).toBe('')
    expect(await downloaded(shared)).toBe(readFileSync(join(ROOT, SPEC), 'utf8'))
    await shared.close()
    await page.close()
  }, 120_000)

  it('shows the CLI’s located message for an invalid edit, and keeps the last figures', async () => {
    const page = await open(pathToFileURL(file).href)
    await edit(page, 'users.dau', 'lots')
    await page.waitForFunction(() => document.documentElement.dataset.live === 'invalid', undefined, {timeout: 30_000})
    const shown = await page.locator('[data-problems]').textContent()
    const text = await downloaded(page)
    const {stderr} = await cli(text)
    expect(shown).toMatch(/^examples\/social-feed\.yaml:12:8: /)
    expect(`${shown}\n`).toBe(stderr)
    expect(Number((await metricCells(page))['qps.read.peak'])).toBeCloseTo(34_722.222, 3)
    await page.close()
  }, 60_000)

  it('runs no script from the spec or from a link: user text is recomputed into escaped HTML and shown as text', async () => {
    const attempt = (n: number): string => `<img src=x onerror=window.__ran=${n}><script>window.__ran=${n + 1}</script>`
    const hostile = readFileSync(join(ROOT, SPEC), 'utf8')
      .replace(/^description: .*$/m, `description: ${JSON.stringify(attempt(1))}`)
      .replace('Publishing a post, and fetching posts for timelines.', attempt(3).replaceAll(':', ' '))
    const dir = mkdtempSync(join(work, 'hostile-'))
    mkdirSync(join(dir, 'examples'))
    writeFileSync(join(dir, SPEC), hostile)
    const out = join(dir, 'hostile.html')
    expect((await sizeup(['report', SPEC, '--format', 'html', '-o', out], '', {}, dir)).status).toBe(0)
    const page = await open(pathToFileURL(out).href)
    await edit(page, 'users.dau', '2M')
    await settled(page, 1)
    await edit(page, 'description', attempt(5))
    await settled(page, 2)
    expect(await page.locator('h1 + p, h1 + blockquote').first().textContent()).toContain('<img src=x onerror=window.__ran=5>')
    const link = `${pathToFileURL(out).href}#users.dau=${encodeURIComponent(attempt(7))}&description=${encodeURIComponent(attempt(9))}`
    const shared = await context.newPage()
    shared.on('pageerror', (e) => errors.push(e.message))
    await shared.goto(link)
    await shared.waitForFunction(() => document.documentElement.dataset.live === 'invalid', undefined, {timeout: 30_000})
    expect(await shared.locator('[data-problems]').textContent()).toContain('<img src=x onerror=window.__ran=7>')
    expect(await shared.locator('[data-input="users.dau"]').inputValue()).toBe(attempt(7))
    for (const p of [page, shared]) {
      expect(await p.evaluate(() => (window as unknown as {__ran?: number}).__ran)).toBeUndefined()
      expect(await p.locator('main img, aside img').count()).toBe(0)
    }
    await shared.close()
    await page.close()
  }, 90_000)

  it('fetched nothing and raised no error', () => {
    expect(requests).toEqual([])
    expect(errors).toEqual([])
  })
})
