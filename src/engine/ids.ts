/**
 * Metric ids, as types. System-wide metrics have short ids (`qps.write.peak`,
 * `storage.total`) so budgets and `explain` can name them; a workload's own
 * metrics carry its name (`workload.posts.qps.write.peak`). Inputs are
 * `input.<spec path>`, conventions `convention.<name>`, and the calendar
 * lengths derived from them `calendar.<name>`.
 *
 * Every id the engine makes is one of these types, so an id misspelt in code
 * (`qps.wirte.peak`) does not compile. Ids typed by a person at run time
 * (`sizeup explain <metric>`, budgets, `--fail-on`) stay strings, checked
 * against the estimate they name.
 */

type Level = 'avg' | 'peak'
type RequestKind = 'read' | 'write' | 'total'
type Direction = 'ingress' | 'egress'

/** Derived in every scope, for every spec. */
type ScopeAlwaysSuffix =
  | `requests.${RequestKind}.${'perDay' | 'perMonth'}`
  | `qps.${RequestKind}.${Level}`
  | `storage.${'perDay' | 'perMonth' | 'perYear' | 'total'}`
  /** New data per second (B/s), and per minute and per hour (B). */
  | `storage.${'perSecond' | 'perMinute' | 'perHour'}`
  | `storage.text.${'perDay' | 'total'}`
  /** End of year N of the horizon (1 ≤ N ≤ horizonYears). */
  | `storage.year.${number}`
  | `bandwidth.${Direction}.${Level}`
  | `bandwidth.${Direction}.text.${Level}`
  | 'capacity.qps'

/**
 * Derived in a scope only when the spec describes what they measure: the
 * read:write ratio when there are writes, media figures when a workload has
 * media, the cache when it has reads, concurrency when it states a latency.
 */
export type ScopeConditionalSuffix =
  | 'ratio.readWrite'
  | `storage.media.${'perDay' | 'total'}`
  | `bandwidth.${Direction}.media.${Level}`
  | `cache.${'hotBytes' | 'provisionedBytes'}`
  | 'concurrency.peak'
  /** Deliveries to followers (writes × average followers), when a workload writes and states a fan-out. */
  | `fanout.deliveries.${'perDay' | 'perMonth' | Level}`
  /** Records written and held, when a workload writes or holds records; media objects, when it has media. */
  | `records.${'perDay' | 'perMonth' | 'perYear' | 'held'}`
  | `media.objects.${'perDay' | 'held'}`
  /** Media objects under 1 MB held, when a workload states `media.smallShare`. */
  | 'media.objects.small.held'
  /** The average within `traffic.activeWindow`, when the spec states one. */
  | `qps.${RequestKind}.windowAvg`
  /** Storage provisioned at a stated fill (`conventions.storageFill` or a workload's `storageFill`). */
  | 'storage.provisioned'
  /** Servers from a stated capacity per server (`perServer`): by each resource, and the count (the largest). */
  | `servers.${'byStorage' | 'byMemory' | 'byThroughput' | 'count'}`
  /** Cost at prices the spec states (`prices`), per day and per month. */
  | `spend.${'egress' | 'storage' | 'requests'}.${'perDay' | 'perMonth'}`
  | `spend.${'perDay' | 'perMonth'}`
  /** Space allocated by a per-user quota (`quota`), the space its records and media use, and the share in use. */
  | `quota.${'allocatedBytes' | 'usedBytes' | 'usedShare'}`
  /** Pushes delivered to connected clients, when a workload states `push`. */
  | `push.deliveries.${Level}`

/** What both the system and each workload have, after their scope prefix. */
export type ScopeSuffix = ScopeAlwaysSuffix | ScopeConditionalSuffix

/** A workload's own figures, which have no system-wide sum. */
type WorkloadOnlyAlwaysSuffix = 'storage.recordBytes' | 'storage.retentionDays'
/**
 * Only for a workload that states records already stored; that has a fill
 * (its own or the convention's); that states a key space; with reads that
 * holds data of a stated size (the bound of its cache's hot set).
 */
