import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {parseSource} from '../spec/document.js'
import {schemaDiagnostics} from '../spec/schema-errors.js'
import {checkOverlay} from './check.js'
import {validate} from './generated/validate-overlay.js'
import {SHIPPED} from './knowledge.js'
import type {Knowledge, Overlay} from './types.js'

/** An overlay is a page of YAML; anything much larger is not one. */
export const MAX_OVERLAY_BYTES = 256 * 1024

/**
 * Overlay text → a checked Overlay. Throws a SpecError carrying every
 * problem, located (`file:line:col`) with a hint: YAML syntax first (nothing
 * else can be trusted then), otherwise the schema's and the name checks'
 * together. Names are checked against `knowledge` (the shipped matrices,
 * capacities and prices unless given). Pure: text in, value out.
 */
export async function loadOverlay(text: string, file: string, knowledge: Knowledge = SHIPPED): Promise<Overlay> {
  const at = (message: string, hint: string | null): Diagnostic => ({file, line: 1, column: 1, path: '', message, hint})
  if (text.length > MAX_OVERLAY_BYTES) throw new SpecError([at(`file is ${text.length} bytes; the limit is ${MAX_OVERLAY_BYTES}`, 'an overlay is a page of YAML; remove generated content')])
  if (text.includes('\u0000')) throw new SpecError([at('file is binary, not YAML text', 'give sizeup a YAML file')])
  const {source, diagnostics} = parseSource(text.replace(/^\uFEFF/, ''), file)
  if (diagnostics.length > 0) throw new SpecError(diagnostics)
  if (source.data === null || source.data === undefined) throw new SpecError([at('file is empty', 'start from the example: examples/overlays/postgres-redis-kafka.yaml')])
  if (typeof source.data !== 'object' || Array.isArray(source.data)) throw new SpecError([at('the top level must be a mapping of `key: value` lines', 'start with `technologies:`, `matrices:`, `capacities:` or `prices:`')])

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
