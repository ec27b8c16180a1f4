/** Reading the published JSON Schema for what error messages need: allowed keys and examples. */

export type Json = {readonly [key: string]: unknown}

const isObject = (node: unknown): node is Json => node !== null && typeof node === 'object' && !Array.isArray(node)

function deref(root: Json, node: Json): Json {
  const ref = node.$ref
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node
  let target: unknown = root
  for (const part of ref.slice(2).split('/')) target = isObject(target) ? target[part] : undefined
  return isObject(target) ? deref(root, target) : node
}

/**
 * The schema that applies to the value at an instance path. Walked along the
 * document rather than read from ajv's schemaPath, which for recursive `$ref`s
 * (component nodes) is relative to the referenced definition.
 */
export function schemaAt(root: Json, path: readonly string[]): Json | null {
  let node: Json = root
  for (const seg of path) {
    const props = node.properties
    const next: unknown = isObject(props) && Object.hasOwn(props, seg)
      ? props[seg]
      : /^\d+$/.test(seg) && isObject(node.items)
        ? node.items
        : node.additionalProperties
    if (!isObject(next)) return null
    node = deref(root, next)
  }
  return deref(root, node)
}

/** The keys a mapping schema names. */
export function allowedKeys(schema: Json | null): string[] {
  return schema && isObject(schema.properties) ? Object.keys(schema.properties) : []
}

/** ` (for example `key: value`)` from the schema's first example of a field, or ''. */
export function exampleOf(schema: Json | null, key: string): string {
  const props = schema?.properties
  const field = isObject(props) ? props[key] : undefined
  const examples = isObject(field) ? field.examples : undefined
  const example: unknown = Array.isArray(examples) ? examples[0] : undefined
  return example === undefined ? '' : ` (for example \`${key}: ${flowYaml(example)}\`)`
}

/** A value as YAML flow text: `{mau: 300M, dau: 50%}`. */
export function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${k}: ${flowYaml(v)}`).join(', ')}}`
  return String(value)
}
