/**
 * The words an engineer writes for how stale aggregated results may be
 * (`analytics.freshness`), as the seconds the decisions compare: results "as
 * the events arrive" (`real-time`, 0 s), a scheduled job's every hour
 * (`hourly`) or day (`daily`), and "do not need to be realtime" (`batch`): a
 * job over the stored events, which the published batch designs run nightly,
 * so up to a day old.
 */
export const FRESHNESS_WORDS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, {
    'real-time': 0,
    hourly: 3600,
    daily: 86_400,
    batch: 86_400,
  }),
)
