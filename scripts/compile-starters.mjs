// The templates of `sizeup init`: bundled examples, listed here, their text
// inlined at build so that a run reads no file of its own. test/cli/init.test.ts
// checks that every one, as init writes it, passes `sizeup check`.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'

export const STARTERS = [
  ['social-feed', 'Social feed (Twitter-like home timeline)', 'examples/social-feed.yaml'],
  ['url-shortener', 'URL shortener (TinyURL / bit.ly)', 'examples/url-shortener.yaml'],
  ['chat', 'Chat (WhatsApp-scale messaging)', 'examples/chat.yaml'],
  ['video-streaming', 'Video streaming (YouTube-like uploads and playback)', 'examples/video-streaming.yaml'],
  ['ride-hailing', 'Ride-hailing (Uber-like locations, matching, trips)', 'examples/ride-hailing.yaml'],
  ['ecommerce', 'E-commerce checkout (cart, orders, payments)', 'examples/ecommerce-checkout.yaml'],
  ['metrics-ingestion', 'Metrics ingestion (time series from a server fleet)', 'examples/practice/metrics-ingestion.yaml'],
  ['web-crawler', 'Web crawler', 'examples/practice/web-crawler.yaml'],
  ['search-autocomplete', 'Search autocomplete', 'examples/practice/search-autocomplete.yaml'],
]

export function compileStarters(root) {
  return STARTERS.map(([id, title, file]) => ({id, title, file, text: readFileSync(join(root, file), 'utf8')}))
}
