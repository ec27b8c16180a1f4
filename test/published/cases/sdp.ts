import {EXACT, type PublishedCase, ROUNDED} from '../corpus.js'

/*
 * Donne Martin, "The System Design Primer" (donnemartin/system-design-primer),
 * the worked solutions under solutions/system_design/, read in the repository.
 * Every solution converts with the same "Handy conversion guide": "2.5 million
 * seconds per month", "400 requests per second = 1 billion requests per
 * month", and counts 3 years as 36 months; the specs state both.
 */

export const SDP: readonly PublishedCase[] = [
  {
    id: 'sdp-pastebin',
    title: 'Martin, The System Design Primer: "Design Pastebin.com (or Bit.ly)", step 1 "Calculate usage"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/pastebin/README.md'],
    reading: 'primary',
    values: [
      // 1,000 + 7 + 4 + 5 + 255 = 1,271 B
      {metric: 'input.workloads.pastes.recordSize', published: 1.27, unit: 'KB', tolerance: EXACT, quote: 'total = ~1.27 KB'},
      // 1,271 B × 10 M = 12.71 GB
      {metric: 'storage.perMonth', published: 12.7, unit: 'GB', tolerance: EXACT, quote: '12.7 GB of new paste content per month'},
      // 12.71 GB × 36 = 457.6 GB
      {metric: 'storage.total', published: 450, unit: 'GB', tolerance: ROUNDED, quote: '~450 GB of new paste content in 3 years'},
      // 10 M × 36 = 360 M
      {metric: 'records.held', published: 360e6, unit: 'count', tolerance: EXACT, quote: '360 million shortlinks in 3 years'},
      // 10 M ÷ 2.5 M s = 4/s
      {metric: 'qps.write.avg', published: 4, unit: '/s', tolerance: EXACT, quote: '4 paste writes per second on average'},
      // 100 M ÷ 2.5 M s = 40/s
      {metric: 'qps.read.avg', published: 40, unit: '/s', tolerance: EXACT, quote: '40 read requests per second on average'},
    ],
  },
  {
    id: 'sdp-web-crawler',
    title: 'Martin, The System Design Primer: "Design a web crawler", step 1 "Calculate usage"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/web_crawler/README.md'],
    reading: 'primary',
    values: [
      // 500 KB × 4 B = 2e15 B
      {metric: 'storage.perMonth', published: 2, unit: 'PB', tolerance: EXACT, quote: '2 PB of stored page content per month'},
      // 2 PB × 36 = 72 PB
      {metric: 'storage.total', published: 72, unit: 'PB', tolerance: EXACT, quote: '72 PB of stored page content in 3 years'},
      // 4 B ÷ 2.5 M s = 1,600/s
      {metric: 'qps.write.avg', published: 1600, unit: '/s', tolerance: EXACT, quote: '1,600 write requests per second'},
      // 100 B ÷ 2.5 M s = 40,000/s
      {metric: 'qps.read.avg', published: 40_000, unit: '/s', tolerance: EXACT, quote: '40,000 search requests per second'},
    ],
  },
  {
    id: 'sdp-mint',
    title: 'Martin, The System Design Primer: "Design Mint.com", step 1 "Calculate usage" and step 3 "Category service"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/mint/README.md'],
    reading: 'primary',
    values: [
      // 10 M × 10 = 100 M
      {metric: 'workload.budgets.records.held', published: 100e6, unit: 'count', tolerance: EXACT, quote: '10 budget categories per user = 100 million budget items'},
      // 8 + 5 + 32 + 5 = 50 B
      {metric: 'input.workloads.transactions.recordSize', published: 50, unit: 'B', tolerance: EXACT, quote: 'Total: ~50 bytes'},
      // 50 B × 5 B = 2.5e11 B
      {metric: 'workload.transactions.storage.perMonth', published: 250, unit: 'GB', tolerance: EXACT, quote: '250 GB of new transaction content per month'},
      // 250 GB × 36 = 9 TB
      {metric: 'workload.transactions.storage.total', published: 9, unit: 'TB', tolerance: EXACT, quote: '9 TB of new transaction content in 3 years'},
      // 5 B ÷ 2.5 M s = 2,000/s
      {metric: 'workload.transactions.qps.write.avg', published: 2000, unit: '/s', tolerance: EXACT, quote: '2,000 transactions per second on average'},
      // 500 M ÷ 2.5 M s = 200/s
      {metric: 'workload.transactions.qps.read.avg', published: 200, unit: '/s', tolerance: EXACT, quote: '200 read requests per second on average'},
      {
        metric: 'workload.categories.cache.hotBytes',
        published: 12,
        unit: 'MB',
        tolerance: ROUNDED,
        quote: 'If we estimate 50,000 sellers and estimate each entry to take less than 255 bytes, the dictionary would only take about 12 MB of memory',
        wrong: {correct: 12.75, why: '50,000 × 255 B = 12.75 MB in the decimal units of the rest of the solution (12.2 MiB); "about 12 MB" is 6 % under'},
      },
    ],
  },
  {
    id: 'sdp-query-cache',
    title: 'Martin, The System Design Primer: "Design a key-value cache to save the results of the most recent web server queries", step 1 "Calculate usage"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/query_cache/README.md'],
    reading: 'primary',
    values: [
      // 50 + 20 + 200 = 270 B
      {metric: 'input.workloads.queries.readSize', published: 270, unit: 'B', tolerance: EXACT, quote: 'Total: 270 bytes'},
      // 100 % × 10 B a month × 270 B = 2.7e12 B
      {metric: 'cache.hotBytes', published: 2.7, unit: 'TB', tolerance: EXACT, quote: '2.7 TB of cache data per month if all 10 billion queries are unique and all are stored'},
      // 10 B ÷ 2.5 M s = 4,000/s
      {metric: 'qps.read.avg', published: 4000, unit: '/s', tolerance: EXACT, quote: '4,000 requests per second'},
    ],
  },
  {
    id: 'sdp-scaling-aws',
    title: 'Martin, The System Design Primer: "Design a system that scales to millions of users on AWS", step 1 "Calculate usage"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/scaling_aws/README.md'],
    reading: 'primary',
    values: [
      // 1 KB × 1 B = 1e12 B
      {metric: 'storage.perMonth', published: 1, unit: 'TB', tolerance: EXACT, quote: '1 TB of new content per month'},
      // 1 TB × 36 = 36 TB
      {metric: 'storage.total', published: 36, unit: 'TB', tolerance: EXACT, quote: '36 TB of new content in 3 years'},
      // 1 B ÷ 2.5 M s = 400/s
      {metric: 'qps.write.avg', published: 400, unit: '/s', tolerance: EXACT, quote: '400 writes per second on average'},
      // 100 B ÷ 2.5 M s = 40,000/s
      {metric: 'qps.read.avg', published: 40_000, unit: '/s', tolerance: EXACT, quote: '40,000 reads per second on average'},
    ],
  },
  {
    id: 'sdp-twitter-timeline',
    title: 'Martin, The System Design Primer: "Design the Twitter timeline and search", step 1 "Constraints and assumptions" and "Calculate usage"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/twitter/README.md'],
    reading: 'primary',
    values: [
      // 15 B a month ÷ 28.94 days × 10 = 5.18 B a day (the author's 500 M × 10, at 30 days a month)
      {metric: 'fanout.deliveries.perDay', published: 5e9, unit: 'count', tolerance: ROUNDED, quote: '5 billion total tweets delivered on fanout per day'},
      // 8 + 32 + 140 + 10,000 = 10,180 B
      {metric: 'input.workloads.tweets.recordSize', published: 10, unit: 'KB', tolerance: ROUNDED, quote: 'Total: ~10 KB'},
      // 15 B × 10,180 B = 152.7 TB
      {metric: 'workload.tweets.storage.perMonth', published: 150, unit: 'TB', tolerance: ROUNDED, quote: '150 TB of new tweet content per month'},
      // 152.7 TB × 36 = 5.50 PB
      {metric: 'workload.tweets.storage.total', published: 5.4, unit: 'PB', tolerance: ROUNDED, quote: '5.4 PB of new tweet content in 3 years'},
      // 250 B ÷ 2.5 M s = 100,000/s
      {metric: 'workload.timelines.qps.read.avg', published: 100_000, unit: '/s', tolerance: EXACT, quote: '100 thousand read requests per second'},
      // 15 B ÷ 2.5 M s = 6,000/s
      {metric: 'workload.tweets.qps.write.avg', published: 6000, unit: '/s', tolerance: EXACT, quote: '6,000 tweets per second'},
      // 6,000/s × 10 = 60,000/s
      {metric: 'fanout.deliveries.avg', published: 60_000, unit: '/s', tolerance: EXACT, quote: '60 thousand tweets delivered on fanout per second'},
      // 15 B tweets a month × 10 followers = 150 B (5.18 B a day × 28.94 days of the 2.5 M s month)
      {metric: 'fanout.deliveries.perMonth', published: 150e9, unit: 'count', tolerance: EXACT, quote: '150 billion tweets delivered on fanout per month'},
      // 10 B ÷ 2.5 M s = 4,000/s
      {metric: 'workload.searches.qps.read.avg', published: 4000, unit: '/s', tolerance: EXACT, quote: '4,000 search requests per second'},
    ],
  },
  {
    id: 'sdp-social-graph',
    title: 'Martin, The System Design Primer: "Design the data structures for a social network", step 1 "Calculate usage"',
    sources: ['donnemartin/system-design-primer: solutions/system_design/social_graph/README.md'],
    reading: 'primary',
    values: [
      // 100 M × 50 = 5 B
      {metric: 'records.held', published: 5e9, unit: 'count', tolerance: EXACT, quote: '5 billion friend relationships'},
      // 1 B ÷ 2.5 M s = 400/s
      {metric: 'qps.read.avg', published: 400, unit: '/s', tolerance: EXACT, quote: '400 search requests per second'},
    ],
  },
]
