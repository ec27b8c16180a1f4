/**
 * What makes the HTML page live: the inputs the report was made from, as
 * data the page's script reads (never run: `type="application/json"`), and
 * the styles of the panel the script builds. The script itself
 * (src/page/main.ts) is bundled at build into dist/vendor/sizeup-live.js and
 * inlined by renderHtml; without scripts the page is the static document.
 */
import type {RecordedAnalysis, RecordedInput} from '../analysis/recorded-inputs.js'
import type {Report} from '../analysis/report.js'
import {htmlScriptJson} from '../spec/sinks/html.js'

/** The id of the data block the page's script reads. */
export const LIVE_DATA_ID = 'sizeup-inputs'

/** A convention the spec leaves at its default, as the Report lists it: where it would be stated, and what it is. */
export interface DefaultConvention {
  readonly path: string
  readonly display: string
}

/** What the page's data block holds. */
export interface LiveData {
  /** The request and the texts the report was made from. */
  readonly analysis: RecordedAnalysis
  /** The conventions at their defaults, editable in the page too. */
  readonly defaults: readonly DefaultConvention[]
}

export interface LivePage {
  /** The page's script (dist/vendor/sizeup-live.js). */
  readonly script: string
  readonly data: LiveData
}

/** The conventions of a Report that its spec does not state. */
export function defaultConventions(conventions: readonly {readonly source: string; readonly path: string; readonly display: string}[]): DefaultConvention[] {
  return conventions.filter((c) => c.source === 'default').map((c) => ({path: c.path, display: c.display}))
}

/** The live page of a Report: its script, the request and inputs it was made from, and the conventions left at their defaults. */
export function livePage(report: Report, request: RecordedAnalysis['request'], inputs: readonly RecordedInput[], script: string): LivePage {
  return {script, data: {analysis: {request, inputs}, defaults: defaultConventions(report.conventions)}}
}

/** The inputs as a data block: JSON escaped for a script element (htmlScriptJson). */
export function liveData(live: LivePage): string {
  return `<script type="application/json" id="${LIVE_DATA_ID}">${htmlScriptJson(live.data)}</script>\n`
}

export const LIVE_STYLE = `
aside.live { max-width: 1100px; margin: 0 auto; padding: 12px 32px 0; }
aside.live > details { background: var(--bg-alt); border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; }
aside.live summary { cursor: pointer; font-weight: 600; }
aside.live .live-inputs { display: grid; grid-template-columns: minmax(10em, max-content) minmax(8em, 1fr); gap: 4px 12px; margin: .8em 0; max-height: 50vh; overflow-y: auto; }
aside.live label { font: 0.85em ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; align-self: center; }
aside.live input { font: inherit; padding: 2px 6px; border: 1px solid var(--line); border-radius: 4px; min-width: 0; }
aside.live input.edited { border-color: #0969da; background: #ddf4ff; }
aside.live h3 { grid-column: 1 / -1; margin: .6em 0 0; font-size: 1em; }
aside.live .live-actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
aside.live pre.sizeup-error { white-space: pre-wrap; background: #ffebe9; font-weight: normal; }
@media print { aside.live { display: none; } }
`
