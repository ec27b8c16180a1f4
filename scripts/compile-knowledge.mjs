// Reads data/capacities.yaml and data/prices.yaml, validates them against
// their schemas and for what a schema cannot see (a figure of the wrong kind
// or unit, a required figure missing, a node class without a price), and
// returns plain data for the build to ship, so a run never parses YAML.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv'
import {LineCounter, parseDocument} from 'yaml'
import {capacityKinds} from './knowledge-schema.mjs'

function load(root, rel, schema, problems) {
  const lines = new LineCounter()
  const doc = parseDocument(readFileSync(join(root, rel), 'utf8'), {lineCounter: lines, uniqueKeys: true})
  for (const e of doc.errors) problems.push(`${rel}: ${e.message}`)
  const data = doc.toJS()
  const validate = new Ajv({allErrors: true, allowUnionTypes: true}).compile(schema)
  if (!validate(data)) {
    for (const e of validate.errors) {
      const node = doc.getIn(e.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')), true)
      const pos = node?.range ? lines.linePos(node.range[0]) : {line: 1, col: 1}
      problems.push(`${rel}:${pos.line}:${pos.col}: ${e.instancePath || '/'} ${e.message}`)
    }
    return null
  }
  return data
}

/** Both catalogs, checked against each other: every node class a capacity names has a price. */
export function compileKnowledge(root, schemas) {
  const problems = []
  const capacities = load(root, 'data/capacities.yaml', schemas.capacities, problems)
  const prices = load(root, 'data/prices.yaml', schemas.prices, problems)
  if (capacities && prices) {
    const names = new Map()
    for (const [tech, t] of Object.entries(capacities.technologies)) {
      for (const name of [tech, ...(t.aliases ?? [])]) {
        const lower = name.toLowerCase()
        if (names.has(lower)) problems.push(`data/capacities.yaml: the name \`${name}\` (${tech}) is already used by ${names.get(lower)}`)
        names.set(lower, tech)
      }
    }
    for (const [tech, t] of Object.entries(capacities.technologies)) {
      const kind = capacityKinds[t.kind]
      const where = `data/capacities.yaml: ${tech}`
      for (const [name, f] of Object.entries(t.figures)) {
        const spec = kind[name]
        if (!spec) problems.push(`${where}: \`${name}\` is not a figure of a ${t.kind} store (it has ${Object.keys(kind).join(', ')})`)
        else if (spec.unit !== f.unit) problems.push(`${where}: \`${name}\` is in ${spec.unit}, not ${f.unit}`)
        else if (f.unit !== 'count' && f.value <= 0) problems.push(`${where}: \`${name}\` must be above 0`)
      }
      if (t.gap === undefined) {
        for (const [name, spec] of Object.entries(kind)) if (spec.required && !t.figures[name]) problems.push(`${where}: a ${t.kind} store needs \`${name}\` (${spec.meaning}), or a \`gap\` saying why there is none`)
      }
      if (t.nodeClass !== null && !prices.prices[`compute.${t.nodeClass}`]) problems.push(`${where}: node class \`${t.nodeClass}\` has no \`compute.${t.nodeClass}\` price in data/prices.yaml`)
    }
  }
  if (problems.length) throw new Error(`invalid knowledge data:\n${problems.join('\n')}`)
  return {capacities: {kinds: capacityKinds, technologies: capacities.technologies}, prices}
}
