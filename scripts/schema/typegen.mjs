// TypeScript types from the JSON Schemas' builders: every fragment marked with
// typed() becomes a declaration in src/<layer>/generated/schema-types.ts, and a
// marked fragment inside another is written as a reference to its type (imported
// from the lower layer that owns it), so each type is declared once.
import {compile} from 'json-schema-to-typescript'
import ts from 'typescript'
import {markOf} from './typed.mjs'

/** Lowest first: a layer's types may refer only to its own and to lower layers' types. */
const LAYERS = ['quantity', 'spec', 'engine', 'matrices', 'plan', 'cost', 'review', 'overlay', 'config', 'analysis', 'check', 'diff', 'render']

// Keys that document a schema for people and editors, or that json-schema-to-typescript
// would turn into types of their own (a `title` names a type; validation-only keywords add nothing).
const DROPPED = new Set(['title', 'examples', '$schema', '$id', 'definitions', 'propertyNames', 'if', 'then', 'else', 'default'])

const OPTIONS = {
  format: false, // prettier would take longer than all the rest; the output is plain enough unformatted
  bannerComment: '',
  unknownAny: true,
  ignoreMinAndMaxItems: true, // `minItems: 1` would make tuples; the code reads arrays
  additionalProperties: true,
  declareExternallyReferenced: false, // a compile declares its root only; marked fragments inside are references
}

/**
 * Every layer's generated module, as text, from the published schemas (the
 * fragments they reach). `$ref`s are resolved against the schema they occur in.
 */
export async function schemaTypes(schemas) {
  const declared = new Map() // name → {mark, schema, context}
  const byProperties = new Map() // a marked object's `properties` → the object
  const visit = (node, context, seen) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return
    seen.add(node)
    const target = resolve(node, context)
    if (target !== node) return visit(target, context, seen)
    const mark = markOf(node)
    if (mark && !mark.nullable) declare(declared, mark, node, context)
    if (mark && node.properties) byProperties.set(node.properties, node)
    for (const [key, child] of Object.entries(node)) if (key !== 'examples') Array.isArray(child) ? child.forEach((c) => visit(c, context, seen)) : visit(child, context, seen)
  }
  for (const schema of schemas) visit(schema, schema, new Set())

  const layers = new Map()
  for (const {mark, schema, context} of declared.values()) {
    if (mark.handWritten) continue
    const uses = new Set()
    const copy = strip(schema, {context, byProperties}, mark, uses, true)
    let text = await compile(copy, mark.name, OPTIONS)
    if (mark.constant) text += `export const ${mark.constant}: ${mark.name}[] = ${JSON.stringify(schema.enum)}\n`
    const layer = layers.get(mark.layer) ?? {texts: [], imports: new Map()}
    layer.texts.push(text)
    for (const used of uses) {
      const owner = declared.get(used)?.mark.layer
      if (!owner) throw new Error(`${mark.name} refers to ${used}, which no published schema declares`)
      if (LAYERS.indexOf(owner) > LAYERS.indexOf(mark.layer)) throw new Error(`${mark.name} (${mark.layer}) refers to ${used} of the higher layer ${owner}`)
      const from = declared.get(used).mark.handWritten
      if (owner !== mark.layer || from) layer.imports.set(used, from ? `${owner}/${from}` : `${owner}/generated/schema-types.js`)
    }
    layers.set(mark.layer, layer)
  }
  return new Map([...layers].map(([layer, {texts, imports}]) => [layer, moduleText(texts, imports)]))
}

function declare(declared, mark, schema, context) {
  if (!LAYERS.includes(mark.layer)) throw new Error(`${mark.name}: unknown layer ${mark.layer}`)
  const known = declared.get(mark.name)
  if (!known) return declared.set(mark.name, {mark, schema, context})
  // The same type may be published with other descriptions (or an enum in another order).
  if (known.mark.layer !== mark.layer || shape(known.schema) !== shape(schema)) throw new Error(`two different fragments are marked as ${mark.name}`)
}

function resolve(node, context) {
  if (typeof node.$ref !== 'string') return node
  const name = /^#\/definitions\/(.+)$/.exec(node.$ref)?.[1]
  const target = name && context.definitions?.[name]
  if (!target) throw new Error(`cannot resolve ${node.$ref}`)
  return target
}

