/**
 * Base units of every number the engine produces. Values are stored in these
 * units; renderers choose a human scale (3.47 K/s, 55.2 PB, 52m 34s). The list
 * is the published schemas' unit enum (scripts/schema/quantity.mjs, which says
 * what each unit means), generated at build.
 */
export type {Unit} from './generated/schema-types.js'
