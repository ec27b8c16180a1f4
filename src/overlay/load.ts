import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {parseMappingDocument} from '../spec/mapping-document.js'
import {schemaDiagnostics} from '../spec/schema-errors.js'
import {checkOverlay} from './check.js'
import {validate} from './generated/validate-overlay.js'
import {SHIPPED} from './knowledge.js'
import {type Knowledge, type Overlay, OVERLAY_INPUT} from './types.js'

export {MAX_OVERLAY_BYTES} from './types.js'

/**
 * Overlay text → a checked Overlay. Throws a SpecError carrying every
 * problem, located (`file:line:col`) with a hint: YAML syntax first (nothing
 * else can be trusted then), otherwise the schema's and the name checks'
 * together. Names are checked against `knowledge` (the shipped matrices,
 * capacities and prices unless given). Pure: text in, value out.
 */
export async function loadOverlay(text: string, file: string, knowledge: Knowledge = SHIPPED): Promise<Overlay> {
  const source = parseMappingDocument(text, file, OVERLAY_INPUT)
  const problems: Diagnostic[] = []
  if (!validate(source.data)) {
    const {default: schema} = await import('../../specs/overlay.schema.json', {with: {type: 'json'}})
    problems.push(...schemaDiagnostics(validate.errors ?? [], source, schema as Record<string, unknown>))
  }
  const {overlay, diagnostics: names} = checkOverlay(source, knowledge)
  problems.push(...names)
  if (problems.length > 0) throw new SpecError(problems)
  return overlay
}
