/**
 * The price catalog, as data/prices.yaml holds it (compiled at build into
 * generated/prices.js): dated, one region, each price with its reference key
 * and source. Keys: `storage.object`, `storage.block` (per GB-month held),
 * `egress.internet`, `egress.cdn` (per GB sent), `compute.<class>` (per
 * machine hour). A GB is 1,000,000,000 B. The types are those of
 * specs/prices.schema.json (scripts/knowledge-schema.mjs).
 */
export type {Price, PriceCatalog} from './generated/schema-types.js'

export const GB = 1e9
