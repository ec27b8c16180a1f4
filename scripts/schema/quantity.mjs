// The quantity layer's fragments: the base units every number is stored in.
import {typed} from './typed.mjs'

const UNITS = ['users', 'req', 'req/s', 'B', 'B/s', 's', 'days', 'years', 'ratio', 'x', 'count', 'USD', 'USD/B', 'USD/req']

/** Documents the TypeScript type only: the published schemas give units no description. */
const UNIT_DOC =
  'Base units of every number the engine produces; renderers choose a human scale (3.47 K/s, 55.2 PB). `users`: people; `req`: requests (reads or writes); `B`: bytes; `s`: seconds; `ratio`: a plain fraction (0.1 = 10 %); `x`: a multiplier (peak factor, replication, read:write ratio); `count`: instances, requests in flight; `USD`: US dollars; `USD/B`: dollars per byte (a price per size; storage, per byte a month); `USD/req`: dollars per request.'

export const unit = typed('quantity', 'Unit', {type: 'string', enum: UNITS}, {doc: UNIT_DOC})

/** A metric's unit where the monthly cost is a metric too: the base units and US dollars. */
export const metricUnit = (description) => typed('quantity', 'MetricUnit', {type: 'string', enum: UNITS, ...(description ? {description} : {})}, {doc: 'A base unit, US dollars among them (the monthly cost, the cost at stated prices).'})
