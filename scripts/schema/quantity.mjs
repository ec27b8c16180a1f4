// The quantity layer's fragments: the base units every number is stored in.
import {typed} from './typed.mjs'

const UNITS = ['users', 'req', 'req/s', 'B', 'B/s', 's', 'days', 'years', 'ratio', 'x', 'count']

/** Documents the TypeScript type only: the published schemas give units no description. */
const UNIT_DOC =
  'Base units of every number the engine produces; renderers choose a human scale (3.47 K/s, 55.2 PB). `users`: people; `req`: requests (reads or writes); `B`: bytes; `s`: seconds; `ratio`: a plain fraction (0.1 = 10 %); `x`: a multiplier (peak factor, replication, read:write ratio); `count`: instances, requests in flight.'

export const unit = typed('quantity', 'Unit', {type: 'string', enum: UNITS}, {doc: UNIT_DOC})

/** A metric's unit where the monthly cost is a metric too: the base units and US dollars. */
export const metricUnit = (description) => typed('quantity', 'MetricUnit', {type: 'string', enum: [...UNITS, 'USD'], ...(description ? {description} : {})}, {doc: 'A base unit, or US dollars for an amount of money (the monthly cost).'})