/** The copy json-schema-to-typescript compiles: marked fragments become references, documentation goes. */
function strip(node, where, rootMark, uses, isRoot = false) {
  if (Array.isArray(node)) return node.map((n) => strip(n, where, rootMark, uses))
  if (!node || typeof node !== 'object') return node
  if (Array.isArray(node.type) && node.type.includes('array') && node.type.includes('object') && !isRoot) return strip(splitArrayOrObject(node), where, rootMark, uses)
  const target = resolve(node, where.context)
  const mark = markOf(target) ?? markOf(sameObject(target, where.byProperties))
  if (mark && !isRoot) {
    uses.add(mark.name)
    return {tsType: mark.nullable ? `(${mark.name} | null)` : mark.name}
  }
  if (target !== node) throw new Error(`${rootMark.name}: ${node.$ref} points at a fragment not marked with typed()`)
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue
    if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, where, rootMark, uses)]))
    else if (key === 'enum' || key === 'const' || key === 'required' || key === 'type') out[key] = value
    else out[key] = strip(value, where, rootMark, uses)
  }
  if (isRoot) Object.assign(out, {title: rootMark.name}, rootMark.doc ? {description: rootMark.doc} : {})
  return isRoot && rootMark.extends ? extension(out, rootMark.extends, node, uses) : out
}

/** `out` as an interface extending the type of `parent`, whose properties `node` reuses: only its own are listed. */
function extension(out, parent, node, uses) {
  const name = markOf(parent).name
  const inherited = Object.keys(parent.properties)
  for (const key of inherited) if (node.properties[key] !== parent.properties[key]) throw new Error(`${out.title} extends ${name} but has its own ${key}`)
  uses.add(name)
  const properties = Object.fromEntries(Object.entries(out.properties).filter(([k]) => !inherited.includes(k)))
  return {...out, properties, required: out.required.filter((k) => !inherited.includes(k)), extends: [{title: name, tsType: name}]}
}

/**
 * A node that may be a list or an object (`components`: a list of nodes, or
 * one node) as the two alternatives, so each can be recognised on its own.
 */
function splitArrayOrObject(node) {
  const {type, items, minItems, description, ...objectPart} = node
  const others = type.filter((t) => t !== 'array' && t !== 'object')
  return {description, anyOf: [{type: 'array', items}, {...objectPart, type: 'object'}, ...(others.length ? [{type: others}] : [])]}
}

/** The marked object whose properties `node` reuses, when it also allows and requires the same. */
function sameObject(node, byProperties) {
  const marked = node.properties && byProperties.get(node.properties)
  return marked && marked.additionalProperties === node.additionalProperties && JSON.stringify(marked.required) === JSON.stringify(node.required) ? marked : undefined
}

/** A fragment's type-relevant content: without documentation, enums in any order. */
function shape(schema) {
  return JSON.stringify(schema, (key, value) => (['description', 'title', 'examples', 'default'].includes(key) ? undefined : key === 'enum' ? [...value].map(String).sort() : value))
}

function moduleText(texts, imports) {
  const byModule = new Map()
  for (const [name, module] of imports) byModule.set(module, [...(byModule.get(module) ?? []), name])
  const importLines = [...byModule].map(([module, names]) => `import type {${names.sort().join(', ')}} from '../../${module}'\n`)
  return `// Generated by scripts/build.mjs from the schema builders in scripts/. Do not edit.\n${importLines.join('')}${readonly(texts.join(''))}`
}

/**
 * The code treats these documents as values: every property, index signature
 * and array becomes readonly (json-schema-to-typescript has no option for it).
 */
function readonly(text) {
  const file = ts.createSourceFile('types.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const at = []
  const visit = (node) => {
    if (ts.isPropertySignature(node) || ts.isIndexSignatureDeclaration(node)) at.push(node.getStart(file))
    if (ts.isArrayTypeNode(node)) {
      if (ts.isArrayTypeNode(node.elementType)) throw new Error('an array of arrays would need parentheses to be made readonly')
      at.push(node.getStart(file))
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = text
  for (const pos of at.sort((a, b) => b - a)) out = `${out.slice(0, pos)}readonly ${out.slice(pos)}`
  return out
}
