import {renderMarkdown, type TemplateOverride} from '../render/markdown.js'
import {buildView} from '../render/view/index.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {refuseInputAsOutput, writeFileAtomic} from './atomic-write.js'
import {analyse} from './design-pipeline.js'
import {splitScenario} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {readTemplateDir} from './template-dir.js'

export interface ReportOptions {
  readonly file: string
  /** Write here (atomically) instead of stdout. */
  readonly output: string | undefined
  readonly templateDir: string | undefined
  readonly json: boolean
  readonly overlay: string | undefined
  /** markdown (default) or html: one self-contained page with the diagrams drawn. */
  readonly format?: 'markdown' | 'html'
  /** Mermaid's browser bundle, for html (the build copies it to dist/vendor/). */
  readonly mermaidFile?: string
}

/** `sizeup report`: spec in, Markdown design document (or the DesignReport as JSON) out. */
export function runReport(options: ReportOptions): Promise<Outcome> {
  return withDiagnostics(async () => {
    // Spec and templates are both inputs: report the problems of both at once.
    const [design, templates] = await Promise.allSettled([
      analyse(options.file, options.overlay),
      options.templateDir === undefined || options.json ? Promise.resolve([] as TemplateOverride[]) : readTemplateDir(options.templateDir),
    ])
    if (design.status === 'rejected' || templates.status === 'rejected') throw inputProblems([design, templates])
    const {report, warnings} = design.value
    const analysis = design.value
    let text = options.json ? `${JSON.stringify(report, null, 2)}\n` : await renderMarkdown(buildView(report), templates.value)
    if (!options.json && options.format === 'html') {
      // Only now: marked and the 3 MB Mermaid bundle are for this format alone.
      const [{renderHtml, findingsMarkdown}, {readFile}, {review}] = await Promise.all([import('../render/html.js'), import('node:fs/promises'), import('../api.js')])
      text = renderHtml(`${text}\n${findingsMarkdown(review(analysis))}`, await readFile(options.mermaidFile ?? 'dist/vendor/mermaid.min.js', 'utf8'))
    }
    const stderr = warnings.map((w) => `${w}\n`).join('')
    if (options.output === undefined) return {stdout: text, stderr, exitCode: 0}
    await refuseInputAsOutput(options.output, [splitScenario(options.file).path, options.overlay], '-o')
    await writeFileAtomic(options.output, text)
    return {stdout: '', stderr, exitCode: 0}
  })
}

/** The diagnostics of every input that failed, as one error; anything but bad input is rethrown as is. */
function inputProblems(results: readonly PromiseSettledResult<unknown>[]): unknown {
  const problems: Diagnostic[] = []
  for (const r of results) {
    if (r.status === 'fulfilled') continue
    if (!(r.reason instanceof SpecError)) return r.reason
    problems.push(...r.reason.diagnostics)
  }
  return new SpecError(problems)
}
