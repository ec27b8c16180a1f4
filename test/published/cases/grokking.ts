import {EXACT, type PublishedCase, ROUNDED} from '../corpus.js'

/*
 * "Grokking the System Design Interview" (Design Gurus, on Educative). The
 * course is paid: every figure below was read in verbatim copies of its
 * lessons in GitHub repositories (several agreeing word for word). The course
 * uses 86,400 s days, 30-day months, 365-day years, the "80-20 rule" for
 * caches and a "70% capacity model" for disks.
 */

export const GROKKING: readonly PublishedCase[] = [
  {
    id: 'grokking-tinyurl',
    title: 'Grokking the System Design Interview: "Designing a URL Shortening service like TinyURL", "Capacity Estimation and Constraints"',
    sources: ['https://www.educative.io/courses/grokking-the-system-design-interview/m2ygV4E81AR', 'himkak/notes: SystemDesign/tinyUrl/tinyUrl.md'],
    reading: 'copy',
    values: [
      // 100 × 500 M = 50 B a month
      {metric: 'workload.urls.requests.read.perMonth', published: 50e9, unit: 'count', tolerance: EXACT, quote: '100 * 500 Million => 50 Billion'},
      // 500 M ÷ 2,592,000 s = 192.9/s
      {metric: 'workload.urls.qps.write.avg', published: 200, unit: '/s', tolerance: ROUNDED, quote: '500 million / (30 days * 24 hours * 3600 seconds) = ~200 URLs/s'},
      // 50 B ÷ 2,592,000 s = 19,290/s
      {metric: 'workload.urls.qps.read.avg', published: 20_000, unit: '/s', tolerance: ROUNDED, quote: '100 * 200 URLs/s = 20K/s'},
      // 500 M a month × 60 months = 30 B
      {metric: 'workload.urls.records.held', published: 30e9, unit: 'count', tolerance: EXACT, quote: '500 million * 5 years * 12 months = 30 billion'},
      // 30 B × 500 B = 1.5e13 B
      {metric: 'workload.urls.storage.total', published: 15, unit: 'TB', tolerance: EXACT, quote: '30 billion * 500 bytes = 15 TB'},
      // 192.9/s × 500 B = 96.45 KB/s
      {metric: 'workload.urls.bandwidth.ingress.avg', published: 100, unit: 'KB/s', tolerance: ROUNDED, quote: '200 * 500 bytes = 100 KB/s'},
      // 19,290/s × 500 B = 9.645 MB/s
      {metric: 'workload.urls.bandwidth.egress.avg', published: 10, unit: 'MB/s', tolerance: ROUNDED, quote: '20K * 500 bytes = ~10 MB/s'},
      // 50 B ÷ 30 days = 1.667 B a day
      {metric: 'workload.urls.requests.read.perDay', published: 1.7e9, unit: 'count', tolerance: ROUNDED, quote: '20K * 3600 seconds * 24 hours = ~1.7 billion'},
      // 0.2 × 1.667 B × 500 B = 166.7 GB
      {metric: 'workload.urls.cache.hotBytes', published: 170, unit: 'GB', tolerance: ROUNDED, quote: '0.2 * 1.7 billion * 500 bytes = ~170GB'},
      // 64^6 = 68,719,476,736
      {metric: 'workload.urls.keys.possible', published: 68.7e9, unit: 'count', tolerance: EXACT, quote: 'With base64 encoding, we can generate 68.7B unique six letters keys'},
      // 64^6 keys × 6 B = 412.3 GB
      {metric: 'workload.key-db.storage.total', published: 412, unit: 'GB', tolerance: EXACT, quote: '6 (characters per key) * 68.7B (unique keys) = 412 GB'},
    ],
  },
  {
    id: 'grokking-pastebin',
    title: 'Grokking the System Design Interview: "Designing Pastebin", "Capacity Estimation and Constraints"',
    sources: ['https://www.educative.io/courses/grokking-the-system-design-interview/3jyvQ3pg6KO'],
    reading: 'copy',
    values: [
      // 1 M ÷ 86,400 s = 11.57/s
      {metric: 'workload.pastes.qps.write.avg', published: 12, unit: '/s', tolerance: ROUNDED, quote: 'we expect 12 new pastes per second'},
      // 5 M ÷ 86,400 s = 57.87/s
      {metric: 'workload.pastes.qps.read.avg', published: 58, unit: '/s', tolerance: EXACT, quote: 'we expect 58 requests per second'},
      // 1 M × 10 KB = 1e10 B
      {metric: 'workload.pastes.storage.perDay', published: 10, unit: 'GB', tolerance: EXACT, quote: '1M * 10KB => 10 GB/day'},
      // 10 GB × 3,650 days = 36.5 TB
      {metric: 'workload.pastes.storage.total', published: 36, unit: 'TB', tolerance: ROUNDED, quote: 'we would need the total storage capacity of 36TB'},
      // 1 M × 3,650 days = 3.65 B
      {metric: 'workload.pastes.records.held', published: 3.6e9, unit: 'count', tolerance: ROUNDED, quote: 'we will have 3.6 billion Pastes in 10 years'},
      // 64^6 = 68,719,476,736
      {metric: 'workload.pastes.keys.possible', published: 68.7e9, unit: 'count', tolerance: EXACT, quote: '64^6 ~= 68.7 billion unique strings'},
      // 3.65 B keys × 6 B = 21.9 GB (the course multiplies its rounded 3.6 B)
      {metric: 'workload.paste-keys.storage.total', published: 22, unit: 'GB', tolerance: ROUNDED, quote: '3.6B * 6 => 22 GB'},
      // 36.5 TB ÷ 0.7 = 52.14 TB (the course divides its rounded 36 TB)
      {metric: 'workload.pastes.storage.provisioned', published: 51.4, unit: 'TB', tolerance: ROUNDED, quote: 'we will assume a 70% capacity model … which raises our storage needs to 51.4TB'},
      // 11.57/s × 10 KB = 115.7 KB/s
      {metric: 'workload.pastes.bandwidth.ingress.avg', published: 120, unit: 'KB/s', tolerance: ROUNDED, quote: '12 * 10KB => 120 KB/s'},
      // 57.87/s × 10 KB = 0.579 MB/s
      {metric: 'workload.pastes.bandwidth.egress.avg', published: 0.6, unit: 'MB/s', tolerance: ROUNDED, quote: '58 * 10KB => 0.6 MB/s'},
      // 0.2 × 5 M × 10 KB = 1e10 B
      {metric: 'workload.pastes.cache.hotBytes', published: 10, unit: 'GB', tolerance: EXACT, quote: '0.2 * 5M * 10KB ~= 10 GB'},
    ],
  },
  {
    id: 'grokking-web-crawler',
    title: 'Grokking the System Design Interview: "Designing a Web Crawler", "Capacity Estimation and Constraints"',
    sources: ['https://www.educative.io/courses/grokking-the-system-design-interview'],
    reading: 'copy',
    values: [
      // 15 B ÷ (28 × 86,400 s) = 6,200.4/s
      {metric: 'qps.write.avg', published: 6200, unit: '/s', tolerance: EXACT, quote: '15B / (4 weeks * 7 days * 86400 sec) ~= 6200 pages/sec'},
      // 15 B × 100,500 B = 1.5075e15 B
      {metric: 'storage.total', published: 1.5, unit: 'PB', tolerance: ROUNDED, quote: '15B * (100KB + 500) ~= 1.5 petabytes'},
      // 1.5075 PB ÷ 0.7 = 2.154 PB (the course divides its rounded 1.5 PB)
      {metric: 'storage.provisioned', published: 2.14, unit: 'PB', tolerance: ROUNDED, quote: '1.5 petabytes / 0.7 ~= 2.14 petabytes'},
    ],
  },
  {
    id: 'grokking-youtube',
    title: 'Grokking the System Design Interview: "Designing Youtube or Netflix", "Capacity Estimation and Constraints"',
    sources: ['https://www.educative.io/courses/grokking-the-system-design-interview'],
    reading: 'copy',
    values: [
      // 800 M × 5 ÷ 86,400 s = 46,296/s
      {metric: 'workload.videos.qps.read.avg', published: 46_000, unit: '/s', tolerance: ROUNDED, quote: '800M * 5 / 86400 sec => 46K videos/sec'},
      // 46,296 ÷ 200 = 231.5/s
      {metric: 'workload.videos.qps.write.avg', published: 230, unit: '/s', tolerance: ROUNDED, quote: '46K / 200 => 230 videos/sec'},
      // 30,000 minutes of video a minute × 10 MB × 5 = 1.5e12 B a minute
      {metric: 'workload.video-minutes.storage.perMinute', published: 1500, unit: 'GB', tolerance: EXACT, quote: '500 hours * 60 min * 50MB => 1500 GB/min'},
      // 1.5e12 B ÷ 60 s = 2.5e10 B/s
      {metric: 'workload.video-minutes.storage.perSecond', published: 25, unit: 'GB/s', tolerance: EXACT, quote: '(25 GB/sec)'},
      // 30,000 a minute × 10 MB = 3e11 B a minute = 5e9 B/s
      {metric: 'workload.video-minutes.bandwidth.ingress.avg', published: 300, unit: 'GB/min', tolerance: EXACT, quote: '500 hours * 60 mins * 10MB => 300GB/min'},
      {metric: 'workload.video-minutes.bandwidth.ingress.avg', published: 5, unit: 'GB/s', tolerance: EXACT, quote: '(5GB/sec)'},
      // 200 × 5e9 B/s = 1e12 B/s
      {metric: 'workload.video-minutes.bandwidth.egress.avg', published: 1, unit: 'TB/s', tolerance: EXACT, quote: 'we would need 1TB/s outgoing bandwidth'},
    ],
  },
  {
    id: 'grokking-newsfeed',
    title: 'Grokking the System Design Interview: "Designing Facebook\'s Newsfeed", "Capacity Estimation and Constraints"',
    sources: ['https://www.educative.io/courses/grokking-the-system-design-interview'],
    reading: 'copy',
    values: [
      // 300 M × 5 = 1.5 B a day
      {metric: 'requests.read.perDay', published: 1.5e9, unit: 'count', tolerance: EXACT, quote: 'This will result in 1.5B newsfeed requests per day'},
      // 1.5 B ÷ 86,400 s = 17,361/s
      {metric: 'qps.read.avg', published: 17_500, unit: '/s', tolerance: ROUNDED, quote: 'or approximately 17,500 requests per second'},
      // 500 × 1 KB = 500 KB
      {metric: 'input.workloads.feeds.cache.objectSize', published: 500, unit: 'KB', tolerance: EXACT, quote: 'we need to store roughly 500KB of data per user'},
      // 300 M × 500 KB = 1.5e14 B
      {metric: 'cache.hotBytes', published: 150, unit: 'TB', tolerance: EXACT, quote: 'To store all this data for all the active users we would need 150TB of memory'},
      // 150 TB at 100 % ÷ 100 GB = 1,500
      {metric: 'workload.feeds.servers.byMemory', published: 1500, unit: 'count', tolerance: EXACT, quote: 'If a server can hold 100GB we would need around 1500 machines'},
    ],
  },
]
