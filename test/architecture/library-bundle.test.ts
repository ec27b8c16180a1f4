import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import * as esbuild from 'esbuild'
import {afterAll, describe, expect, it} from 'vitest'
import {analyseText} from '../../src/index.js'

const ROOT = process.cwd()
// Inside the project: vitest imports modules from its own root.
const dir = mkdtempSync(join(ROOT, 'node_modules', '.sizeup-bundle-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/**
 * The library bundled for a browser: esbuild refuses any Node built-in
 * (fs, path, os, child_process, net, http …) reached from src/index.ts,
 * statically or through import(). cli-table3's optional colour package is
 * left out: it needs `os`, and cli-table3 only loads it (inside a try) for
 * styled cells, which sizeup never asks for (it colours through chalk, in
 * the commands).
 */
async function bundle(): Promise<{file: string; inputs: string[]}> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'sizeup.browser.js'),
    external: ['@colors/colors', '@colors/colors/*'],
    metafile: true,
    logLevel: 'silent',
  })
  return {file: join(dir, 'sizeup.browser.js'), inputs: Object.keys(result.metafile.inputs)}
}

describe('the library in a browser', () => {
  let built: Promise<{file: string; inputs: string[]}>
  const once = () => (built ??= bundle())

  it('bundles src/index.ts for --platform=browser: no Node built-in, no oclif, no chalk', async () => {
    const {inputs} = await once()
    expect(inputs.filter((i) => /node_modules\/(@oclif|chalk)\//.test(i) || i.startsWith('src/node/') || i.startsWith('src/commands/'))).toEqual([])
  }, 60_000)

  it('runs the bundle on the social-feed spec text: the same Report as the library in Node', async () => {
    const {file} = await once()
    const library = (await import(pathToFileURL(file).href)) as typeof import('../../src/index.js')
    const text = readFileSync(join(ROOT, 'examples/social-feed.yaml'), 'utf8')
    const report = await library.analyseText(text, {file: 'social-feed.yaml'})
    expect(report.metrics['qps.write.peak']!.value).toBeCloseTo(6_944.44, 2) // 300 M writes/day ÷ 86,400 s × 2 (peak)
    expect(report.findings.map((f) => f.ruleId)).toContain('hot-storage-untiered')
    expect(JSON.stringify(report)).toBe(JSON.stringify(await analyseText(text, {file: 'social-feed.yaml'})))
    expect((await library.renderReport(report)).split('\n')[0]).toBe('# Social feed: design document')
  }, 60_000)
})
