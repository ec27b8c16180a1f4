import type {Diagnostic} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'

/** The slice of a Handlebars syntax tree these checks read. */
interface TemplateNode {
  readonly type: string
  readonly loc?: {readonly start: {readonly line: number; readonly column: number}}
  readonly [field: string]: unknown
}

const isNode = (v: unknown): v is TemplateNode => v !== null && typeof v === 'object' && typeof (v as {type?: unknown}).type === 'string'

/**
 * Names every object inherits. Handlebars finds them on any object (`in`),
 * refuses to read them, prints a warning of its own on standard error and
 * renders nothing; a field of the view model is never called so.
 */
const inherited = (name: string): boolean => name in Object.prototype

const FIELD_HINT = 'each section receives the fields its built-in template uses; see templates/partials/*.md.hbs'

/**
 * The names a user's template uses that mean nothing here, found before it
 * runs: a partial no template defines (`{{> toString}}`, a typo), and a field
 * named like a built-in (`{{constructor}}`), which Handlebars would look up on
 * the object's prototype. Each is located at its line and column.
 */
export function templateNameProblems(ast: unknown, file: string, partials: ReadonlySet<string>): Diagnostic[] {
  const problems: Diagnostic[] = []
  const at = (node: TemplateNode, message: string, hint: string | null): void => {
    const start = node.loc?.start ?? {line: 1, column: 0}
    problems.push({file, line: start.line, column: start.column + 1, path: '', message, hint})
  }
  const walk = (node: TemplateNode): void => {
    const partial = node.type === 'PartialStatement' || node.type === 'PartialBlockStatement'
    if (partial) {
      const name = node.name
      // `{{> (expression)}}` names its partial at run time; `@partial-block` is Handlebars' own.
      if (isNode(name) && name.type === 'PathExpression' && typeof name.original === 'string' && !name.original.startsWith('@') && !partials.has(name.original)) {
        at(name, `no template \`${name.original}\` to include`, didYouMean(name.original, [...partials]) ?? `the templates are ${[...partials].join(', ')}`)
      }
    } else if (isNode(node.path) && node.path.original === 'lookup' && Array.isArray(node.params)) {
      // `{{lookup this "constructor"}}` reads a field by a name written as text.
      for (const p of node.params) if (isNode(p) && p.type === 'StringLiteral' && typeof p.value === 'string' && inherited(p.value)) at(p, `\`${p.value}\` is not a field of the view model here`, FIELD_HINT)
    } else if (node.type === 'PathExpression' && Array.isArray(node.parts)) {
      const builtIn = node.parts.find((p): p is string => typeof p === 'string' && inherited(p))
      if (builtIn !== undefined) at(node, `\`${builtIn}\` is not a field of the view model here`, FIELD_HINT)
    }
    for (const [key, value] of Object.entries(node)) {
      // A partial's name is a template, not a field: checked above.
      if (key === 'loc' || (partial && key === 'name')) continue
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) walk(child)
    }
  }
  if (isNode(ast)) walk(ast)
  return problems
}
