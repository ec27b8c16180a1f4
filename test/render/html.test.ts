import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {findingsMarkdown, renderHtml} from '../../src/render/html.js'
import type {Finding} from '../../src/review/types.js'

// The HTML page in-process: what its policy allows and what the Markdown can
// put in it. test/browser/hostile-html.test.ts opens hostile pages in Chromium.

const MERMAID = 'window.mermaid = {initialize() {}, render() {}} // "</script><!-- inside'
const page = (markdown: string): string => renderHtml(markdown, MERMAID)

/** The text of each inline script of the page, as the browser hashes it. */
const scripts = (html: string): string[] => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
const policy = (html: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!

describe('the policy of the page', () => {
  it('hashes a script as the browser reads it: CR LF and CR become LF and NUL U+FFFD, written so', () => {
    const html = renderHtml('# A design\n', 'var a = 1\r\nvar b = 2\rvar c = "\0"')
    const [mermaid] = scripts(html)
    // What an HTML parser gives the script element (its data state), and so what a browser hashes.
    expect(mermaid).toBe('var a = 1\nvar b = 2\nvar c = "\uFFFD"')
    expect(html).not.toMatch(/[\r\0]/)
    expect(policy(html)).toContain(`'sha256-${createHash('sha256').update(mermaid!, 'utf8').digest('base64')}'`)
  })

  it('allows exactly its own two scripts, by hash: no inline script, handler or eval of anyone else', () => {
    const html = page('# A design\n')
    const csp = policy(html)
    const own = scripts(html)
    expect(own).toHaveLength(2)
    const hashes = own.map((js) => `'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`)
    expect(csp).toContain(`script-src ${hashes.join(' ')};`)
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;[^;]*script|script-src[^;]*unsafe/)
    expect(csp).toMatch(/default-src 'none'/)
    expect(csp).toMatch(/base-uri 'none'/)
    expect(csp).toMatch(/form-action 'none'/)
    // The same input gives the same page.
    expect(page('# A design\n')).toBe(html)
  })
})

describe('what the Markdown can put in the page', () => {
  it('raw HTML (only a user template writes any) is text, not markup', () => {
    const html = page('# T\n\n<img src=x onerror="document.title=1">\n\ntext <script>alert(1)</script> and <meta http-equiv="refresh" content="0;url=javascript:alert(1)">\n\n<iframe srcdoc="<script>alert(1)</script>"></iframe>\n')
    const body = html.slice(html.indexOf('<main>'), html.indexOf('</main>'))
    expect(body).not.toMatch(/<(img|script|meta|iframe)/i)
    expect(body).toContain('&lt;img src=x onerror=&quot;document.title=1&quot;&gt;')
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('links go to the web, e-mail or within the page; any other scheme leaves its text only', () => {
    const body = page('# T\n\n[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](data:text/html,x) [e](vbscript:x) <javascript:alert(1)> [ok](https://example.com/) [top](#t)\n')
    expect(body).not.toMatch(/href="(?!https:|#)/i)
    expect(body).toContain('<a href="https://example.com/">ok</a>')
    expect(body).toContain('<a href="#t">top</a>')
  })

  it('the title is the first heading, escaped once', () => {
    expect(page('# A&lt;B &amp; C&gt;D: design document\n')).toContain('<title>A&lt;B &amp; C&gt;D: design document</title>')
    expect(page('# Evil \\| \\`sys\\` &lt;script&gt;\n')).toContain('<title>Evil | `sys` &lt;script&gt;</title>')
    expect(page('no heading\n')).toContain('<title>Design document</title>')
    // renderHtml is a library function too: Markdown from elsewhere brings its own control characters.
    expect(page('# a\u001b]0;x\u0007b\n')).toContain('<title>a\\u001b]0;x\\u0007b</title>')
  })

  it('no line of the body starts a workflow command', () => {
    const html = page('# T\n\nfirst line\n::error::from a template\n')
    expect(html).not.toMatch(/^\s*::/m)
    expect(html).toContain('&#58;:error::from a template')
  })
})

describe('the findings table', () => {
  const finding = (message: string, hint: string): Finding => ({ruleId: 'single-point-of-failure', severity: 'error', message, hint, file: 'a.yaml', line: 3, column: 5, path: 'components', metrics: [], suppressed: null}) as Finding

  it('escapes messages as the document does: a backtick cannot end a code span, HTML stays text', () => {
    const markdown = findingsMarkdown([finding('`x` <img src=x onerror=alert(1)>` | y', 'fix <b>it</b>\n::error::z')])
    const row = markdown.split('\n').find((l) => l.includes('single-point-of-failure'))!
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7)
    const body = page(`# T\n\n${markdown}`)
    expect(body).not.toMatch(/<img|<b>/)
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