type WorkloadOnlyConditionalSuffix =
  | 'storage.text.existing'
  | 'storage.fill'
  | `keys.${'possible' | 'usedShare' | 'minLength'}`
  | 'cache.dataHeldBytes'
  /** With `lookups`: the records looked up by key at peak (engine/lookups.ts). */
  | 'lookups.peak'
  /** With `rollups`: each tier's points a day, days kept and bytes kept (tiers numbered from 1), and their sum. */
  | `rollups.${number}.${'pointsPerDay' | 'retentionDays' | 'total'}`
  | 'rollups.total'
  /** With `media.cdnHitRatio`: the media reads and egress the origin serves at peak (the CDN's misses), and the CDN's own egress. */
  | `cdn.${'originReads' | 'originEgress' | 'edgeEgress'}.peak`

export type WorkloadSuffix = ScopeSuffix | WorkloadOnlyAlwaysSuffix | WorkloadOnlyConditionalSuffix

export type SystemScope = ''
export type WorkloadScope = `workload.${string}.`
export type Scope = SystemScope | WorkloadScope

export type WorkloadMetricId<S extends WorkloadSuffix = WorkloadSuffix> = `workload.${string}.${S}`

/** A metric that both scopes have: the system's (`qps.write.peak`) or a workload's (`workload.posts.qps.write.peak`). */
export type ScopeMetricId<S extends ScopeSuffix = ScopeSuffix> = `${Scope}${S}`

export type ConventionName = 'secondsPerDay' | 'secondsPerMonth' | 'daysPerYear' | 'secondsPerQuarter' | 'targetUtilization' | 'cacheHotShare' | 'storageFill'
export type ConventionId = `convention.${ConventionName}`
export type CalendarId = `calendar.${'daysPerMonth' | 'secondsPerYear'}`

export type InputId = `input.${string}`

export type DowntimePeriod = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year'
/** Where an availability comes from: the SLO the spec states, or the composite of its components. */
export type AvailabilitySource = 'slo' | 'composite'
export type DowntimeId = `availability.${AvailabilitySource}.downtime.${DowntimePeriod}`

/**
 * The composite availability of the component tree and of each node in it, by
 * position (`availability.composite.2.1` is the first child of the second
 * child). A template type cannot say "digits and dots" to any depth, so below
 * the first level the position is open; componentId() is the one maker.
 */
export type CompositeId = 'availability.composite' | `availability.composite.${number}` | `availability.composite.${number}.${string}`

/** Derived only with an availability SLO (downtime, error budget) or with components (composite). */
/** Failed requests the SLO allows per period: `availability.errorBudget.requestsPerMonth` … */
export type ErrorBudgetId = `availability.errorBudget.requestsPer${Capitalize<DowntimePeriod>}`
/** The multi-window, multi-burn-rate alerts of the SRE Workbook (ch. 5, Table 5-8), by name. */
export type BurnRateAlertName = 'fast' | 'slow' | 'ticket'
/**
 * Derived with an availability SLO: the SLO window in days, and per alert its
 * burn-rate threshold, the error rate it implies and the time a burn at that
 * rate takes to spend the whole budget.
 */
export type BurnRateId = 'availability.slo.windowDays' | `availability.burnRate.${BurnRateAlertName}.${'threshold' | 'errorRate' | 'exhaustion'}`
/**
 * The error budget split along the request path (engine/budget-split.ts), by
 * the position of each link in the component tree (`0` when the root is the
 * one link): its share of the path's unavailability, with an SLO the share of
 * the SLO's budget it spends alone and its allowed downtime per SLO window; and
 * the weak link's share.
 */
export type BudgetSplitId = 'availability.split.weakLink' | `availability.split.${string}.${'unavailabilityShare' | 'budgetShare' | 'downtime'}`
export type AvailabilityId = DowntimeId | ErrorBudgetId | CompositeId | BurnRateId | BudgetSplitId

/**
 * With `connections` and a pushed workload: the pushes one connection receives
 * a minute; without a figure for the connections, the pushes one daily user does.
 */
export type ConnectionId = 'push.perConnection.perMinute' | 'push.perUser.perMinute'

/**
 * A component's figures from its latency (engine/latency.ts), named after the
 * component: its queue (M/M/c at the instances needed), its p99 budget and the
 * share of the SLO's p99 it takes, its fan-out tail.
 */
export type ComponentSuffix =
  | 'arrivalRate'
  | 'offeredLoad'
  | 'instances.needed'
  | 'utilisation'
  | 'waitProbability'
  | 'meanWait'
  | 'responseTime.p99'
  | 'responseTime.p99.serviceOnly'
  | 'staffing.beta'
  | 'latency.budget'
  | 'latency.share'
  | 'fanout.backendQuantile'
  | 'fanout.slowChance'
