import type {Diagnostic} from './diagnostic.js'

/** The YAML version sizeup reads every input as. */
const READ_AS = '1.2'

/**
 * A `%YAML` directive asking for another version than 1.2. The YAML parser
 * honours `%YAML 1.1` over its own settings, and YAML 1.1 reads plain values
 * differently: `compression: 3:1` becomes 181 (base 60), `010` becomes 8
 * (octal), `yes` becomes true. sizeup's messages, examples and schema all
 * mean YAML 1.2, so the directive is refused where it is rather than obeyed
 * or ignored in silence. Directives come before the first `---`.
 */
export function versionDirective(text: string, file: string): Diagnostic | null {
  let offset = 0
  let line = 1
  while (offset < text.length) {
    const end = text.indexOf('\n', offset)
    const content = text.slice(offset, end < 0 ? text.length : end)
    if (/^---(?:\s|$)/.test(content)) return null
    const directive = /^%YAML[ \t]+([^\s#]+)/.exec(content)
    if (directive && directive[1] !== READ_AS) {
      return {
        file,
        line,
        column: 1,
        path: '',
        message: `\`%YAML ${directive[1]}\`: sizeup reads YAML ${READ_AS} only`,
        hint: 'remove the `%YAML` line: under YAML 1.1, `3:1` would read as 181 and `010` as 8',
      }
    }
    // Before `---` there are only directives, comments and blank lines; anything else is the document itself.
    if (!/^(?:%|#|\s*$)/.test(content)) return null
    if (end < 0) return null
    offset = end + 1
    line++
  }
  return null
}
