import {readFileSync} from 'node:fs'
import Handlebars from 'handlebars'
import {TEMPLATE_OPTIONS} from '../../../src/render/markdown.js'
import {ROOT} from '../../helpers/spec.js'

/**
 * Compiles one shipped partial from its source, with the options the build
 * precompiles it with, in an instance of its own, and renders it with the
 * part of the view model the main template passes it.
 */
export function renderPartial(name: string, context: unknown): string {
  const source = readFileSync(`${ROOT}/templates/partials/${name}.md.hbs`, 'utf8')
  return Handlebars.create().compile(source, TEMPLATE_OPTIONS)(context)
}
