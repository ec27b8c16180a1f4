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
]
