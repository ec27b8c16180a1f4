import {readdir} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {MAIN_TEMPLATE, PARTIAL_NAMES, type TemplateOverride} from '../render/markdown.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {closest} from '../spec/suggest.js'
import {type ReadLimit, readTextFile} from './read-text.js'

const SUFFIX = '.md.hbs'
/** What a template may be called (every built-in name is one). */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/

/**
 * One template file: the shipped ones are 7 KB together and 2 KB at most, so
 * 64 KiB is room for any layout; a bigger file (or /dev/zero linked in) is
 * refused as it is read, without trusting the size the file reports.
 */
export const MAX_TEMPLATE_BYTES = 64 * 1024
const TEMPLATE_LIMIT: ReadLimit = {maxBytes: MAX_TEMPLATE_BYTES, sizeHint: 'a template lays out one section; split it into partials'}

/** Templates in one --template-dir: sizeup ships 15; each is compiled, so a directory of thousands is refused first. */
export const MAX_TEMPLATE_FILES = 100

/**
 * A user's templates: `DIR/<name>.md.hbs` or `DIR/partials/<name>.md.hbs`
 * (so a copy of the shipped templates/ folder works as is). `report` replaces
 * the main template, a built-in partial's name replaces that partial, and any
 * other name is a new partial, which only a replaced main template can use.
 */
export async function readTemplateDir(dir: string): Promise<TemplateOverride[]> {
  const at = (file: string, message: string, hint: string | null): Diagnostic => ({file, line: 1, column: 1, path: '', message, hint})
  const top = await listTemplates(dir)
  if (top === null) throw new SpecError([at(dir, 'no such directory (--template-dir)', 'give a directory of *.md.hbs files, e.g. a copy of the templates/ folder sizeup ships')])
  const nested = (await listTemplates(join(dir, 'partials'))) ?? []
  const files = [...top.map((f) => join(dir, f)), ...nested.map((f) => join(dir, 'partials', f))]
  const known = [MAIN_TEMPLATE, ...PARTIAL_NAMES]
  if (files.length === 0) throw new SpecError([at(dir, 'no templates (*.md.hbs) in --template-dir', `name a file after the template it replaces: ${known.map((n) => `${n}${SUFFIX}`).join(', ')}`)])
  if (files.length > MAX_TEMPLATE_FILES) throw new SpecError([at(dir, `--template-dir has ${files.length} templates; the limit is ${MAX_TEMPLATE_FILES}`, 'keep the templates you change; the others come from sizeup')])

  const overrides: TemplateOverride[] = []
  const problems: Diagnostic[] = []
  for (const file of files) {
    const name = basename(file, SUFFIX)
    // A template's name becomes a key of Handlebars' table of partials: `__proto__.md.hbs` would replace the table's prototype.
    if (!PLAIN_NAME.test(name)) {
      problems.push(at(file, `template name \`${name}\` is not a plain name`, 'name a template with letters, digits, `_` and `-`, starting with a letter, e.g. `summary.md.hbs`'))
      continue
    }
    if (overrides.some((o) => o.name === name)) problems.push(at(file, `a second template named \`${name}\``, 'keep one of DIR/<name>.md.hbs and DIR/partials/<name>.md.hbs'))
    overrides.push({name, file, source: await readTextFile(file, TEMPLATE_LIMIT)})
  }
  // A new partial is fine when the main template is replaced too (it can include it); otherwise it is probably a typo.
  if (!overrides.some((o) => o.name === MAIN_TEMPLATE)) {
    for (const o of overrides.filter((x) => !known.includes(x.name))) {
      const guess = closest(o.name, known)
      problems.push(at(o.file, `\`${o.name}${SUFFIX}\` does not replace any template`, guess ? `did you mean \`${guess}${SUFFIX}\`?` : `the templates are ${known.join(', ')}`))
    }
  }
  if (problems.length > 0) throw new SpecError(problems)
  return overrides
}

/** The paths of the templates in a template directory and its partials/, without reading them: the files an output must not replace. */
export async function templateFiles(dir: string): Promise<string[]> {
  const nested = join(dir, 'partials')
  return [...((await listTemplates(dir)) ?? []).map((f) => join(dir, f)), ...((await listTemplates(nested)) ?? []).map((f) => join(nested, f))]
}

/** `*.md.hbs` file names in a directory, sorted; null when it is not a readable directory. */
async function listTemplates(dir: string): Promise<string[] | null> {
  try {
    const entries = await readdir(dir, {withFileTypes: true})
    return entries
      .filter((e) => e.isFile() && e.name.endsWith(SUFFIX))
      .map((e) => e.name)
      .sort()
  } catch {
    return null
  }
}
