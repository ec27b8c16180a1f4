// The live HTML page's script: src/page/main.ts and the engine, templates and
// renderers it runs, bundled for the browser into one minified script that
// `report --format html` inlines. Deterministic (esbuild gives the same bytes
// for the same sources), so the same spec still gives the same page.
import * as esbuild from 'esbuild'

// The page lays the document out with the built-in templates, precompiled: Handlebars'
// compiler (and the source-map package it brings), which only a user's --template-dir
// needs, is left out (about 110 KB of the bundle).
const withoutTemplateCompiler = {
  name: 'without-template-compiler',
  setup(build) {
    build.onResolve({filter: /^handlebars$/}, () => ({path: 'handlebars', namespace: 'sizeup-stub'}))
    build.onLoad({filter: /.*/, namespace: 'sizeup-stub'}, () => ({contents: "export default {create() { throw new Error('the live page has no template compiler') }}", loader: 'js'}))
  },
}

/** Builds it; the result's metafile names the packages it bundles (scripts/third-party.mjs). */
export function buildLivePage(root) {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/page/main.ts'],
    outfile: 'dist/vendor/sizeup-live.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    // cli-table3's optional colours need `os`; sizeup never asks for styled cells (test/architecture/library-bundle.test.ts).
    external: ['@colors/colors', '@colors/colors/*'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [withoutTemplateCompiler],
    metafile: true,
  })
}
