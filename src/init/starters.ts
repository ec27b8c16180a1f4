import {json} from '../spec/sinks/json.js'

/** The starter specs `sizeup init` writes: a bundled example each, inlined at build. */
export interface Starter {
  readonly id: string
  readonly title: string
  /** The example it is made from, in the package (`examples/chat.yaml`). */
  readonly file: string
  readonly text: string
}

/** Where a spec at a project's root finds the installed schema, for the editor line. */
export const SCHEMA_PATH = './node_modules/sizeup/specs/system.schema.json'

/**
 * A starter's text made into a user's spec: the editor line pointing at the
 * schema (`schemaPath`, relative to the spec's own folder, which is how the
 * YAML language server resolves it), a header saying where it came from and
 * what to do next (`cli`: how this user runs sizeup), and the spec's name
 * (when given) in place of the example's.
 */
export function starterSpec(starter: Starter, name: string | undefined, schemaPath = SCHEMA_PATH, cli = 'sizeup'): string {
  const lines = starter.text.split('\n')
  if (lines[0]?.startsWith('# yaml-language-server:')) lines.shift()
  const header = [
    `# yaml-language-server: $schema=${schemaPath}`,
    '#',
    `# Written by \`sizeup init --template ${starter.id}\` (${starter.title}): sizeup's`,
    `# ${starter.file}. Every figure is an assumption: replace each with your own and keep the`,
    '# comment saying where it came from. Then:',
    `#   ${cli} estimate <this file>   the numbers, each with its formula`,
    `#   ${cli} check <this file>      the design review`,
    `#   ${cli} report <this file>     the design document`,
  ]
  let body = lines.join('\n')
  if (name !== undefined && name.trim() !== '') body = body.replace(/^name: .*$/m, `name: ${json(name.trim())}`)
  return `${header.join('\n')}\n${body}`
}
