// The design facts of a spec (issue 14): what published designs state besides
// their numbers, and which the decision matrices read — where the system runs
// (placement), and per workload the guarantees its data needs (consistency,
// delivery, ledger, ordering, contention, transactions across workloads, ids).
// Kept apart from scripts/spec-schema.mjs, which spreads them in.
import {typed} from './typed.mjs'

/** What a user names (regions, jurisdictions, workloads): a letter, then letters, digits, `_` or `-`. */
const NAME = '^[A-Za-z][A-Za-z0-9_-]*$'

const SURVIVE = ['instance-loss', 'zone-loss', 'region-loss']

/** Where the system runs and which failures it must ride out: the redundancy and failover matrices read it. */
export const placement = typed('spec', 'SpecPlacement', {
  title: 'Placement',
  description: 'Where the system runs and what failure it must survive, as a design states it without (or besides) an availability figure: "multiple availability zones", "replicated across regions", "data stays in the EU". The redundancy and failover decisions read it.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    regions: {
      title: 'Regions',
      description: 'The regions the system runs in: a count (`2`), or their names (`[us-east-1, eu-west-1]`), each a letter followed by letters, digits, `_` or `-`.',
      type: ['integer', 'array'],
      minimum: 1,
      items: {type: 'string', pattern: NAME},
      minItems: 1,
      uniqueItems: true,
      examples: [2, ['us-east-1', 'eu-west-1']],
    },
    survive: typed('spec', 'Survive', {
      title: 'Failure to survive',
      description: 'The largest failure the system must keep serving through: `instance-loss` (one machine), `zone-loss` (one availability zone or data centre), `region-loss` (a whole region).',
      type: 'string',
      enum: SURVIVE,
      examples: ['zone-loss', 'region-loss'],
    }, {constant: 'SURVIVE'}),
    residency: {
      title: 'Data residency',
      description: 'Jurisdictions whose users\' data must stay within them (GDPR, CCPA …): each is served from its own region, and its data is not replicated out of it.',
      type: 'array',
      items: {type: 'string', pattern: NAME},
      minItems: 1,
      uniqueItems: true,
      examples: [['EU', 'US']],
    },
    highlyAvailable: {
      title: 'Highly available',
      description: 'The design asks for "high availability" without a figure. Read as surviving a zone loss, the usual meaning on a cloud; `slo.availability` or `survive` says more.',
      type: 'boolean',
      examples: [true],
    },
  },
  examples: [{regions: 2, survive: 'region-loss'}, {survive: 'zone-loss'}, {regions: ['eu-west-1', 'us-east-1'], residency: ['EU', 'US']}, {highlyAvailable: true}],
}, {doc: 'Where the system runs and which failure it must survive; each part optional.'})
