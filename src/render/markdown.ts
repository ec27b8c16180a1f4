import type HandlebarsNamespace from 'handlebars'
import HandlebarsRuntime from 'handlebars/runtime'
import {SpecError} from '../spec/diagnostic.js'
import {markdownDocument} from '../spec/sinks/markdown.js'
import {MAIN, PARTIALS} from './generated/templates.js'
import {boundTemplates, TemplateBudgetError} from './template-budget.js'
import {templateNameProblems} from './template-names.js'
import type {ReportView} from './view/index.js'

type Handlebars = typeof HandlebarsNamespace
type Template = (context: unknown, options?: unknown) => string

/**
 * How every template compiles, the built-in ones at build time and a user's
 * at run time: strict (a field the view model lacks is an error, not an empty
 * string), no HTML escaping (this is Markdown; the view model escapes user
 * text for where it goes), and only the built-in helpers (if, each, with,
 * unless): templates lay out, they do not compute.
 */
export const TEMPLATE_OPTIONS = {strict: true, noEscape: true, knownHelpersOnly: true} as const

/** The main template's name; every other template is a partial named after its file. */
export const MAIN_TEMPLATE = 'report'

/** The built-in partials, one per section, in the order the report uses them. */
export const PARTIAL_NAMES: readonly string[] = Object.keys(PARTIALS)

/** A user's template from `--template-dir`: `report` replaces the main template, any other name a partial. */
export interface TemplateOverride {
  readonly name: string
  readonly file: string
  readonly source: string
}

/**
 * The design document: the view laid out by the built-in templates
 * (precompiled at build) with the user's overrides (compiled now). Each
 * render uses its own Handlebars instance, so nothing leaks between runs.
 */
export async function renderMarkdown(view: ReportView, overrides: readonly TemplateOverride[] = []): Promise<string> {
  // The compiler is loaded only when a user brings templates of their own.
  const env: Handlebars = overrides.length > 0 ? (await import('handlebars')).default.create() : (HandlebarsRuntime as unknown as Handlebars).create()
  const builtIn = (spec: object, file: string): Template => located(env.template(spec) as Template, file, false)
  let main = builtIn(MAIN, 'templates/report.md.hbs')
  for (const [name, spec] of Object.entries(PARTIALS)) env.registerPartial(name, builtIn(spec, `templates/partials/${name}.md.hbs`))
  const partials = new Set([...PARTIAL_NAMES, ...overrides.map((o) => o.name).filter((n) => n !== MAIN_TEMPLATE)])
  for (const o of overrides) {
    const template = located(compileOverride(env, o, partials), o.file, true)
    if (o.name === MAIN_TEMPLATE) main = template
    else env.registerPartial(o.name, template)
  }
  // A user's template writes text of its own: the document leaves sizeup as safe as the built-in one.
  if (overrides.length === 0) return markdownDocument(main(view))
  // A user's templates can loop over loops and call partials from partials: their work is bounded.
  boundTemplates(env)
  try {
    return markdownDocument(main(view))
  } catch (e) {
    // Run out inside sizeup's own templates only (a replaced partial's loop calling built-in sections): name the first user file.
    if (e instanceof TemplateBudgetError) throw budgetError(overrides[0]!.file)
    throw e
  }
}

function budgetError(file: string): SpecError {
  return new SpecError([{file, line: 1, column: 1, path: '', message: `template: ${new TemplateBudgetError().message}`, hint: 'a loop inside a loop repeats every line of the inner one; loop over the rows you need once'}])
}

function compileOverride(env: Handlebars, o: TemplateOverride, partials: ReadonlySet<string>): Template {
  let ast: unknown
  try {
    // parse() reports syntax errors now, with their line; compile() would wait for the first render.
    ast = env.parse(o.source)
  } catch (e) {
    throw templateError(o.file, e)
  }
  const names = templateNameProblems(ast, o.file, partials)
  if (names.length > 0) throw new SpecError(names)
  return env.compile(o.source, TEMPLATE_OPTIONS) as Template
}

/** Errors from a template name the file they came from (the innermost template wins). */
function located(template: Template, file: string, userFile: boolean): Template {
  return (context, options) => {
    try {
      return template(context, options)
    } catch (e) {
      if (e instanceof SpecError || e instanceof BuiltInTemplateError) throw e
      if (e instanceof TemplateBudgetError) {
        if (userFile) throw budgetError(file)
        throw e
      }
      if (!userFile) throw new BuiltInTemplateError(file, e)
      throw templateError(file, e)
    }
  }
}

/** A built-in template failed against its view model: a bug in sizeup, not in the input. */
export class BuiltInTemplateError extends Error {
  constructor(file: string, cause: unknown) {
    super(`sizeup internal error in ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, {cause})
    this.name = 'BuiltInTemplateError'
  }
}

/** A Handlebars error in a user's template as a located diagnostic. */
function templateError(file: string, e: unknown): SpecError {
  const err = e as {message?: unknown; lineNumber?: unknown; column?: unknown}
  const text = typeof err.message === 'string' ? err.message : String(e)
  const lineFromText = /line (\d+)/.exec(text)
  const line = typeof err.lineNumber === 'number' ? err.lineNumber : lineFromText ? Number(lineFromText[1]) : 1
  const column = typeof err.column === 'number' ? err.column + 1 : 1
  const missing = /^"([^"]+)" not defined in/.exec(text)
  if (missing) {
    return new SpecError([{file, line, column, path: '', message: `\`${missing[1]}\` is not a field of the view model here`, hint: 'each section receives the fields its built-in template uses; see templates/partials/*.md.hbs'}])
  }
  const lines = text.split('\n')
  const message = (lines.length > 1 ? lines[lines.length - 1]! : text).replace(/ - \d+:\d+$/, '')
  return new SpecError([{file, line, column, path: '', message: `template: ${message}`, hint: 'templates are Handlebars with the built-in helpers only (if, each, with, unless)'}])
}
