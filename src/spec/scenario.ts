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
  const expanded = withoutAliases(source.doc)
  const block = expanded.get('scenarios', true)
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
  const doc = withoutScenarios(expanded)
  merge(doc.contents as YAMLMap, overlay as YAMLMap)
  return {file: source.file, doc, lines: source.lines, data: doc.toJS({maxAliasCount: MAX_ALIASES})}
}

/**
 * The document with its aliases expanded (expandAliases), made once per
 * parsed spec and kept: a run applies each of up to 20 scenarios to the same
 * base, and copying the whole document for each cost as much as the rest.
 */
const expandedDocs = new WeakMap<Document.Parsed, Document.Parsed>()

function withoutAliases(doc: Document.Parsed): Document.Parsed {
  let expanded = expandedDocs.get(doc)
  if (expanded === undefined) {
    expanded = doc.clone() as Document.Parsed
    expandAliases(expanded)
    expandedDocs.set(doc, expanded)
  }
  return expanded
}

/**
 * A copy of the document without its `scenarios` block, which a scenario's
 * document does not have: cloning the block only to delete it cost as much
 * again as the spec, once per scenario. The block is taken out for the time
 * of the clone (nothing else runs meanwhile) and put back. The scenario's
 * own nodes are then moved in from the block, so they are shared with it,
 * and only read.
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
