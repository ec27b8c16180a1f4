import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runProcess} from '../helpers/binary.js'
import {ROOT} from '../helpers/spec.js'

// What a user gets: `npm pack`, then an install of the tarball into an
// empty folder (dependencies only, from the registry; none of ours), then
// the CLI through npx and the library through import, from that folder.
// `npm run test:pack` runs this (it installs, so it is kept out of `npm test`).

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
/** What an install of the tarball may bring, ours included : 55 and 17 MB on 2026-12-07, all but ours oclif's, its plugins' and yaml's. */
const PACKAGES_AT_MOST = 60
const work = mkdtempSync(join(tmpdir(), 'sizeup-pack-'))
const app = join(work, 'app')
const installed = join(app, 'node_modules/sizeup')
afterAll(() => rmSync(work, {recursive: true, force: true}))

// Asynchronous (helpers/binary.ts): an install that blocked the worker for a minute would fail the run.
function sh(cmd: string, args: readonly string[], cwd = app, input?: string) {
  // Nothing of the checkout may leak in: no NODE_PATH, and the folder is outside it.
  return runProcess(cmd, args, {cwd, input, env: {NO_COLOR: '1', NODE_PATH: undefined, NODE_ENV: undefined}})
}

beforeAll(async () => {
  const pack = await runProcess(npm, ['pack', '--json', '--pack-destination', work])
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`)
  const packed = JSON.parse(pack.stdout) as [{filename: string}]
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({name: 'empty', private: true, type: 'module'})}\n`)
  const r = await sh(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=dev', join(work, packed[0].filename)])
  if (r.status !== 0) throw new Error(`npm install of the tarball failed:\n${r.stderr}`)
}, 300_000)

describe('the packed tarball, installed into an empty folder', () => {
  it('installs no dev dependency of ours', async () => {
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {devDependencies: Record<string, string>; dependencies: Record<string, string>}
    const tree = JSON.parse((await sh(npm, ['ls', '--all', '--json'])).stdout) as object
    const names = new Set<string>()
    const walk = (node: {dependencies?: Record<string, object>}): void => {
      for (const [name, child] of Object.entries(node.dependencies ?? {})) {
        names.add(name)
        walk(child)
      }
    }
    walk(tree)
    for (const dev of Object.keys(own.devDependencies)) if (!(dev in own.dependencies)) expect(names.has(dev), dev).toBe(false)
  })

  it('ships the licence, and installs only what the bundle loads', async () => {
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/)
    // And those of the code bundled into dist/ (scripts/third-party.mjs).
    expect(readFileSync(join(installed, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8')).toMatch(/^ {2}mathjs \d+\.\d+\.\d+ \(Apache-2\.0\)$/m)
    const own = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}
    // The bundle leaves out oclif and its plugins, write-file-atomic and signal-exit, yaml (its Document is in the public types) and tinyglobby (oclif's own): all else is inside dist/.
    expect(Object.keys(own.dependencies).sort()).toEqual(['@oclif/core', '@oclif/plugin-autocomplete', '@oclif/plugin-help', '@oclif/plugin-version', 'signal-exit', 'tinyglobby', 'write-file-atomic', 'yaml'])
    // One path per installed package (and the project itself): 72 packages, 43 MB before the bundled ones left the list.
    const packages = (await sh(npm, ['ls', '--all', '--parseable'])).stdout.trim().split('\n').length - 1
    expect(packages).toBeLessThanOrEqual(PACKAGES_AT_MOST)
  })

  it('npx sizeup --help lists the commands', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', '--help'])
    expect(r.status, r.stderr).toBe(0)
    for (const id of ['check', 'diff', 'estimate', 'report', 'schema', 'autocomplete']) expect(r.stdout).toContain(id)
  })

  it('npx sizeup estimate reads a shipped example', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', 'estimate', join(installed, 'examples/social-feed.yaml'), '--json'])
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).metrics['qps.write.peak'].value).toBeGreaterThan(0)
  })

  it('npx sizeup estimate reads standard input', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', 'estimate', '-'], app, readFileSync(join(ROOT, 'examples/url-shortener.yaml'), 'utf8'))
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('URL shortener')
  })

  it('npx sizeup report renders the design document from the shipped templates', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', 'report', join(installed, 'examples/url-shortener.yaml')])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('# URL shortener: design document')
    expect(r.stdout).toContain('```mermaid')
  })

  it('npx sizeup report --format html inlines the shipped Mermaid bundle', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', 'report', join(installed, 'examples/url-shortener.yaml'), '--format', 'html'])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('<pre class="mermaid">')
    expect(r.stdout.length).toBeGreaterThan(1_000_000)
    expect(r.stdout).not.toMatch(/<script[^>]+src=|<link[^>]+href=/)
  })

  it('npx sizeup init writes a starter that npx sizeup check passes', async () => {
    const init = await sh('npx', ['--no-install', 'sizeup', 'init', 'design.yaml', '--template', 'metrics-ingestion'])
    expect(init.status).toBe(0)
    // The hint is a command this project has (sizeup is not on its PATH), and the editor line resolves from the spec's folder.
    expect(init.stdout).toContain('next: npx sizeup estimate design.yaml; npx sizeup check design.yaml')
    expect(readFileSync(join(app, 'design.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/sizeup/specs/system.schema.json')
    mkdirSync(join(app, 'designs'))
    expect((await sh('npx', ['--no-install', 'sizeup', 'init', 'designs/feed.yaml', '--template', 'social-feed'])).status).toBe(0)
    expect(readFileSync(join(app, 'designs/feed.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/sizeup/specs/system.schema.json')
    const r = await sh('npx', ['--no-install', 'sizeup', 'check', 'design.yaml'])
    expect(r.status, r.stdout + r.stderr).toBe(0)
    // --force replaces through write-file-atomic, which the bundles leave to node_modules: it must be installed with the package.
    const forced = await sh('npx', ['--no-install', 'sizeup', 'init', 'design.yaml', '--template', 'chat', '--force'])
    expect(forced.status, forced.stderr).toBe(0)
  })

  it('npx sizeup check reviews with the shipped rules and data', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', 'check', join(installed, 'examples/social-feed.yaml'), '--json'])
    expect([0, 1]).toContain(r.status)
    expect(JSON.parse(r.stdout).files).toHaveLength(1)
  })

  it('npx sizeup schema prints the shipped schema', async () => {
    const r = await sh('npx', ['--no-install', 'sizeup', 'schema'])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toBe(readFileSync(join(installed, 'specs/system.schema.json'), 'utf8'))
  })

  it("import … from 'sizeup' and 'sizeup/node' work, and types resolve", async () => {
    writeFileSync(
      join(app, 'use.mjs'),
      `import {readFileSync} from 'node:fs'\nimport {analyseText, renderReport} from 'sizeup'\nimport {analyseFile} from 'sizeup/node'\nconst a = await analyseText(readFileSync('node_modules/sizeup/examples/chat.yaml', 'utf8'), {file: 'chat.yaml'})\nconst b = await analyseFile('node_modules/sizeup/examples/chat.yaml')\nconsole.log(a.findings.length === b.findings.length, (await renderReport(a)).length > 0)\n`,
    )
    const r = await sh(process.execPath, ['use.mjs'])
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe('true true')
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {exports: Record<string, {types: string}>}
    expect(readFileSync(join(installed, pkg.exports['.']!.types), 'utf8')).toContain('analyse')
    expect(readFileSync(join(installed, pkg.exports['./node']!.types), 'utf8')).toContain('analyseFile')
  })
})
