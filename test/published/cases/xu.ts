import {EXACT, type PublishedCase, ROUNDED} from '../corpus.js'

/*
 * Alex Xu, "System Design Interview – An Insider's Guide" (vol. 1) and, with
 * Sahn Lam, vol. 2. The books are commercial: every figure below was read in a
 * public reproduction (a copy of a book page, or study notes quoting the book
 * word for word, several agreeing). Notes that paraphrase sometimes "fix" or
 * add numbers; only the book's own wording is used.
 */

export const XU: readonly PublishedCase[] = [
  {
    id: 'xu-twitter-qps-storage',
    title: 'Xu, System Design Interview vol. 1, ch. 2 "Back-of-the-envelope estimation": "Example: Estimate Twitter QPS and storage requirements"',
    sources: ['https://fliphtml5.com/benny-books/SystemDesignInterview/System_Design_Interview/39/', 'japp47/System_Design: Twitter_QPS/Twitter_Qps.md'],
    reading: 'copy',
    values: [
      // 300 M × 50 % = 150 M
      {metric: 'input.users.dau', published: 150e6, unit: 'count', tolerance: EXACT, quote: 'Daily active users (DAU) = 300 million * 50% = 150 million'},
      // 150 M × 2 ÷ 86,400 s = 3,472.2/s
      {metric: 'qps.write.avg', published: 3500, unit: '/s', tolerance: ROUNDED, quote: 'Tweets QPS = 150 million * 2 tweets / 24 hour / 3600 seconds = ~3500'},
      // 2 × 3,472.2 = 6,944.4/s
      {metric: 'qps.write.peak', published: 7000, unit: '/s', tolerance: ROUNDED, quote: 'Peek QPS = 2 * QPS = ~7000'},
      // 150 M × 2 × 10 % × 1 MB = 3e13 B
      {metric: 'storage.media.perDay', published: 30, unit: 'TB', tolerance: EXACT, quote: 'Media storage: 150 million * 2 * 10% * 1 MB = 30 TB per day'},
      // 30 TB × 365 × 5 = 54.75 PB
      {metric: 'storage.media.total', published: 55, unit: 'PB', tolerance: ROUNDED, quote: '5-year media storage: 30 TB * 365 * 5 = ~55 PB'},
    ],
  },
  {
    id: 'xu-url-shortener',
    title: 'Xu, System Design Interview vol. 1, ch. 8 "Design a URL shortener", step 1: "Back of the envelope estimation"',
    sources: ['https://huy312100.gitbook.io/software-development/system-design/fundamental/design-a-url-shortener/step-1-understand-the-problem-and-establish-design-scope'],
    reading: 'copy',
    values: [
      // 100 M ÷ 86,400 s = 1,157.4/s
      {metric: 'qps.write.avg', published: 1160, unit: '/s', tolerance: EXACT, quote: 'Write operation per second: 100 million / 24 /3600 = 1160'},
      // 1 B ÷ 86,400 s = 11,574/s
      {metric: 'qps.read.avg', published: 11_600, unit: '/s', tolerance: EXACT, quote: 'read operation per second: 1160 * 10 = 11,600'},
      // 100 M a day × 3,650 days = 365 B
      {metric: 'records.held', published: 365e9, unit: 'count', tolerance: EXACT, quote: '100 million * 365 * 10 = 365 billion records'},
      {
        metric: 'storage.total',
        published: 365,
        unit: 'TB',
        tolerance: EXACT,
        quote: 'Storage requirement over 10 years: 365 billion * 100 bytes * 10 years = 365 TB',
        wrong: {correct: 36.5, why: 'the 365 billion records already span the 10 years: 365e9 × 100 B = 36.5 TB; the book multiplies by the 10 years twice'},
      },
      // 62^7 = 3,521,614,606,208
      {metric: 'workload.urls.keys.possible', published: 3.5e12, unit: 'count', tolerance: ROUNDED, quote: 'When n = 7, 62 ^ n = ~3.5 trillion'},
      // the least n with 62^n ≥ 365 B: 62^6 = 56.8 B is too few
      {metric: 'workload.urls.keys.minLength', published: 7, unit: 'count', tolerance: EXACT, quote: 'find the smallest n such that 62^n ≥ 365 billion … so the length of hashValue is 7'},
    ],
  },
  {
    id: 'xu-youtube',
    title: 'Xu, System Design Interview vol. 1, ch. 14 "Design YouTube", step 1: "Back of the envelope estimation"',
    sources: ['Vancouver-KDD/book-study: 06-system-design-interview/14-design-youtube/yerim-ch14-design-youtube.md'],
    reading: 'copy',
    values: [
      // 5 M × 0.1 × 300 MB = 1.5e14 B
      {metric: 'storage.perDay', published: 150, unit: 'TB', tolerance: EXACT, quote: 'Total daily storage space needed: 5 million * 10% * 300 MB = 150TB'},
      // 5 M × 5 views × 300 MB = 7.5e15 B a day × $0.02/GB = $150,000
      {metric: 'spend.egress.perDay', published: 150_000, unit: 'USD', tolerance: EXACT, quote: '5 million * 5 videos * 0.3GB * $0.02 = $150,000 per day'},
    ],
  },
  {
    id: 'xu-stock-exchange',
    title: 'Xu and Lam, System Design Interview vol. 2, ch. 13 "Stock Exchange", step 1: "Back-of-the-envelope estimation"',
    sources: ['giwankim/til: system-design/interview2/13-stock-exchange.md'],
    reading: 'copy',
    values: [
      // 16:00 − 9:30 = 6.5 h
      {metric: 'input.traffic.activeWindow', published: 6.5, unit: 'h', tolerance: EXACT, quote: "from 9:30 am to 4:00 pm Eastern Time. That's 6.5 hours in total."},
      // 1 B ÷ (6.5 × 3,600 s) = 42,735/s
      {metric: 'qps.write.windowAvg', published: 43_000, unit: '/s', tolerance: ROUNDED, quote: 'QPS: 1 billion / 6.5 / 3600 = ~43,000'},
      // 5 × 42,735 = 213,675/s (the book multiplies its rounded 43,000)
      {metric: 'qps.write.peak', published: 215_000, unit: '/s', tolerance: ROUNDED, quote: 'Peak QPS: 5 * QPS = 215,000'},
    ],
  },
  {
    id: 'xu-web-crawler',
    title: 'Xu, System Design Interview vol. 1, ch. 9 "Design a web crawler", step 1: "Back of the envelope estimation"',
    sources: ['Vancouver-KDD/book-study: 06-system-design-interview/09-design-a-web-crawler/jun-ch09-design-a-web-crawler.md'],
    reading: 'copy',
    values: [
      // 1 B ÷ 2,592,000 s = 385.8/s
      {metric: 'qps.write.avg', published: 400, unit: '/s', tolerance: ROUNDED, quote: 'QPS: 1,000,000,000 / 30 days / 24 hours / 3600 seconds = ~400 pages per second'},
      // 2 × 385.8 = 771.6/s (the book doubles its rounded 400)
      {metric: 'qps.write.peak', published: 800, unit: '/s', tolerance: ROUNDED, quote: 'Peak QPS = 2 * QPS = 800'},
      // 1 B × 500 KB = 5e14 B
      {metric: 'storage.perMonth', published: 500, unit: 'TB', tolerance: EXACT, quote: '1-billion-page x 500k = 500 TB storage per month'},
      // 500 TB × 60 months = 3e16 B
      {metric: 'storage.total', published: 30, unit: 'PB', tolerance: EXACT, quote: '500 TB * 12 months * 5 years = 30 PB'},
    ],
  },
  {
    id: 'xu-email',
    title: 'Xu and Lam, System Design Interview vol. 2, ch. 8 "Distributed Email Service", step 1: "Back-of-the-envelope estimation"',
    sources: ['giwankim/til: system-design/interview2/08-distributed-email-service.md'],
    reading: 'copy',
    values: [
      // 1e9 × 10 ÷ 1e5 s = 100,000/s
      {metric: 'workload.sent.qps.write.avg', published: 100_000, unit: '/s', tolerance: EXACT, quote: 'QPS for sending emails = 10^9 * 10 / (10^5) = 100,000'},
      // 1e9 × 40 × 365 × 50 KB = 7.3e17 B
      {metric: 'workload.received.storage.text.total', published: 730, unit: 'PB', tolerance: EXACT, quote: '1 billion users * 40 emails / day * 365 days * 50 KB = 730 PB'},
      // 1e9 × 40 × 365 × 20 % × 500 KB = 1.46e18 B
      {metric: 'workload.received.storage.media.total', published: 1460, unit: 'PB', tolerance: EXACT, quote: '1 billion users * 40 emails / day * 365 days * 20% * 500 KB = 1,460 PB'},
    ],
  },
  {
    id: 'xu-leaderboard',
    title: 'Xu and Lam, System Design Interview vol. 2, ch. 10 "Real-time Gaming Leaderboard": "Back-of-the-envelope estimation" and "Storage requirement"',
    sources: ['desi109/cheat-sheets: system-design/26-real-time-gaming-leaderboard.md', 'giwankim/til: system-design/interview2/10-real-time-gaming-leaderboard.md'],
    reading: 'copy',
    values: [
      // 5 M × 1 ÷ 1e5 s = 50/s
      {metric: 'qps.read.avg', published: 50, unit: '/s', tolerance: EXACT, quote: 'an average of 50 users per second (5,000,000 DAU / 10^5 seconds = ~50)'},
      // 5 × 50 = 250/s
      {metric: 'qps.read.peak', published: 250, unit: '/s', tolerance: EXACT, quote: 'Peak load of 250 users per second'},
      // 5 M × 10 ÷ 1e5 s = 500/s
      {metric: 'qps.write.avg', published: 500, unit: '/s', tolerance: EXACT, quote: 'the QPS for users scoring a point is: 50 * 10 = ~500'},
      // 5 × 500 = 2,500/s
      {metric: 'qps.write.peak', published: 2500, unit: '/s', tolerance: EXACT, quote: 'Peak QPS is 5x of the average: 500 * 5 = 2,500'},
      // the same reads: one top-10 load per user a day
      {metric: 'qps.read.avg', published: 50, unit: '/s', tolerance: EXACT, quote: 'QPS for fetching the top 10 leaderboard … around 50'},
      // 24 + 2 = 26 B
      {metric: 'input.workloads.leaderboard.recordSize', published: 26, unit: 'B', tolerance: EXACT, quote: 'we need 26 bytes of storage per leaderboard entry'},
      // 25 M × 26 B = 6.5e8 B
      {metric: 'cache.hotBytes', published: 650, unit: 'MB', tolerance: EXACT, quote: '26 bytes * 25 million = 650 million bytes or ~650 MB'},
    ],
  },
  {
    id: 'xu-google-drive',
    title: 'Xu, System Design Interview vol. 1, ch. 15 "Design Google Drive", step 1: "Back of the envelope estimation"',
    sources: ['Vancouver-KDD/book-study: 06-system-design-interview/15-design-google-drive/yerim-ch15-design-google-drive.md'],
    reading: 'copy',
    values: [
      // 50 M × 10 GB = 5e17 B
      {metric: 'quota.allocatedBytes', published: 500, unit: 'PB', tolerance: EXACT, quote: 'Total space allocated: 50 million * 10 GB = 500 Petabyte'},
      // 10 M × 2 ÷ 86,400 s = 231.5/s
      {metric: 'qps.write.avg', published: 240, unit: '/s', tolerance: ROUNDED, quote: 'QPS for upload API: 10 million * 2 uploads / 24 hours / 3600 seconds = ~ 240'},
      // 2 × 231.5 = 463/s (the book doubles its rounded 240)
      {metric: 'qps.write.peak', published: 480, unit: '/s', tolerance: ROUNDED, quote: 'Peak QPS = QPS * 2 = 480'},
    ],
  },
  {
    id: 'xu-autocomplete',
    title: 'Xu, System Design Interview vol. 1, ch. 13 "Design a search autocomplete system", step 1: "Back of the envelope estimation"',
    sources: ['Vancouver-KDD/book-study: 06-system-design-interview/13-design-a-search-autocomplete-system/jun-ch13-design-a-search-autocomplete-system.md'],
    reading: 'copy',
    values: [
      // 4 × 5 × 1 B = 20 B
      {metric: 'input.workloads.queries.recordSize', published: 20, unit: 'B', tolerance: EXACT, quote: 'That is 4 x 5 = 20 bytes per query'},
      // 10 M × 10 × 20 ÷ 86,400 s = 23,148/s
      {metric: 'workload.suggestions.qps.read.avg', published: 24_000, unit: '/s', tolerance: ROUNDED, quote: '~24,000 query per second (QPS) = 10,000,000 users * 10 queries / day * 20 characters / 24 hours / 3600 seconds'},
      // 2 × 23,148 = 46,296/s (the book doubles its rounded 24,000)
      {metric: 'workload.suggestions.qps.read.peak', published: 48_000, unit: '/s', tolerance: ROUNDED, quote: 'Peak QPS = QPS * 2 = ~48,000'},
      // 10 M × 10 × 20 % × 20 B = 4e8 B a day
      {metric: 'workload.queries.storage.perDay', published: 0.4, unit: 'GB', tolerance: EXACT, quote: '10 million * 10 queries / day * 20 byte per query * 20% = 0.4 GB'},
    ],
  },
]
