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
  /** What the nodes do: `primary`, `replica`, `node`, `cache`, `broker`, `app`; `partition` or `prefix` for a managed service. */
  readonly role: string
  /** Machines. 0 for a managed service (billed otherwise) and for a technology without reference capacities. */
  readonly nodes: number
  /** Shards (partitions of the key space) where the technology is sharded; 1 otherwise. */
  readonly shards: number
  /** The partition key, when sharded (`user_id`, `(user_id, time bucket)` …). */
  readonly shardKey: string | null
  /** Why this many, with the numbers: "peak writes 6,944/s ÷ (3,800/s per node × 70%) → 3 nodes". */
  readonly basis: readonly string[]
  /** The reference figures used, with their keys and sources. */
  readonly capacities: readonly {readonly key: string; readonly value: number; readonly unit: string; readonly source: string}[]
  /** The machine class (a `compute.<class>` price key suffix); null for managed or unsized plans. */
  readonly nodeClass: string | null
  /** False when the catalog has no reference capacity for the technology: the plan says so rather than guess. */
  readonly sized: boolean
  /** Data these nodes keep on disk, for the storage bill; null when they keep none (caches, app servers, queues). */
  readonly storage: StoragePlan | null
}

/** Bytes one plan item keeps, and where. */
export interface StoragePlan {
  /** `block`: disks attached to the nodes (once per copy); `object`: an object store (its redundancy is in the price); `managed`: a managed database's own storage. */
  readonly medium: 'block' | 'object' | 'managed'
  /** Logical bytes (one copy, without the spec's replication factor). */
  readonly logicalBytes: number
  /** Copies of every byte these nodes hold (the replication factor, or the number of replicas per shard). */
  readonly copies: number
  /** Metric the logical bytes come from (`workload.posts.storage.text.total`). */
  readonly from: string
}

export interface ScalingPlan {
  readonly items: readonly NodePlan[]
  readonly totalNodes: number
  /** The share of each node's capacity planned for at peak (the spec's `conventions.targetUtilization`). */
  readonly targetUtilization: number
}
