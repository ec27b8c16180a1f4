/**
 * Base units of every number the engine produces. Values are stored in these
 * units; renderers choose a human scale (3.47 K/s, 55.2 PB, 52m 34s).
 */
export type Unit =
  | 'users' // people
  | 'req' // requests (reads or writes)
  | 'req/s'
  | 'B' // bytes
  | 'B/s'
  | 's' // seconds
  | 'days'
  | 'years'
  | 'ratio' // a plain fraction, 0.1 = 10 %
  | 'x' // a multiplier: peak factor, replication, read:write ratio
  | 'count' // instances, requests in flight
