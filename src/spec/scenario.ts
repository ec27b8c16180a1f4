import {type Document, isAlias, isMap, isPair, isScalar, type Node, type YAMLMap} from 'yaml'
import {type Diagnostic, SpecError} from './diagnostic.js'
import {aliasProblem, locate, MAX_ALIASES, type SourceDocument} from './document.js'
import {didYouMean} from './suggest.js'

/** The scenario names a spec declares, in file order. */
export function scenarioNames(source: SourceDocument): string[] {
  const block = source.doc.get('scenarios', true)
  return isMap(block) ? block.items.filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : []
}

/**
 * The spec as one scenario sees it: the base document with the scenario's
 * fields laid over it (mappings merge key by key; anything else replaces) and
 * the `scenarios` block removed. The scenario's own YAML nodes are moved in,
 * so every value keeps its line and column: a problem in a scenario is
 * reported where the scenario says it.
 */
export function applyScenario(source: SourceDocument, name: string): SourceDocument {
  const block = source.doc.get('scenarios', true)
  const overlay = isMap(block) ? resolved(block.get(name, true), source.doc) : undefined
  if (!isMap(overlay)) {
    const pos = locate(source, isMap(block) ? ['scenarios'] : [], 'key')
    const d: Diagnostic = {
      file: source.file,
      line: pos.line,
      column: pos.column,
      path: 'scenarios',
      message: `no scenario \`${name}\` in ${source.file}`,
      hint: didYouMean(name, scenarioNames(source)) ?? (scenarioNames(source).length ? `scenarios: ${scenarioNames(source).join(', ')}` : 'the spec declares no `scenarios:`'),
    }
    throw new SpecError([d])
  }
  const doc = withoutScenarios(source.doc)
  merge(doc.contents as YAMLMap, overlay as YAMLMap, source.doc)
  try {
    return {file: source.file, doc, lines: source.lines, data: doc.toJS({maxAliasCount: MAX_ALIASES})}
  } catch (e) {
    // An alias deeper in the scenario whose anchor the merge left behind (in another scenario, or on a value it replaced).
    throw new SpecError([aliasProblem(doc, source.lines, source.file, (e as Error).message)])
  }
}

/**
 * A copy of the document without its `scenarios` block: cloning that block
 * only to delete it costs as much again as the spec, once per scenario. The
 * block is taken out of the original for the time of the clone (nothing else
 * runs meanwhile) and put back.
 */
function withoutScenarios(doc: Document.Parsed): Document.Parsed {
  const top = doc.contents as YAMLMap
  const at = top.items.findIndex((p) => isScalar(p.key) && p.key.value === 'scenarios')
  if (at < 0) return doc.clone() as Document.Parsed
  const [block] = top.items.splice(at, 1)
  try {
    return doc.clone() as Document.Parsed
  } finally {
    top.items.splice(at, 0, block!)
  }
}

/** An alias stands for the value it names (`year3: *launch`, `workloads: *all`): the merge reads that value. */
function resolved(node: unknown, doc: Document): unknown {
  return isAlias(node) ? (node.resolve(doc) ?? node) : node
}

function merge(target: YAMLMap, overlay: YAMLMap, doc: Document): void {
  for (const pair of overlay.items) {
    if (!isPair(pair)) continue
    const key = isScalar(pair.key) ? pair.key.value : pair.key
    const existing = target.get(key, true)
    const value = resolved(pair.value, doc)
    if (isMap(existing) && isMap(value)) merge(existing, value, doc)
    else target.set(key, value as Node)
  }
}
