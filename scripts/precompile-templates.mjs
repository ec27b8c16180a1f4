// Precompiles templates/report.md.hbs and templates/partials/*.md.hbs into
// one ES module (MAIN, PARTIALS), with the options src/render/markdown.ts
// uses for a user's templates. Partials are listed in the order the main
// template includes them; a partial it names without a file fails the build.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import Handlebars from 'handlebars'

// Keep in step with TEMPLATE_OPTIONS in src/render/markdown.ts.
const OPTIONS = {strict: true, noEscape: true, knownHelpersOnly: true}

export function precompileTemplates(root) {
  const dir = join(root, 'templates')
  const main = readFileSync(join(dir, 'report.md.hbs'), 'utf8')
  const files = readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.md.hbs'))
  const names = files.map((f) => f.slice(0, -'.md.hbs'.length))
  const used = [...main.matchAll(/\{\{>\s*([A-Za-z][\w-]*)/g)].map((m) => m[1])
  const missing = used.filter((n) => !names.includes(n))
  if (missing.length > 0) throw new Error(`templates/report.md.hbs includes partials with no file in templates/partials/: ${missing.join(', ')}`)
  const rank = (n) => (used.includes(n) ? used.indexOf(n) : used.length)
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'))
  const compile = (file) => {
    try {
      return Handlebars.precompile(readFileSync(file, 'utf8'), OPTIONS)
    } catch (e) {
      throw new Error(`${file}: ${e.message}`)
    }
  }
  const partials = names.map((n) => `  ${JSON.stringify(n)}: ${compile(join(dir, 'partials', `${n}.md.hbs`))},`)
  return `export const MAIN = ${compile(join(dir, 'report.md.hbs'))}\nexport const PARTIALS = {\n${partials.join('\n')}\n}\n`
}
