import {type Document, isAlias, isMap, isPair, isScalar, type Node, visit, type YAMLMap} from 'yaml'
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
  const doc = source.doc.clone() as typeof source.doc
  expandAliases(doc)
  const block = doc.get('scenarios', true)
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
  doc.delete('scenarios')
  merge(doc.contents as YAMLMap, overlay as YAMLMap)
  return {file: source.file, doc, lines: source.lines, data: doc.toJS({maxAliasCount: MAX_ALIASES})}
}

/**
 * Replaces every alias with a copy of the value it stands for (which keeps
 * that value's lines and columns). Laying a scenario over the base moves and
 * deletes nodes: an alias whose anchor went with the other scenarios, or
 * with a base value the scenario replaces, would refer to nothing, and one
 * moved inside the value it stands for would make the data contain itself.
 *
 * One pass in document order, as the YAML parser resolves aliases (the
 * latest anchor of a name before the alias). parseSource has refused aliases
 * inside their own value, so an anchored value ends before any alias of it
 * and its own aliases are already replaced when it is copied; the copies
 * carry no anchors, which stay with the values as written.
 */
function expandAliases(doc: Document): void {
  const anchors = new Map<string, Node>()
  visit(doc, {
    Node(_, node) {
      if (!isAlias(node)) {
        if (node.anchor) anchors.set(node.anchor, node)
        return undefined
      }
      const target = anchors.get(node.source)
      if (target === undefined) return undefined
      const copy = target.clone() as typeof target
      visit(copy, {
        Node(__, inner) {
          if (!isAlias(inner)) inner.anchor = undefined
        },
      })
      return copy
    },
  })
}

function merge(target: YAMLMap, overlay: YAMLMap): void {
  for (const pair of overlay.items) {
    if (!isPair(pair)) continue
    const key = isScalar(pair.key) ? pair.key.value : pair.key
    const existing = target.get(key, true)
    if (isMap(existing) && isMap(pair.value)) merge(existing, pair.value as YAMLMap)
    // A key the base does not have moves in with its own node, so a problem with it is located in the scenario.
    else if (!target.has(key)) target.items.push(pair)
    else target.set(key, pair.value as Node)
  }
}
