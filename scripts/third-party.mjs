// The licences of the third-party code the build bundles into dist/: every
// package an esbuild metafile lists an input of, with its licence text, in
// dist/THIRD-PARTY-LICENSES.txt (the MIT, ISC, BSD and Apache licences of
// what sizeup bundles ask that their notices travel with the code). A
// bundled package that states no licence stops the build.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** The package directory of a bundled input: `node_modules/<name>` or `node_modules/@<scope>/<name>`, the innermost; null for our own sources. */
export function packageDirOf(input) {
  const parts = input.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at < 0 || at + 1 >= parts.length) return null
  return parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join('/')
}

const LICENCE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i

/** Each bundled package once (by name and version), sorted by name: its licence id and text. */
export function bundledPackages(root, metafiles, extraDirs = []) {
  const dirs = new Set(extraDirs)
  for (const metafile of metafiles) for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input)
    if (dir !== null) dirs.add(dir)
  }
  const byKey = new Map()
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
    const key = `${pkg.name}@${pkg.version}`
    if (byKey.has(key)) continue
    const files = readdirSync(join(root, dir))
    const file = files.filter((f) => LICENCE_FILE.test(f)).sort()[0]
    const readme = files.find((f) => /^readme(\.|$)/i.test(f))
    const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? null)
    const shipped = file !== undefined ? readFileSync(join(root, dir, file), 'utf8').trim() : readme !== undefined ? licenceInReadme(readFileSync(join(root, dir, readme), 'utf8')) : null
    // A package with no text at all (javascript-natural-sort: "Released under MIT license" in its source) is listed by what it declares.
    const author = typeof pkg.author === 'string' ? pkg.author : (pkg.author?.name ?? null)
    const text = shipped ?? (licence === null ? null : `The package ships no licence text; its package.json declares the ${licence} licence${author === null ? '' : `, author ${author}`}.`)
    if (text === null) throw new Error(`${key} (${dir}) is bundled into dist/ but states no licence`)
    // An Apache-2.0 package's NOTICE travels with it too (the licence's section 4(d)): mathjs has one.
    const notice = files.find((f) => /^notice(\.|$)/i.test(f))
    const withNotice = notice === undefined ? text : `${text}\n\n${readFileSync(join(root, dir, notice), 'utf8').trim()}`
    // Line ends as LF: some licence files have CRLF, which an HTML parser turns to LF inside the live page's
    // script element, and the script's CSP hash, taken over the bytes written, would no longer match.
    byKey.set(key, {name: pkg.name, version: pkg.version, licence: licence ?? 'see the text', text: withNotice.replace(/\r\n?/g, '\n')})
  }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
}

/** A README's licence section (seedrandom keeps its MIT notice there): from its heading to the next heading or the end; null without one that grants or reserves. */
export function licenceInReadme(readme) {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => /^#*\s*licen[cs]e\b/i.test(l))
  if (start < 0) return null
  const next = lines.findIndex((l, i) => i > start + 1 && /^#+\s/.test(l))
  const text = lines.slice(start, next < 0 ? lines.length : next).join('\n').trim()
  return /copyright|permission/i.test(text) ? text : null
}

const DIST_HEADING = [
  'Third-party code bundled into sizeup\'s dist/ (the CLI, the library, the live page script',
  'that `report --format html` inlines, and Mermaid, copied to dist/vendor/), with the licence',
  'of each package as it ships it.',
]

/** The notices: a heading, a list, then each package's licence text. */
export function noticesText(packages, heading = DIST_HEADING) {
  const rule = '-'.repeat(72)
  const head = [...heading, '', ...packages.map((p) => `  ${p.name} ${p.version} (${p.licence})`)]
  return `${[...head, ...packages.flatMap((p) => ['', rule, `${p.name} ${p.version} (${p.licence})`, rule, '', p.text])].join('\n')}\n`
}


/**
 * The comment the live page's script starts with: the HTML a report writes
 * carries the script, so the licences of what it bundles travel in it (a
 * `*' + '/` inside a text would end the comment early, so it is spaced).
 */
export function licenceComment(packages) {
  const text = noticesText(packages, ['sizeup\'s live page script bundles this third-party code, with the licence of each', 'package as it ships it.']).replaceAll('*/', '* /')
  return `/*!\n${text}*/\n`
}
