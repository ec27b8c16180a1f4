import {describe, expect, it} from 'vitest'
import {guardCommands, keepLines, oneLine, visible} from '../../src/spec/sinks/controls.js'
import {escapeData, escapeProperty} from '../../src/spec/sinks/github.js'
import {html, htmlLines} from '../../src/spec/sinks/html.js'
import {json} from '../../src/spec/sinks/json.js'
import {code, markdownDocument, md, mdWithCode} from '../../src/spec/sinks/markdown.js'
import {mermaidLabel} from '../../src/spec/sinks/mermaid.js'
import {terminal, terminalLines} from '../../src/spec/sinks/terminal.js'
import {xmlAttr, xmlText} from '../../src/spec/sinks/xml.js'

// One escaping function per kind of output; these are their contracts on
// hostile text. test/hardening/output-sinks.test.ts runs every command and
// format over a hostile spec.

describe('control characters', () => {
  it('are shown as \\u escapes: C0, DEL, C1, separators and bidirectional controls', () => {
    expect(visible('\u001b')).toBe('\\u001b')
    expect(oneLine('a\u0000b\u001b[2Jc\u007fd\u009be\u2028f\u202eg\u2066h\u200fi')).toBe('a\\u0000b\\u001b[2Jc\\u007fd\\u009be\\u2028f\\u202eg\\u2066h\\u200fi')
  })

  it('on one line, line breaks (CR LF, LF, a bare CR) and tabs become a space', () => {
    expect(oneLine('one\r\ntwo\nthree\rfour\tfive')).toBe('one two three four five')
  })

  it('where lines are kept, CR LF becomes LF, tabs become spaces to the next 4 columns, the rest is shown', () => {
    expect(keepLines('a\r\n\tb\nab\tc\rd\u0085')).toBe('a\n    b\nab  c\\u000dd\\u0085')
  })

  it('no line starts a workflow command, even after the whitespace the runner trims', () => {
    const guarded = guardCommands('::error::x\n  ::stop-commands::t\n\u00a0##[error]y\nok ::warning::z\n:single\n#heading\n##no', (c) => `<${c}>`)
    expect(guarded).toBe('<:>:error::x\n  <:>:stop-commands::t\n\u00a0<#>#[error]y\nok ::warning::z\n:single\n#heading\n##no')
  })
})

describe('one function per sink', () => {
  const HOSTILE = 'x\u001b]0;title\u0007\r\n::error::y\u202e'

  it('terminal: one line, controls shown, no workflow command at its start', () => {
    expect(terminal(HOSTILE)).toBe('x\\u001b]0;title\\u0007 ::error::y\\u202e')
    expect(terminal('::add-mask::secret')).toBe('\\u003a:add-mask::secret')
    expect(terminal('\n ::error::x')).toBe('  \\u003a:error::x')
    expect(terminalLines('a\r\n::b\u0007')).toEqual(['a', '\\u003a:b\\u0007'])
  })

  it('Markdown: controls shown (the backslash escaped), a leading `::` escaped, a whole document guarded', () => {
    expect(md(HOSTILE)).toBe('x\\\\u001b\\]0;title\\\\u0007 ::error::y\\\\u202e')
    expect(md('::error::x')).toBe('\\::error::x')
    expect(md('##[error]x')).toBe('\\#\\#\\[error\\]x')
    expect(code('a\u0000`b')).toBe('``a\\u0000`b``')
    expect(markdownDocument('# t\r\n::error::x\n\tcode\u0000\n')).toBe('# t\n\\::error::x\n    code\\u0000\n')
    // A built-in document passes unchanged.
    expect(markdownDocument('# Social feed\n\n| a | b |\n| --- | --- |\n')).toBe('# Social feed\n\n| a | b |\n| --- | --- |\n')
  })

  it('Markdown with its own code spans (a finding message): spans kept, the rest escaped, however a name moves the backticks', () => {
    expect(mdWithCode('`posts` keeps 1.31 PB on `a|b` <here> * _x_')).toBe('`posts` keeps 1.31 PB on `a\\|b` &lt;here&gt; \\* \\_x\\_')
    // A name with a backtick ends the first span early; what follows is escaped text, not HTML.
    expect(mdWithCode('`x` <img src=x onerror=alert(1)>` is down')).toBe('`x` &lt;img src=x onerror=alert(1)&gt;\\` is down')
    expect(mdWithCode('``a`b`` and ` lone')).toBe('``a`b`` and \\` lone')
    expect(mdWithCode('::error::x `y`')).toBe('\\::error::x `y`')
  })

  it('Mermaid: controls shown, their backslash a Mermaid code', () => {
    expect(mermaidLabel('a\u001bb\nc')).toBe('a#92;u001bb c')
  })

  it('HTML: entities, controls shown, a leading `::` as a character reference', () => {
    expect(html(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;')
    expect(html('::error::x\u0000')).toBe('&#58;:error::x\\u0000')
    expect(htmlLines('a\n::b\n')).toBe('a\n&#58;:b\n')
  })

  it('GitHub: CR and LF percent-encoded as the runner decodes them, tabs a space, other controls shown', () => {
    expect(escapeData('50%\r\n\t\u001b[2J\u0085')).toBe('50%25%0D%0A \\u001b[2J\\u0085')
    expect(escapeProperty('a:b,c\u0000')).toBe('a%3Ab%2Cc\\u0000')
  })

  it('XML: entities, CR and tab as references, controls shown, no line starts a workflow command', () => {
    expect(xmlText('<a>&\r\n::error::x\t\u0001\u0085\uFFFF')).toBe('&lt;a&gt;&amp;&#13;\n&#58;:error::x&#9;\\u0001\\u0085\uFFFD')
    expect(xmlAttr('"\'\n')).toBe('&quot;&apos;&#10;')
  })

  it('JSON: what JSON.stringify leaves raw (DEL, C1, separators, bidi) is escaped too; the value reads back the same', () => {
    const value = {name: 'a\u0000\u007f\u0085\u2028\u202e\u2069b', n: 1}
    const text = json(value)
    expect(text).toBe('{\n  "name": "a\\u0000\\u007f\\u0085\\u2028\\u202e\\u2069b",\n  "n": 1\n}')
    expect(JSON.parse(text)).toEqual(value)
    expect(json({a: [1]}, 0)).toBe('{"a":[1]}')
  })
})
