import {isMap, isPair, isScalar, type Node, type YAMLMap} from 'yaml'
import {type Diagnostic, SpecError} from './diagnostic.js'
import {locate, MAX_ALIASES, type SourceDocument} from './document.js'
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
  const overlay = isMap(block) ? block.get(name, true) : undefined
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
  const doc = source.doc.clone() as typeof source.doc
  doc.delete('scenarios')
  merge(doc.contents as YAMLMap, overlay as YAMLMap)
  return {file: source.file, doc, lines: source.lines, data: doc.toJS({maxAliasCount: MAX_ALIASES})}
}

function merge(target: YAMLMap, overlay: YAMLMap): void {
  for (const pair of overlay.items) {
    if (!isPair(pair)) continue
    const key = isScalar(pair.key) ? pair.key.value : pair.key
    const existing = target.get(key, true)
    if (isMap(existing) && isMap(pair.value)) merge(existing, pair.value as YAMLMap)
    else target.set(key, pair.value as Node)
  }
}
