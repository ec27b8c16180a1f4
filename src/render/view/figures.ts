import type {EstimateReport} from '../../analysis/estimate-report.js'
import {md} from '../../spec/sinks/markdown.js'
import {FIGURE_TABLES, figureCell, figureRows} from '../figure-tables.js'
import type {Numbers} from './numbers.js'

/** One of the optional tables of figures (counts, fill, quota, key space, servers, prices), formatted; the total row in bold. */
export interface FigureTableView {
  readonly title: string
  /** What a row is: `workload`, or `component` for the tables of sizing from latency. */
  readonly rowHeader: string
  readonly headers: readonly string[]
  readonly rows: readonly {readonly workload: string; readonly cells: readonly string[]}[]
}

/** The tables the report has figures for, in the order render/figure-tables.ts gives them. */
export function figuresView(report: EstimateReport, n: Numbers): FigureTableView[] {
  const views: FigureTableView[] = []
  for (const table of FIGURE_TABLES) {
    const rows = figureRows(report, table)
    if (rows.length === 0) continue
    views.push({
      title: table.title,
      rowHeader: table.byComponent ? 'component' : 'workload',
      headers: table.columns.map((c) => c.header),
      rows: rows.map((row) => {
        const cells = row.cells.map((node, i) => figureCell(report, table.columns[i]!, node, (m) => n.node(m ?? undefined)))
        return row.workload === null ? {workload: '**total**', cells: cells.map((c) => `**${c}**`)} : {workload: md(row.workload), cells}
      }),
    })
  }
  return views
}
