import type {MatrixCase} from './cases.js'

/**
 * Cases of the compute matrix (data/matrices/compute.yaml), spread into CASES.
 * Scores by hand (containers / serverless / virtual-machines).
 */
const quiet = {peakFactor: 2, analyticsJobs: false, statefulWorkers: null, hasConnections: false, transactions: false}

export const COMPUTE_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  compute: [
    // ground-up: serverless 2; bursty (5 ≥ 4): serverless +1 → 3, containers 0.
    {name: 'a leaderboard built from the ground up, peaks 5× the average (Xu and Lam: gaming leaderboard)', facts: {...quiet, platform: 'none', peakFactor: 5}, choice: 'serverless', runnerUp: 'containers'},
    // ground-up 2; long-running-jobs −4 → serverless −2; containers 0, virtual machines 0 (the default first).
    {name: 'ad clicks aggregated every minute by a stream job, built from the ground up', facts: {...quiet, platform: 'none', analyticsJobs: true}, choice: 'containers', runnerUp: 'virtual-machines'},
    // runs-containers: containers 3; bursty: serverless 1.
    {name: 'a team on Kubernetes, peaks 5× the average', facts: {...quiet, platform: 'containers', peakFactor: 5}, choice: 'containers', runnerUp: 'serverless'},
    // runs-virtual-machines: virtual machines 3; held-connections: serverless −2.
    {name: 'a team running instance fleets, chat connections held', facts: {...quiet, platform: 'virtual-machines', hasConnections: true}, choice: 'virtual-machines', runnerUp: 'containers'},
  ],
}
