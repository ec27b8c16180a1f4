// Which schema fragments are TypeScript types, and which layer's generated
// module declares each. The marks live beside the fragments (a WeakMap), not
// in them, so the published JSON stays exactly what the builders write.

const marks = new WeakMap()

/**
 * Marks `schema` as the TypeScript type `name`, declared in
 * src/<layer>/generated/schema-types.ts. With `constant`, that module also
 * exports the enum's values under that name, for code that needs them at run time.
 * `doc` documents the type where the published schema has no description for it;
 * `extends`, a marked fragment whose properties this one reuses, makes the
 * type an interface extending that fragment's. `handWritten` names the module
 * of src/<layer>/ that declares the type instead, where the code reads a
 * narrower type than the schema states (the schema then only checks it).
 */
export function typed(layer, name, schema, {constant, doc, extends: parent, handWritten} = {}) {
  marks.set(schema, {layer, name, nullable: false, constant, doc, extends: parent, handWritten})
  return schema
}

/** Marks `schema` as `name | null`, where `name` is declared by a `typed` fragment. */
export function typedOrNull(layer, name, schema) {
  marks.set(schema, {layer, name, nullable: true})
  return schema
}

/** The mark of a fragment, if it has one. */
export const markOf = (schema) => (schema && typeof schema === 'object' ? marks.get(schema) : undefined)
