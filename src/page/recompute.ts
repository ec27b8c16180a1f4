/**
 * The live page's recomputation, without the DOM: the edited spec text
 * analysed by the same pipeline the CLI runs, over the inputs the report was
 * made from (the overlay and configuration as they were), laid out by the
 * same templates and turned into the same HTML. An invalid spec gives the
 * CLI's own words: every problem located in the edited text, and the count.
 */
import {createAnalyser} from '../analysis/analyser.js'
import {replayReader} from '../analysis/recorded-inputs.js'
import type {Report} from '../analysis/report.js'
import {htmlBody} from '../render/html.js'
import type {LiveData} from '../render/html-live.js'
import {renderMarkdown} from '../render/markdown.js'
import {buildView} from '../render/view/index.js'
import {type Diagnostic, formatDiagnostic, SpecError} from '../spec/diagnostic.js'

export type Recomputed =
  | {readonly ok: true; readonly report: Report; readonly title: string; readonly body: string}
  | {readonly ok: false; readonly problems: string; readonly diagnostics: readonly Diagnostic[]}

/** The spec the page edits: the recorded input the request names. */
export function specInput(data: LiveData): {readonly name: string; readonly file: string; readonly text: string} {
  const spec = data.analysis.inputs.find((i) => i.role === 'spec')
  if (spec === undefined) throw new Error('the page holds no spec')
  return spec
}

/** The whole Report again, from `specText` in place of the file's. */
export async function recompute(data: LiveData, specText: string): Promise<Recomputed> {
  try {
    const report = await createAnalyser({read: replayReader(data.analysis, specText)}).analyse(data.analysis.request)
    const {title, body} = htmlBody(await renderMarkdown(buildView(report)), report.metrics)
    return {ok: true, report, title, body}
  } catch (e) {
    if (e instanceof SpecError) return {ok: false, problems: problemsText(e.diagnostics), diagnostics: e.diagnostics}
    throw e
  }
}

/** As the CLI prints problems on stderr: each located, with its hint, then how many. */
export function problemsText(diagnostics: readonly Diagnostic[]): string {
  const count = diagnostics.length
  return `${diagnostics.map(formatDiagnostic).join('\n')}\nsizeup: ${count} problem${count === 1 ? '' : 's'} found`
}
