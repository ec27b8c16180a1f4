// Shared by the scripts that generate committed docs from the source
// (docs/matrices.md, docs/rules.md): load TypeScript modules through an
// esbuild bundle, and write the doc or check that the committed one is current.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The named exports of `exportLines` (TypeScript `export … from` lines, paths relative to the repo root). */
export async function loadSource(exportLines) {
  const esbuild = await import('esbuild')
  const bundled = await esbuild.build({
    stdin: {contents: exportLines.join('\n'), resolveDir: ROOT, loader: 'ts'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    // CommonJS dependencies (yaml) require Node built-ins, which an ES module
    // bundle can only do through a require of its own.
    banner: {js: `import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(${JSON.stringify(join(ROOT, 'package.json'))});`},
  })
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`)
}

/** Writes the doc, or with --check exits 1 when the committed one differs. */
export function writeOrCheck(docPath, text, script) {
  const file = join(ROOT, docPath)
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(file, 'utf8')
    } catch {}
    if (current !== text) {
      console.error(`${docPath} is stale; run \`npm run ${script}\` and commit the result`)
      process.exit(1)
    }
    return
  }
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, text)
}
