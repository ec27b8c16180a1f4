import type {Estimate} from '../../engine/estimate.js'
import {type MetricId, workloadMetricId} from '../../engine/ids.js'
import {Ledger} from '../../engine/ledger.js'
import type {Decision} from '../../matrices/types.js'
import type {SystemModel} from '../../spec/model.js'
import {type Capacities, findTechnology} from '../capacities.js'
import {TECHNOLOGY_MODELS} from '../generated/technology-models.js'
import {MEDIA_MATRICES} from '../plan.js'
import {cassandraModel} from './cassandra.js'
import type {ModelContext} from './context.js'
import type {TechnologyModels} from './figures.js'
import {postgresqlModel} from './postgresql.js'
import {redisModel} from './redis.js'
import {s3Model} from './s3.js'

export type {TechnologyModels} from './figures.js'

/** Matrices whose Redis holds a workload's hot set (a cache), which the Redis model sizes. */
const CACHE_MATRIX = 'cache'

/**
 * The per-technology models of the technologies the decisions chose, as
 * ledger metrics (`tech.<technology>.…`) added to the estimate's: Redis for a
 * cache, PostgreSQL and Cassandra for a workload's store, S3 for its objects
 * (or its media, where the media path puts them). Each workload's model is
 * derived once, in decision order; the figures are the catalog's
 * (data/capacities.yaml, with the overlay) and data/technology-models.yaml's.
 * The estimate is returned as is when no decision chose a modelled technology,
 * so the outputs of other specs do not change. Pure.
 */
export function withTechnologyModels(model: SystemModel, estimate: Estimate, decisions: readonly Decision[], capacities: Capacities, figures: TechnologyModels = TECHNOLOGY_MODELS): Estimate {
  const ledger = Ledger.extending(estimate.metrics)
  const before = estimate.metrics.size
  const done = new Set<string>()
  for (const d of decisions) {
    const technology = d.choice.technology
    if (technology === null || d.subject === null) continue
    const workload = model.workloads.find((w) => w.name === d.subject)
    const found = findTechnology(capacities, technology)
    if (!workload || !found) continue
    const which = modelOf(found.name, found.capacity.kind, d.matrix)
    if (which === null || done.has(`${which}:${workload.name}`)) continue
    done.add(`${which}:${workload.name}`)
    const ctx: ModelContext = {ledger, model, workload, technology: found.name, capacity: found.capacity, decision: d.id}
    if (which === 'redis') redisModel(ctx, figures.redis, pushedInto(decisions, estimate, workload.name))
    else if (which === 'postgresql') postgresqlModel(ctx, figures.postgresql)
    else if (which === 'cassandra') cassandraModel(ctx, figures.cassandra)
    else s3Model(ctx, MEDIA_MATRICES.has(d.matrix) ? 'media' : 'all')
  }
  const nodes = ledger.all()
  if (nodes.length === before) return estimate
  return {...estimate, metrics: estimate.metrics.with(nodes.slice(before))}
}

/**
 * The peak push fan-out deliveries a workload's cache takes: where the fan-out
 * decision pushes (push or hybrid), the timelines live in the cache (as the
 * plan places them, plan.ts pushTargets).
 */
function pushedInto(decisions: readonly Decision[], estimate: Estimate, workload: string): MetricId | null {
  const pushes = decisions.some((d) => d.matrix === 'fanout' && d.subject === workload && (d.choice.id === 'push' || d.choice.id === 'hybrid'))
  const id = workloadMetricId(workload, 'fanout.deliveries.peak')
  return pushes && estimate.metrics.has(id) ? id : null
}

function modelOf(name: string, kind: string, matrix: string): 'redis' | 'postgresql' | 'cassandra' | 's3' | null {
  if (name === 'Redis') return matrix === CACHE_MATRIX ? 'redis' : null
  if (name === 'PostgreSQL') return 'postgresql'
  if (name === 'Cassandra') return 'cassandra'
  if (kind === 'object-storage' && /\bS3\b/.test(name)) return 's3'
  return null
}
