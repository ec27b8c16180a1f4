import {rule as availabilityUnverified} from './rules/availability-unverified.js'
import {rule as cacheClusterLimit} from './rules/cache-cluster-limit.js'
import {rule as cacheHotSetFit} from './rules/cache-hot-set-fit.js'
import {rule as consistencyStoreMismatch} from './rules/consistency-store-mismatch.js'
import {rule as decisionContradiction} from './rules/decision-contradiction.js'
import {rule as fanoutWithoutQueue} from './rules/fanout-without-queue.js'
import {rule as hotStorageUntiered} from './rules/hot-storage-untiered.js'
import {rule as keySpaceTooSmall} from './rules/key-space-too-small.js'
import {rule as leftOutOfTotals} from './rules/left-out-of-totals.js'
import {rule as latencyBudget} from './rules/latency-budget.js'
import {rule as latencyTargetsOutOfOrder} from './rules/latency-targets-out-of-order.js'
import {rule as latencySplitOverSlo} from './rules/latency-split-over-slo.js'
import {rule as queueInstancesShort} from './rules/queue-instances-short.js'
import {rule as queueBudgetBelowService} from './rules/queue-budget-below-service.js'
import {rule as fanoutTail} from './rules/fanout-tail.js'
import {rule as mediaEgressWithoutCdn} from './rules/media-egress-without-cdn.js'
import {rule as mediaInDatabase} from './rules/media-in-database.js'
import {rule as noSlo} from './rules/no-slo.js'
import {rule as pushFanoutCelebrities} from './rules/push-fanout-celebrities.js'
import {rule as readHeavyWithoutCache} from './rules/read-heavy-without-cache.js'
import {rule as readsWithoutData} from './rules/reads-without-data.js'
import {rule as relationalWriteCeiling} from './rules/relational-write-ceiling.js'
import {rule as techLimitExceeded} from './rules/tech-limit-exceeded.js'
import {rule as shardDataPerNode} from './rules/shard-data-per-node.js'
import {rule as shortRetention} from './rules/short-retention.js'
import {rule as singleFailureDomain} from './rules/single-failure-domain.js'
import {rule as singlePointOfFailure} from './rules/single-point-of-failure.js'
import {rule as componentOverBudget} from './rules/component-over-budget.js'
import {rule as sloUnreachable} from './rules/slo-unreachable.js'
import {rule as unboundedRetention} from './rules/unbounded-retention.js'
import {rule as unsizedRecords} from './rules/unsized-records.js'
import {rule as writeBehindDurability} from './rules/write-behind-durability.js'
import {rule as writeHeavyCacheAside} from './rules/write-heavy-cache-aside.js'
import {RULE_DATA} from './generated/rules-data.js'
import type {Rule, RuleData} from './types.js'

/** Every review rule, in documentation order. Each lives in rules/<id>.ts; its data in data/rules.yaml. */
export const RULES: readonly Rule[] = [
  // What the system promises, and whether the design can keep it.
  noSlo,
  sloUnreachable,
  componentOverBudget,
  availabilityUnverified,
  singlePointOfFailure,
  singleFailureDomain,
  latencyBudget,
  latencyTargetsOutOfOrder,
  // Sizing from latency: queues, the budget split, the fan-out tail.
  latencySplitOverSlo,
  queueInstancesShort,
  queueBudgetBelowService,
  fanoutTail,
  // Data stores.
  relationalWriteCeiling,
  techLimitExceeded,
  consistencyStoreMismatch,
  shardDataPerNode,
  hotStorageUntiered,
  unboundedRetention,
  shortRetention,
  readsWithoutData,
  unsizedRecords,
  keySpaceTooSmall,
  // Media.
  mediaInDatabase,
  mediaEgressWithoutCdn,
  // Caches.
  readHeavyWithoutCache,
  cacheHotSetFit,
  cacheClusterLimit,
  writeHeavyCacheAside,
  writeBehindDurability,
  // Fan-out.
  pushFanoutCelebrities,
  fanoutWithoutQueue,
  // The plan and the cost.
  leftOutOfTotals,
  // Decisions taken together.
  decisionContradiction,
]

/** Rules and their data (severities, thresholds): the shipped ones, or a test's own. */
export interface RuleSet {
  readonly rules: readonly Rule[]
  readonly data: Readonly<Record<string, RuleData>>
}

/** The rules sizeup ships, with data/rules.yaml. */
export const SHIPPED_RULES: RuleSet = {rules: RULES, data: RULE_DATA}
