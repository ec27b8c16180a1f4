import {writeFileSync} from 'node:fs'
import type {DesignReport} from '../../src/analysis/report.js'
import {reportOfFile} from '../helpers/analysis.js'

/**
 * A spec whose every piece of free text tries to break out of where it lands:
 * table pipes, backticks, HTML, line breaks that would start headings, and
 * workload names that are Mermaid keywords.
 */
export const HOSTILE_SPEC = `name: "Evil | \`sys\` <script>alert(1)</script>\\n# end"
description: "Line one\\n## not a heading | with \`ticks\` and <b>bold</b> %% [link](javascript:alert(1))"
users: {mau: 1M, dau: 100K}
slo: {availability: 99.9%}
workloads:
  end:
    description: "a | b \`c\` <script>x</script>\\n## heading"
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    media: {writeShare: 10%, size: 1 MB, readShare: 1%}
    access: timeline
  subgraph:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 100}
    recordSize: 100 B
  click: {records: 1M, recordSize: 1 KB, access: point}
  style: {records: 1M, recordSize: 1 KB}
  classDef: {records: 1M, recordSize: 1 KB}
  graph: {records: 1M, recordSize: 1 KB, access: traversal}
components:
  - {name: "lb | <script>", availability: 99.99%, instances: 2}
  - {name: "app\\"] --> x; %%{init: {}}%% \`tick\`", availability: 99.9%, instances: 3, required: 2}
`

/** Technology names an org overlay could bring: every character Mermaid and Markdown treat specially. */
export const HOSTILE_TECHNOLOGY = 'Evil"] --> n1; click n1 "javascript:alert(1)" %%{init: {}}%% end\nsubgraph x [a](b) {c} <script> | `t` & #35;'

export async function hostileReport(dir: string): Promise<DesignReport> {
  const file = `${dir}/hostile.yaml`
  writeFileSync(file, HOSTILE_SPEC)
  return reportOfFile(file)
}

/** The same report with every chosen product renamed to the hostile technology, in the choice and in what each flip point would choose instead. */
export function withHostileTechnology(report: DesignReport): DesignReport {
  const rename = <T extends {readonly technology: string | null}>(o: T): T => ({...o, technology: o.technology === null ? null : HOSTILE_TECHNOLOGY})
  return {
    ...report,
    decisions: report.decisions.map((d) => ({
      ...d,
      choice: rename(d.choice),
      flipPoints: d.flipPoints.map((p) => ({...p, flips: p.flips.map((f) => ({...f, becomes: f.becomes && rename(f.becomes)}))})),
    })),
  }
}

/** Every ```mermaid block of a Markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)
}
