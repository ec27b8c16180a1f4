import {json} from '../spec/sinks/json.js'

/** The starter specs `sizeup init` writes: a bundled example each, inlined at build. */
export interface Starter {
  readonly id: string
  readonly title: string
  /** The example it is made from, in the package (`examples/chat.yaml`). */
  readonly file: string
  readonly text: string
}

/** Where a spec written in a project finds the schema, for the editor line. */
export const SCHEMA_LINE = '# yaml-language-server: $schema=./node_modules/sizeup/specs/system.schema.json'

/**
 * A starter's text made into a user's spec: the editor line pointing at the
 * installed schema, a header saying where it came from and what to do next,
 * and the spec's name (when given) in place of the example's.
 */
export function starterSpec(starter: Starter, name: string | undefined): string {
  const lines = starter.text.split('\n')
  if (lines[0]?.startsWith('# yaml-language-server:')) lines.shift()
  const header = [
    SCHEMA_LINE,
    '#',
    `# Written by \`sizeup init --template ${starter.id}\` (${starter.title}): sizeup's`,
    `# ${starter.file}. Every figure is an assumption: replace each with your own and keep the`,
    '# comment saying where it came from. Then:',
    '#   sizeup estimate <this file>   the numbers, each with its formula',
    '#   sizeup check <this file>      the design review',
    '#   sizeup report <this file>     the design document',
  ]
  let body = lines.join('\n')
  if (name !== undefined && name.trim() !== '') body = body.replace(/^name: .*$/m, `name: ${json(name.trim())}`)
  return `${header.join('\n')}\n${body}`
}
