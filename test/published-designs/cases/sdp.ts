import type {DesignCase} from '../corpus.js'

/*
 * Donne Martin, "The System Design Primer" (donnemartin/system-design-primer),
 * the solutions under solutions/system_design/, read in the repository at the
 * commit each spec names. The primer writes most choices as "we could …"; a
 * choice counts as explicit where the author commits ("we'll use", "should be
 * handled by") or where it is the only mechanism the design uses (in the flow,
 * the schema or the code), soft where it is offered beside an equal
 * alternative or as an optional optimisation. The bare link lists of "talking
 * points" in every step 4 are not choices.
 */

const SDP = 'donnemartin/system-design-primer: solutions/system_design'

export const SDP_DESIGNS: readonly DesignCase[] = [
  {
    id: 'sdp-pastebin',
    title: 'Martin, The System Design Primer: "Design Pastebin.com (or Bit.ly)"',
    sources: [`${SDP}/pastebin/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'datastore.pastes', option: 'relational', strength: 'explicit', chosen: 'a relational database for the paste index', quote: 'The following discussion uses the relational database approach.'},
      {decision: 'datastore.contents', option: 'object-storage', strength: 'explicit', chosen: 'an object store (S3) for the paste text', quote: 'we could use a managed Object Store such as Amazon S3'},
      {decision: 'short-code.pastes', option: 'hash-collision-check', strength: 'explicit', chosen: 'MD5 of IP and time, base62, first 7 characters, retry on a collision', quote: "Take the MD5 hash of the user's ip_address + timestamp"},
      {decision: 'processing.page-views', option: 'batch', strength: 'explicit', chosen: 'batch (MapReduce over the web server logs)', quote: 'Since realtime analytics are not a requirement, we could simply MapReduce the Web Server logs'},
      {decision: 'analytical-store.page-views', option: 'warehouse', strength: 'explicit', chosen: 'a data warehouse (Redshift, BigQuery)', quote: 'The Analytics Database could use a data warehousing solution such as Amazon Redshift or Google BigQuery.'},
      {
        decision: 'cache.pastes',
        option: ['redis', 'memcached'],
        strength: 'explicit',
        chosen: 'a memory cache for popular pastes',
        quote: 'traffic for popular content should be handled by the Memory Cache instead of the database',
        note: 'asked at 80 reads/s at peak because reads outnumber writes 10 to 1 and the hot set fits one node; "Traffic is not evenly distributed" has no figure',
      },
      {decision: 'replication.pastes', option: 'read-replicas', strength: 'explicit', chosen: 'SQL read replicas for cache misses', quote: 'The SQL Read Replicas should be able to handle the cache misses'},
      {decision: 'partitioning.pastes', option: null, strength: 'explicit', chosen: 'no sharding: one primary takes the writes', quote: '4 average paste writes per second (with higher at peak) should be do-able for a single SQL Write Master-Slave.'},
      {decision: 'retention.pastes', option: 'expire', strength: 'explicit', chosen: 'a periodic scan deletes expired pastes', quote: 'scan the SQL Database for all entries whose expiration timestamp are older than the current timestamp'},
    ],
  },
  {
    id: 'sdp-twitter',
    title: 'Martin, The System Design Primer: "Design the Twitter timeline and search"',
    sources: [`${SDP}/twitter/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'datastore.tweets', option: 'relational', strength: 'explicit', chosen: "a relational database for the user's own tweets", quote: "We could store the user's own tweets to populate the user timeline ... in a relational database."},
      {decision: 'cache.tweets', option: 'redis', strength: 'explicit', chosen: 'home timelines as Redis lists', quote: 'If our Memory Cache is Redis, we could use a native Redis list'},
      {decision: 'fanout.tweets', option: 'push', strength: 'explicit', chosen: "push: the tweet is written into every follower's home timeline", quote: "Stores the tweet in the home timeline of the user's followers in a Memory Cache"},
      {decision: 'fanout.tweets', option: 'hybrid', strength: 'soft', chosen: 'no fan-out for highly-followed users', quote: 'We could also avoid fanning out tweets from highly-followed users.'},
      {decision: 'media-path.tweets', option: ['object-storage', 'object-storage-cdn'], strength: 'explicit', chosen: 'an object store for photos and videos', quote: 'We could store media such as photos or videos on an Object Store.'},
      {decision: 'search-engine.searches', option: 'elasticsearch', strength: 'explicit', chosen: 'a Lucene search cluster, scatter-gather', quote: 'Queries the Search Cluster (ie Lucene) for the results'},
      {decision: 'queue', option: ['kafka', 'rabbitmq'], strength: 'explicit', chosen: 'a queue for notifications, sent asynchronously', quote: 'Uses a Queue (not pictured) to asynchronously send out notifications'},
      {decision: 'cache-eviction.tweets', option: 'lru', strength: 'explicit', chosen: 'a few hundred tweets per home timeline, active users only', quote: 'Keep only several hundred tweets for each home timeline in the Memory Cache'},
      {decision: 'retention.tweets', option: 'tiered', strength: 'explicit', chosen: 'one month of tweets in the tweet info service', quote: 'Store only a month of tweets in the Tweet Info Service'},
      {decision: 'partitioning.tweets', option: ['hash', 'consistent-hashing', 'range'], strength: 'explicit', chosen: 'shard or federate: one primary cannot take the writes', quote: 'The high volume of writes would overwhelm a single SQL Write Master-Slave'},
      {decision: 'replication.tweets', option: 'beyond-replicas', strength: 'explicit', chosen: 'read replicas alone are not enough', quote: 'it is unlikely the SQL Read Replicas alone would be enough to handle the cache misses'},
    ],
  },
  {
    id: 'sdp-web-crawler',
    title: 'Martin, The System Design Primer: "Design a web crawler"',
    sources: [`${SDP}/web_crawler/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'datastore.crawled', option: 'key-value', strength: 'explicit', chosen: 'a key-value NoSQL store for the links to crawl and crawled', quote: 'We could store links_to_crawl and crawled_links in a key-value NoSQL Database.'},
      {decision: 'ranking.frontier', option: 'sorted-set', strength: 'explicit', chosen: 'a Redis sorted set ranks the links to crawl', quote: 'we could use Redis with sorted sets to maintain a ranking of page links'},
      {decision: 'queue', option: ['rabbitmq', 'kafka'], strength: 'explicit', chosen: 'job queues to the reverse index and document services', quote: 'Adds a job to the Reverse Index Service queue to generate a reverse index'},
      {decision: 'processing.crawled', option: 'batch', strength: 'explicit', chosen: 'batch (MapReduce) to find duplicate urls', quote: 'With 1 billion links to crawl, we could use MapReduce to output only entries that have a frequency of 1', unstated: 'a deduplication pass over the links, which is no aggregation of results'},
      {decision: 'search-engine.searches', option: 'elasticsearch', strength: 'explicit', chosen: 'its own reverse index service (Solr and Nutch excluded)', quote: 'The Reverse Index Service ranks the matching results and returns the top ones', note: 'a search cluster of inverted indexes, built in-house because the exercise excludes Solr and Nutch'},
      {decision: 'cache.searches', option: ['redis', 'memcached'], strength: 'explicit', chosen: 'Redis or Memcached for popular queries', quote: 'Popular queries can be served from a Memory Cache such as Redis or Memcached'},
      {decision: 'partitioning.pages', option: ['hash', 'consistent-hashing', 'range'], strength: 'explicit', chosen: 'sharding and replication of the index and document services', quote: 'will likely need to make heavy use sharding and replication'},
    ],
  },
  {
    id: 'sdp-mint',
    title: 'Martin, The System Design Primer: "Design Mint.com"',
    sources: [`${SDP}/mint/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'datastore.accounts', option: 'relational', strength: 'explicit', chosen: 'a relational database for users and accounts', quote: 'We could store info on the 10 million users in a relational database.'},
      {decision: 'datastore.transactions', option: 'relational', strength: 'explicit', chosen: 'relational tables for transactions and monthly spending', quote: 'Updates the SQL Database transactions table with categorized transactions'},
      {decision: 'id-generation.transactions', option: 'sequence', strength: 'explicit', chosen: 'AUTO_INCREMENT keys', quote: 'id int NOT NULL AUTO_INCREMENT'},
      {decision: 'queue', option: 'rabbitmq', strength: 'explicit', chosen: 'a task queue (SQS or RabbitMQ) for extraction jobs', quote: 'places a job on a Queue such as Amazon SQS or RabbitMQ'},
      {decision: 'processing.transactions', option: 'batch', strength: 'soft', chosen: 'MapReduce over the raw transaction files', quote: 'we can run MapReduce jobs on the raw transaction files'},
      {decision: 'cache.transactions', option: ['redis', 'memcached'], strength: 'explicit', chosen: 'Redis or Memcached for sessions, stats and recent transactions', quote: 'User sessions, aggregate stats by category, and recent transactions could be placed in a Memory Cache such as Redis or Memcached.', note: 'the reads alone (400/s at peak, a tenth of a read per write) would not call for a cache; the session each read checks (`lookups: {perRead: 1}`, 400 lookups/s at peak) does'},
      {decision: 'cache-strategy.transactions', option: 'cache-aside', strength: 'explicit', chosen: 'cache-aside', quote: 'The approach above describes cache-aside.'},
      {decision: 'cdn', option: 'static-assets', strength: 'explicit', chosen: 'static content from S3 through a CDN', quote: 'Static content can be served from the Object Store such as S3, which is cached on the CDN', unstated: 'the static content has no figure'},
      {decision: 'analytical-store.transactions', option: 'warehouse', strength: 'soft', chosen: 'a data warehouse (Redshift, BigQuery)', quote: 'a separate Analytics Database using a data warehousing solution such as Amazon Redshift or Google BigQuery'},
      {decision: 'retention.transactions', option: 'tiered', strength: 'soft', chosen: 'a month in the database, the rest in a warehouse or object store', quote: 'store a month of transactions data in the database, while storing the rest in a data warehouse or in an Object Store'},
      {decision: 'replication.transactions', option: 'read-replicas', strength: 'explicit', chosen: 'SQL read replicas for cache misses', quote: 'The SQL Read Replicas should be able to handle the cache misses'},
      {decision: 'partitioning.transactions', option: ['hash', 'consistent-hashing', 'range'], strength: 'explicit', chosen: 'one primary "might be tough" at 2,000 writes/s', quote: '2,000 average transaction writes per second (higher at peak) might be tough for a single SQL Write Master-Slave.'},
    ],
  },
  {
    id: 'sdp-query-cache',
    title: 'Martin, The System Design Primer: "Design a key-value cache to save the results of the most recent web server queries"',
    sources: [`${SDP}/query_cache/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'cache.queries', option: ['redis', 'memcached'], strength: 'explicit', chosen: 'Redis or Memcached', quote: 'Popular queries can be served from a Memory Cache such as Redis or Memcached'},
      {decision: 'cache-eviction.queries', option: 'lru', strength: 'explicit', chosen: 'least recently used', quote: "we'll use a least recently used (LRU) approach to expire older entries", unstated: '"Limited memory in cache" has no figure'},
      {decision: 'cache-eviction.queries', option: 'ttl', strength: 'explicit', chosen: 'a time to live per entry', quote: 'set a max time that a cached entry can stay in the cache ... time to live (TTL)', unstated: 'how often the results behind a query change'},
      {decision: 'cache-strategy.queries', option: 'cache-aside', strength: 'explicit', chosen: 'cache-aside', quote: 'The approach above describes cache-aside.'},
      {decision: 'partitioning.queries', option: ['hash', 'consistent-hashing'], strength: 'explicit', chosen: 'the cache sharded across the cluster by the query', quote: 'The cache is sharded across all machines in the cache cluster - More complex, although it is likely the best option.'},
      {decision: 'load-balancing', option: 'consistent-hashing', strength: 'explicit', chosen: 'consistent hashing to the cache shard', quote: "We'll likely want to use consistent hashing.", note: 'the consistent hashing finds the cache machine that holds a query: stated as `stateful: true` (each machine holds its own queries\' results in memory), which sends each key to its instance; where the shards lie is partitioning.queries (also matched)'},
    ],
  },
  {
    id: 'sdp-sales-rank',
    title: 'Martin, The System Design Primer: "Design Amazon\'s sales rank by category feature"',
    sources: [`${SDP}/sales_rank/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'datastore.sales', option: 'object-storage', strength: 'explicit', chosen: 'raw sales logs in an object store (S3)', quote: 'store the raw Sales API server log files on a managed Object Store such as Amazon S3'},
      {decision: 'processing.sales', option: 'batch', strength: 'explicit', chosen: 'a multi-step MapReduce and a distributed sort', quote: "We'll use a multi-step MapReduce"},
      {decision: 'ranking.ranks', option: 'database-index', strength: 'explicit', chosen: 'an aggregate table sales_rank in SQL, rewritten by the batch', quote: 'writing the results to an aggregate table sales_rank in a SQL Database'},
      {decision: 'datastore.ranks', option: 'relational', strength: 'explicit', chosen: 'a SQL table of ranks', quote: 'writing the results to an aggregate table sales_rank in a SQL Database'},
      {decision: 'id-generation.ranks', option: 'sequence', strength: 'explicit', chosen: 'AUTO_INCREMENT keys of the rank table', quote: 'id int NOT NULL AUTO_INCREMENT', unstated: 'how many rows the hourly job writes into the rank table'},
      {decision: 'analytical-store.sales', option: 'warehouse', strength: 'explicit', chosen: 'a data warehouse (Redshift, BigQuery)', quote: 'The Analytics Database could use a data warehousing solution such as Amazon Redshift or Google BigQuery.'},
      {decision: 'retention.sales', option: 'tiered', strength: 'soft', chosen: 'a limited period in the database, the rest in a warehouse', quote: 'store a limited time period of data in the database, while storing the rest in a data warehouse or in an Object Store'},
      {decision: 'cache.ranks', option: ['redis', 'memcached'], strength: 'explicit', chosen: 'a memory cache for popular products and their ranks', quote: 'traffic for popular content (and their sales rank) should be handled by the Memory Cache'},
      {decision: 'replication.ranks', option: 'beyond-replicas', strength: 'explicit', chosen: 'read replicas may not take the cache misses at 40,000 reads/s', quote: 'the SQL Read Replicas might not be able to handle the cache misses', note: '80,000 reads/s at peak (40,000 on average) are within the ~150,000/s a primary and fifteen read replicas serve (Amazon RDS), before the memory cache takes the popular ranks; the primer writes the same hedge at the same 40,000 reads/s in its scaling-on-AWS solution, where the corpus records read replicas'},
      {decision: 'partitioning.sales', option: ['hash', 'consistent-hashing', 'range'], strength: 'explicit', chosen: 'one primary "might be tough" at 400 writes/s', quote: '400 average writes per second (higher at peak) might be tough for a single SQL Write Master-Slave'},
    ],
  },
  {
    id: 'sdp-social-graph',
    title: 'Martin, The System Design Primer: "Design the data structures for a social network"',
    sources: [`${SDP}/social_graph/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'partitioning.people', option: 'directory', strength: 'explicit', chosen: 'users sharded across Person Servers, found through a Lookup Service', quote: "we'll need to shard users across Person Servers and access them with a Lookup Service"},
      {decision: 'partitioning.people', option: 'range', strength: 'soft', chosen: 'shard by location', quote: 'Shard Person Servers by location to further improve this, as friends generally live closer to each other'},
      {
        decision: 'datastore.people',
        option: 'graph',
        strength: 'explicit',
        chosen: 'a graph database such as Neo4j, were it not excluded by the exercise',
        quote: 'Use a Graph Database such as Neo4j ... (if there were no constraint preventing the use of Graph Databases)',
        note: 'the design itself keeps people on its own Person Servers only because the exercise forbids graph databases',
      },
      {decision: 'cache.people', option: ['redis', 'memcached'], strength: 'explicit', chosen: 'Redis or Memcached for person data', quote: 'person data can be served from a Memory Cache such as Redis or Memcached', note: '800 searches/s at peak alone would not call for a cache; each search fetches the people it visits (`lookups: {perRead: 50}`: 40,000 lookups/s at peak)'},
      {decision: 'processing.people', option: 'batch', strength: 'soft', chosen: 'offline batch BFS results stored in NoSQL', quote: 'Batch compute offline then store complete or partial BFS traversals to speed up subsequent lookups in a NoSQL Database'},
    ],
  },
  {
    id: 'sdp-scaling-aws',
    title: 'Martin, The System Design Primer: "Design a system that scales to millions of users on AWS"',
    sources: [`${SDP}/scaling_aws/README.md`],
    reading: 'primary',
    choices: [
      {decision: 'datastore.content', option: 'relational', strength: 'explicit', chosen: 'MySQL (RDS)', quote: 'We can start off using a MySQL Database on the single box.'},
      {decision: 'datastore.static', option: 'object-storage', strength: 'explicit', chosen: 'S3 for static content', quote: 'Consider using a managed Object Store like S3 to store static content'},
      {decision: 'load-balancing', option: ['round-robin', 'least-connections'], strength: 'explicit', chosen: 'a load balancer (ELB or HAProxy) in front of stateless web servers', quote: "Add a Load Balancer such as Amazon's ELB or HAProxy"},
      {decision: 'redundancy', option: 'multi-az', strength: 'explicit', chosen: 'web servers and databases over several availability zones', quote: 'Use multiple Web Servers spread out over multiple availability zones'},
      {decision: 'failover', option: 'active-passive', strength: 'explicit', chosen: 'MySQL master-slave failover across zones', quote: 'Use multiple MySQL instances in Master-Slave Failover mode across multiple availability zones to improve redundancy'},
      {decision: 'cdn', option: ['static-assets', 'media-and-dynamic'], strength: 'explicit', chosen: 'CloudFront for static and some dynamic content', quote: 'Move static (and some dynamic) content to a Content Delivery Network (CDN) such as CloudFront'},
      {decision: 'cache.content', option: ['redis', 'memcached'], strength: 'explicit', chosen: 'ElastiCache for content and sessions', quote: 'Move the following data to a Memory Cache such as Elasticache to reduce load and latency'},
      {decision: 'replication.content', option: 'read-replicas', strength: 'explicit', chosen: 'MySQL read replicas', quote: 'Add MySQL Read Replicas to reduce load on the write master'},
      {decision: 'autoscaling', option: 'reactive', strength: 'explicit', chosen: 'autoscaling of the stateless web tier', quote: 'Add Autoscaling to provision capacity as needed', unstated: 'the business-hours traffic shape has no figure'},
      {decision: 'retention.content', option: 'tiered', strength: 'soft', chosen: 'a limited period in MySQL, the rest in Redshift', quote: 'storing a limited time period of data in the database, while storing the rest in a data warehouse such as Redshift'},
      {decision: 'queue', option: ['rabbitmq', 'kafka'], strength: 'soft', chosen: 'SQS and workers for asynchronous jobs', quote: 'Application Server puts a job in a Queue such as SQS'},
      {decision: 'datastore.content', option: 'key-value', strength: 'soft', chosen: 'move some data to DynamoDB past one primary', quote: 'consider moving appropriate data to a NoSQL Database such as DynamoDB'},
    ],
  },
]
