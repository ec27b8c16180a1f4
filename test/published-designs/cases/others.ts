import type {DesignCase} from '../corpus.js'

/*
 * An engineering blog post read in a full copy of its text, and three chapters
 * of "Grokking the System Design Interview" (Design Gurus, formerly on
 * educative.io), read in public copies of the course text. Grokking writes
 * almost every choice as "we can …": a choice counts as explicit only where
 * the text commits ("we must", "we will", "Remaining part of this chapter
 * assumes", "we guarantee").
 */

const GROKKING = 'https://www.designgurus.io/course/grokking-the-system-design-interview'

export const OTHER_DESIGNS: readonly DesignCase[] = [
  {
    id: 'discord-messages',
    title: 'Vishnevskiy, "How Discord Stores Billions of Messages" (Discord blog, 2017)',
    sources: ['https://discord.com/blog/how-discord-stores-billions-of-messages', 'search-index copy 23266032725'],
    reading: 'copy',
    choices: [
      {decision: 'datastore.messages', option: 'wide-column', strength: 'explicit', chosen: 'Cassandra, replacing one MongoDB replica set', quote: 'Cassandra was the only database that fulfilled all of our requirements.'},
      {decision: 'partitioning.messages', option: 'hash', strength: 'explicit', chosen: 'partitioned by channel and a 10-day bucket, clustered by message id', quote: 'our new primary key became ((channel_id, bucket), message_id)', unstated: 'that a partition must stay under ~100 MB'},
      {decision: 'id-generation.messages', option: 'snowflake', strength: 'explicit', chosen: 'Snowflake ids, sortable by time, as the clustering key', quote: 'every ID on Discord is actually a Snowflake (chronologically sortable)'},
      {decision: 'cache.messages', option: null, strength: 'explicit', chosen: 'no cache for messages', quote: 'We also do not want to have to cache messages in Redis or Memcached.', note: 'the reads are stated to spread evenly over the messages (`popularity: uniform`: "reads were extremely random"), so no cache is asked'},
      {decision: 'consistency', option: 'ap', strength: 'explicit', chosen: 'AP: eventual consistency accepted', quote: 'Cassandra is an AP database which means it trades strong consistency for availability which is something we wanted.'},
      {decision: 'failover', option: 'active-active', strength: 'explicit', chosen: 'replica factor 3, automatic failover, nodes added linearly', quote: 'We are currently running a 12 node cluster with a replica factor of 3'},
      {decision: 'other.migration', option: 'dark-launch', strength: 'explicit', chosen: 'double reads and writes to MongoDB and Cassandra', quote: 'We setup our code to double read/write to MongoDB and Cassandra.', note: 'no matrix: a migration strategy (dual writes, then a switch of reads) arises only when moving between two stores; a spec describes one system, not its move from another'},
      {decision: 'retention.messages', option: 'keep', strength: 'explicit', chosen: 'history kept forever; tombstones kept 2 days', quote: 'We lowered the lifespan of tombstones from 10 days down to 2 days'},
      {decision: 'retention.messages', option: 'tiered', strength: 'soft', chosen: 'unused channels archived to flat files on Google Cloud Storage', quote: 'Build a system to archive unused channels to flat files on Google Cloud Storage'},
    ],
  },
  {
    id: 'grokking-yelp',
    title: 'Grokking the System Design Interview: "Designing Yelp or Nearby Friends"',
    sources: [GROKKING, 'search-index copy 11104527286'],
    reading: 'copy',
    choices: [
      {decision: 'geo-index.places', option: 'quadtree', strength: 'explicit', chosen: 'a QuadTree of at most 500 places per leaf, in memory', quote: 'This tree structure in which each node can have four children is called a QuadTree'},
      {decision: 'partitioning.places', option: 'hash', strength: 'explicit', chosen: 'partitioned by the hash of LocationID; an aggregator asks every partition', quote: 'Remaining part of this chapter assumes that we have partitioned our data based on LocationID.'},
      {decision: 'failover', option: 'active-passive', strength: 'soft', chosen: 'a secondary replica of each QuadTree server takes over', quote: 'We can have a secondary replica of each server, and if primary dies, it can take control after the failover.'},
      {decision: 'cache.places', option: 'memcached', strength: 'soft', chosen: 'Memcache for hot places', quote: 'We can use an off-the-shelf solution like Memcache'},
      {decision: 'cache-eviction.places', option: 'lru', strength: 'explicit', chosen: 'least recently used', quote: 'For cache eviction policy, Least Recently Used (LRU) seems suitable for our system.'},
      {decision: 'load-balancing', option: 'round-robin', strength: 'soft', chosen: 'round robin at first, load-aware later', quote: 'Initially, a simple Round Robin approach can be adopted'},
      {decision: 'ranking.places', option: 'database-index', strength: 'soft', chosen: 'popularity refreshed once or twice a day', quote: 'we can decide to update it once or twice a day'},
    ],
  },
  {
    id: 'grokking-uber',
    title: 'Grokking the System Design Interview: "Designing Uber backend"',
    sources: [GROKKING, 'search-index copy 11104527286', 'ratatoskr-app/Grokking-System-Design: designs/uber-backend.md'],
    reading: 'copy',
    choices: [
      {decision: 'geo-index.driver-locations', option: 'quadtree', strength: 'explicit', chosen: "Yelp's QuadTree, refreshed every 15 seconds from a hash table of latest positions", quote: "we guarantee that a driver's current location will be reflected in the QuadTree within 15 seconds"},
      {decision: 'datastore.driver-locations', option: 'key-value', strength: 'explicit', chosen: 'an in-memory hash table of current locations, updated in place', quote: 'we will maintain a hash table that will store the current location reported by drivers', note: "an in-memory hash table keyed by driver; sizeup's key-value option is DynamoDB"},
      {decision: 'partitioning.driver-locations', option: 'hash', strength: 'explicit', chosen: 'the hash table spread over servers by DriverID', quote: 'for scalability, performance, and fault tolerance we should distribute the hash table onto multiple servers'},
      {decision: 'pubsub', option: 'none', strength: 'soft', chosen: 'clients pull every 5 s rather than subscribe (judged simpler)', quote: 'This solution looks quite simpler compared to the push model described above.'},
      {decision: 'realtime-transport', option: 'long-polling', strength: 'soft', chosen: 'HTTP long polling or push notifications', quote: 'We can either use HTTP long polling or push notifications.'},
      {decision: 'failover', option: 'active-passive', strength: 'soft', chosen: 'a secondary server takes over from a dead primary', quote: 'We would need replicas of these servers, so that if the primary dies the secondary can take control.'},
      {decision: 'other.matching', option: 'top-k-notify', strength: 'explicit', chosen: 'the top three drivers by rating notified at once; the first to accept wins', quote: 'The Aggregator server will send a notification to the top (say three) drivers simultaneously', note: 'no matrix: a ride marketplace\'s dispatch policy (offer to the top three drivers, first to accept wins); its reasons are driver behaviour no spec states, and no other design in the corpus weighs alternatives'},
    ],
  },
  {
    id: 'grokking-ticketmaster',
    title: 'Grokking the System Design Interview: "Designing Ticketmaster"',
    sources: ['ratatoskr-app/Grokking-System-Design: designs/ticketmaster.md', 'search-index copy 36269078687'],
    reading: 'copy',
    choices: [
      {decision: 'datastore.bookings', option: 'relational', strength: 'explicit', chosen: 'an ACID relational database', quote: 'the system should be secure and the database ACID compliant'},
      {decision: 'concurrency-control.bookings', option: 'pessimistic', strength: 'explicit', chosen: 'SQL transactions at SERIALIZABLE isolation (row locks)', quote: 'We can use transactions in SQL databases to avoid any clashes.'},
      {decision: 'other.holds', option: 'in-memory-expiry', strength: 'explicit', chosen: 'reservations of a show kept in memory, expiring after five minutes', quote: 'We can keep all the reservations of a \'show\' in memory in a data structure similar to Linked HashMap', note: 'no matrix: the data structure of one design (a linked hash map of holds, expiring after five minutes); the hold itself follows from `contention: high`, which the concurrency-control decision reads'},
      {decision: 'other.waiting-list', option: 'fifo', strength: 'explicit', chosen: 'a FIFO waiting list per show', quote: 'the head of the Linked HashMap would always be pointing to the longest waiting user', note: 'no matrix: a first-come, first-served queue is the only order the author considers fair; there is no alternative with criteria'},
      {decision: 'realtime-transport', option: 'long-polling', strength: 'explicit', chosen: 'long polling for the reservation status', quote: 'Clients can use Long Polling for keeping themselves updated for their reservation status.'},
      {decision: 'failover', option: 'active-passive', strength: 'explicit', chosen: 'master-slave for services and databases', quote: "we'll have a master-slave setup for databases to make them fault tolerant"},
    ],
  },
]
