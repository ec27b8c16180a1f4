import {expect} from 'vitest'
import {MetricTable} from '../../src/engine/metric-table.js'

/**
 * Two metric tables are equal when they hold the same nodes in the same
 * order, whatever their storage: a compiled estimate's table is the trace's
 * layout with its own values, a full derivation's is a layout of its own
 * (src/engine/metric-table.ts), and the agreement tests hold the two equal.
 */
expect.addEqualityTesters([
  function metricTables(a: unknown, b: unknown, customTesters) {
    const tableA = a instanceof MetricTable
    const tableB = b instanceof MetricTable
    if (!tableA && !tableB) return undefined
    if (!tableA || !tableB) return false
    return this.equals(a.ids(), b.ids()) && this.equals(a.nodes(), b.nodes(), customTesters, true)
  },
])
