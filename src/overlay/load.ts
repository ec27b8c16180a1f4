import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {parseMappingDocument} from '../spec/mapping-document.js'
import {schemaDiagnostics} from '../spec/schema-errors.js'
import {checkOverlay} from './check.js'
import {validate} from './generated/validate-overlay.js'
import {SHIPPED} from './knowledge.js'
import {type Knowledge, MAX_OVERLAY_BYTES, type Overlay} from './types.js'

// Kept with the types, so the file reader can know the limit without loading the overlay's checks.
export {MAX_OVERLAY_BYTES} from './types.js'

/**
 * Overlay text → a checked Overlay. Throws a SpecError carrying every
 * problem, located (`file:line:col`) with a hint: YAML syntax first (nothing
 * else can be trusted then), otherwise the schema's and the name checks'
 * together. Names are checked against `knowledge` (the shipped matrices,
 * capacities and prices unless given). Pure: text in, value out.
 */
export async function loadOverlay(text: string, file: string, knowledge: Knowledge = SHIPPED): Promise<Overlay> {
  const source = parseMappingDocument(text, file, {
    maxBytes: MAX_OVERLAY_BYTES,
    sizeHint: 'an overlay is a page of YAML; remove generated content',
    emptyHint: 'start from the example: examples/overlays/postgres-redis-kafka.yaml',
    topLevelHint: 'start with `technologies:`, `matrices:`, `capacities:` or `prices:`',
  })
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
