/**
 * The scaling plan: how many machines each chosen technology needs, and why,
 * in numbers. Built by plan/ from the estimate, the decisions and per-node
 * reference capacities (data/capacities.yaml, each figure sourced).
 */
export interface NodePlan {
  /** Decision id this plan sizes (`datastore.posts`, `cache`, `queue`), or `app` for the service tier. */
  readonly component: string
  readonly workload: string | null
  readonly technology: string
  /** What the nodes do: `primary`, `replica`, `node`, `cache`, `broker`, `app` … */
  readonly role: string
  readonly nodes: number
  /** Shards (partitions of the key space) where the technology is sharded; 1 otherwise. */
  readonly shards: number
  /** The partition key, when sharded (`user_id`, `(user_id, bucket)` …). */
  readonly shardKey: string | null
  /** Why this many, with the numbers: "peak writes 6,944/s ÷ (3,800/s per node × 70 %) → 3 nodes". */
  readonly basis: readonly string[]
  /** The reference figures used, with their keys and sources. */
  readonly capacities: readonly {readonly key: string; readonly value: number; readonly unit: string; readonly source: string}[]
}

export interface ScalingPlan {
  readonly items: readonly NodePlan[]
  readonly totalNodes: number
}
