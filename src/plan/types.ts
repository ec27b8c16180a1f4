/**
 * The scaling plan: how many machines each chosen technology needs, and why,
 * in numbers. Built by plan/ from the estimate, the decisions and per-node
 * reference capacities (data/capacities.yaml, each figure sourced). The
 * types are those of the plan's fragments in scripts/schema/plan.mjs, which
 * report --json publishes.
 */
export type {NodePlan, ScalingPlan, StoragePlan} from './generated/schema-types.js'
