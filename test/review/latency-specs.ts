/** The spec the rules of sizing from latency are tested on: one workload read at 10K/s, the given components, a p99 target. */
export const latencySpec = (components: string, p99 = '200 ms'): string => `name: T
slo:
  latency: {p99: ${p99}}
workloads:
  feed:
    reads: {perSecond: 10K}
    recordSize: 1 KB
components:
${components}`

// λ = 10K × 2 (peak factor) = 20,000/s, S = 5 ms: a = 100 Erlangs; 26 instances of 4 workers meet 25 ms.
export const feedApi = (extra: string): string => `  - {name: feed-api, availability: 99.95%, serves: feed.reads, serviceTime: 5 ms, concurrency: 4, latency: 25 ms${extra}}\n`