export type ComponentMetricId = `component.${string}.${ComponentSuffix}`
/** The p99 budgets along the request path (series summed, the slowest branch of a parallel group). */
export type LatencyPathId = 'latency.budget.path'

export function componentMetricId<S extends ComponentSuffix>(name: string, suffix: S): `component.${string}.${S}` {
  return `component.${name}.${suffix}`
}

/**
 * What the scaling plan derives on top of the estimate (plan/plan-metrics.ts),
 * in report --json and the appendix beside the estimate's metrics: the figures
 * it reads from the knowledge (`figure.<technology>.<figure>`), Kafka's
 * partitions, brokers, network and disk, and each throughput-bound tier's
 * count that survives the loss of a zone (`zoneLoss.<component>.<role>.…`).
 */
export type FigureId = `figure.${string}`
export type KafkaSuffix = 'partitions.byProducer' | 'partitions.byConsumer' | 'partitions.byParallelism' | 'partitions' | 'brokers.byBytes' | 'brokers.byPartitions' | 'brokers' | 'broker.networkIn' | 'broker.networkOut' | 'disk'
/** System-wide (`kafka.partitions`), or a workload's own log (`workload.<name>.kafka.partitions`). */
export type KafkaMetricId = `kafka.${KafkaSuffix}` | `workload.${string}.kafka.${KafkaSuffix}`
export type ZoneLossId = `zoneLoss.${string}.${'peakCount' | 'perZone' | 'nodes'}`
export type PlanMetricId = FigureId | KafkaMetricId | ZoneLossId

export type SystemMetricId = ScopeSuffix | 'traffic.peakFactor' | AvailabilityId | LatencyPathId | ConnectionId | PlanMetricId

/**
 * The per-technology models (plan/models/), derived after the decisions for
 * the technology a decision chose: `tech.<technology>.<figure>` for a
 * published figure the model rests on (`tech.redis.perKeyOverhead`), and
 * `tech.<technology>.<workload>.<figure>` for a workload's
 * (`tech.redis.posts.shards`).
 */
export type TechnologyModel = 'redis' | 'postgresql' | 's3' | 'cassandra'
export type TechMetricId = `tech.${TechnologyModel}.${string}`

/** Every id the engine makes. */
export type MetricId = SystemMetricId | WorkloadMetricId | ComponentMetricId | TechMetricId | InputId | ConventionId | CalendarId

/**
 * The ids the engine derives only for some specs. Only these may be read as
 * optional (`optionalMetric`); every other metric exists in every estimate,
 * and a reader that finds one missing has found a bug in sizeup. Inputs are
 * all here: most spec fields are optional.
 */
export type ConditionalMetricId =
  | ScopeConditionalSuffix
  | WorkloadMetricId<ScopeConditionalSuffix | WorkloadOnlyConditionalSuffix>
  | AvailabilityId
  | ConnectionId
  | ComponentMetricId
  | LatencyPathId
  | PlanMetricId
  | TechMetricId
  | InputId

export const SYSTEM: SystemScope = ''

export function workloadScope(name: string): WorkloadScope {
  return `workload.${name}.`
}

/** The id of a metric both scopes have, in one scope. */
export function metricId<S extends ScopeSuffix>(scope: Scope, suffix: S): ScopeMetricId<S> {
  return `${scope}${suffix}`
}

/** The id of a workload's own metric: `workload.<name>.<suffix>`. */
export function workloadMetricId<S extends WorkloadSuffix>(name: string, suffix: S): WorkloadMetricId<S> {
  return `workload.${name}.${suffix}`
}

/** The node of a spec value: `input.<spec path>`. */
export function inputId(path: string): InputId {
  return `input.${path}`
}

export function errorBudgetId(period: DowntimePeriod): ErrorBudgetId {
  return `availability.errorBudget.requestsPer${(period.charAt(0).toUpperCase() + period.slice(1)) as Capitalize<DowntimePeriod>}`
}

export function downtimeId(source: AvailabilitySource, period: DowntimePeriod): DowntimeId {
  return `availability.${source}.downtime.${period}`
}

/** The position of a component under its parent in the tree: `availability.composite.2` → `availability.composite.2.1`. */
export function componentId(parent: CompositeId, position: number): CompositeId {
  return `${parent}.${position}`
}
