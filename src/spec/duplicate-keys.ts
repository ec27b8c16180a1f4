import {type Document, isScalar, visit, type YAMLError, YAMLParseError} from 'yaml'

/**
 * The duplicate keys of every mapping, as the YAML parser reports them with
 * `uniqueKeys` (code DUPLICATE_KEY at the repeated key), found in one pass
 * with a set per mapping. The parser compares each key with every earlier
 * one of its mapping: 22,000 keys in one mapping (a configuration's size
 * allows that many) took seconds. Keys are equal as the parser has them
 * equal: scalars of the same value (so `1` and `'1'` differ); other keys never.
 */
export function duplicateKeys(doc: Document.Parsed): YAMLError[] {
  const found: YAMLError[] = []
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        const key = pair.key
        if (!isScalar(key) || Number.isNaN(key.value)) continue
        if (!seen.has(key.value)) seen.add(key.value)
        else found.push(duplicate(key.range?.[0] ?? 0, key.range?.[1] ?? 0))
      }
      return undefined
    },
  })
  // Mappings are visited parent first: in the order of the text, as the parser would report them.
  return found.sort((a, b) => a.pos[0] - b.pos[0])
}

function duplicate(start: number, end: number): YAMLError {
  return new YAMLParseError([start, end], 'DUPLICATE_KEY', 'Map keys must be unique')
}

/**
 * The parser's errors with the duplicate keys among them where the parser
 * would have reported them: each before the first error found after it in
 * the text, the parser's own order otherwise kept.
 */
export function withDuplicates(errors: readonly YAMLError[], duplicates: readonly YAMLError[]): YAMLError[] {
  const out: YAMLError[] = []
  let next = 0
  for (const error of errors) {
    while (next < duplicates.length && duplicates[next]!.pos[0] <= error.pos[0]) out.push(duplicates[next++]!)
    out.push(error)
  }
  return [...out, ...duplicates.slice(next)]
}
