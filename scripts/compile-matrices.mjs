// Reads data/matrices/*.yaml, validates each against the matrix schema and
// for references that cannot resolve, and returns them in a stable order
// (data/matrices/order.txt, then by file name).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv'
import {LineCounter, parseDocument} from 'yaml'

export function compileMatrices(root, schema) {
  const dir = join(root, 'data/matrices')
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'))
  const orderFile = join(dir, 'order.txt')
  const order = existsSync(orderFile) ? readFileSync(orderFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : []
  const rank = (f) => (order.includes(f.replace(/\.yaml$/, '')) ? order.indexOf(f.replace(/\.yaml$/, '')) : order.length)
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'))
  const validate = new Ajv({allErrors: true, allowUnionTypes: true}).compile(schema)
  const problems = []
  const matrices = files.map((file) => {
    const rel = `data/matrices/${file}`
    const lines = new LineCounter()
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'), {lineCounter: lines, uniqueKeys: true})
    for (const e of doc.errors) problems.push(`${rel}: ${e.message}`)
    const data = doc.toJS()
    if (!validate(data)) {
      for (const e of validate.errors) {
        const node = doc.getIn(e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true)
        const pos = node?.range ? lines.linePos(node.range[0]) : {line: 1, col: 1}
        problems.push(`${rel}:${pos.line}:${pos.col}: ${e.instancePath || '/'} ${e.message}`)
      }
      return data
    }
    problems.push(...crossCheck(rel, data))
    return data
  })
  if (problems.length) throw new Error(`invalid decision matrices:\n${problems.join('\n')}`)
  return matrices
}

/** Ids that the schema cannot check: options named in scores and defaults, thresholds named in conditions and reasons. */
function crossCheck(rel, m) {
  const problems = []
  const options = new Set(m.options.map((o) => o.id))
  const thresholds = new Set(Object.keys(m.thresholds))
  if (!options.has(m.default)) problems.push(`${rel}: default \`${m.default}\` is not an option`)
  const seen = new Set()
  for (const c of m.criteria) {
    if (seen.has(c.id)) problems.push(`${rel}: criterion \`${c.id}\` appears twice`)
    seen.add(c.id)
    for (const o of Object.keys(c.scores)) if (!options.has(o)) problems.push(`${rel}: criterion \`${c.id}\` scores unknown option \`${o}\``)
    for (const t of limits(c.when)) if (typeof t === 'string' && !thresholds.has(t)) problems.push(`${rel}: criterion \`${c.id}\` compares with unknown threshold \`${t}\``)
  }
  for (const t of limits(m.appliesWhen ?? {all: []})) if (typeof t === 'string' && !thresholds.has(t)) problems.push(`${rel}: appliesWhen compares with unknown threshold \`${t}\``)
  return problems
}

function limits(c) {
  if (c.all) return c.all.flatMap(limits)
  if (c.any) return c.any.flatMap(limits)
  if (c.not) return limits(c.not)
  return [c.above, c.atLeast, c.below].filter((x) => x !== undefined)
}
