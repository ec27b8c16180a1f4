import {type Document, isAlias, type LineCounter, type Node, visit} from 'yaml'
import type {Diagnostic} from './diagnostic.js'

/**
 * Aliases that stand for a value containing themselves (`a: &a [*a]`).
 * The YAML parser accepts them and builds data that contains itself, which
 * every walk over the spec would then follow for ever. An anchor comes before
 * its aliases, so such a cycle always has an alias inside the value of its own
 * anchor; each is located at the alias.
 */
export function aliasCycles(doc: Document, lines: LineCounter, file: string): Diagnostic[] {
  const found: Diagnostic[] = []
  // The latest node anchored under each name, in document order, as the YAML
  // parser resolves aliases; kept here in one pass (Alias.resolve walks the
  // whole document for every alias, quadratic in a file full of aliases).
  const anchors = new Map<string, Node>()
  visit(doc, {
    Node(_, node, path) {
      if (!isAlias(node)) {
        if (node.anchor) anchors.set(node.anchor, node)
        return undefined
      }
      const target = anchors.get(node.source)
      if (target === undefined || !path.includes(target)) return undefined
      const pos = lines.linePos(node.range?.[0] ?? 0)
      found.push({
        file,
        line: pos.line,
        column: pos.col,
        path: '',
        message: `YAML alias \`*${node.source}\` is inside the value it stands for`,
        hint: `a value cannot contain itself; write the inner value out instead of \`*${node.source}\``,
      })
      return undefined
    },
  })
  return found
}
