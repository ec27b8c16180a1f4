import {EXACT, type PublishedCase, ROUNDED} from '../corpus.js'

/*
 * Vendors' own sizing guides. The OpenSearch page was read in AWS's official
 * translations (zh-TW quoted below; the numbers and the formula are the
 * English page's); the English glosses in the comments are ours.
 */

export const VENDORS: readonly PublishedCase[] = [
  {
    id: 'aws-opensearch-storage',
    title: 'Amazon OpenSearch Service Developer Guide: "Calculating storage requirements"',
    sources: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/bp-storage.html',
      'https://docs.aws.amazon.com/zh_tw/opensearch-service/latest/developerguide/bp-storage.html',
    ],
    reading: 'copy',
    values: [
      // 200 MiB × 24 = 4.6875 GiB a day ("200 MiB of log data an hour, that is 4.7 GiB a day")
      {metric: 'storage.perDay', published: 4.7, unit: 'GiB', tolerance: EXACT, quote: '每小時產生 200 MiB 的日誌資料,也就是每天 4.7 GiB'},
      // 4.6875 GiB × 14 days = 65.625 GiB ("with a two-week retention, 66 GiB at any given time")
      {metric: 'storage.total', published: 66, unit: 'GiB', tolerance: ROUNDED, quote: '假設您的保留期間為兩週,則在任何指定時間的資料為 66 GiB'},
      // 65.625 GiB × 2 × 1.1 ÷ 0.95 ÷ 0.8 = 189.97 GiB (the page starts from its rounded 66 GiB)
      {metric: 'storage.provisioned', scenario: 'domain', published: 191, unit: 'GiB', tolerance: ROUNDED, quote: '66 * 2 * 1.1 / 0.95 / 0.8 = 191 GiB'},
    ],
  },
]
