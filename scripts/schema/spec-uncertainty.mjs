// How the least-regret pick weighs being wrong (src/analysis/regret-weights.ts,
// src/matrices/under-uncertainty.ts). Spread into the spec's top-level
// properties by spec-schema.mjs.

const weight = (title, description, examples) => ({title, description, type: 'number', minimum: 0, maximum: 1000, examples})

export const uncertainty = {
  title: 'Decisions under uncertainty',
  description: 'How a spec with ranges weighs its decisions across the sampled worlds. `regret` sets the least-regret pick\'s weights; each one left out keeps its default, the spend regret of Netflix\'s service-capacity-modeling (`CapacityRegretParameters.spend` in service_capacity_modeling/interface.py: over-provisioning 1, under-provisioning 1.25, exponent 1.2). A spec without ranges makes no pick and ignores it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    regret: {
      title: 'Regret weights',
      description: 'A world whose own best plan costs y a month regrets an option that costs x there by overProvisioning × (x − y)^exponent when x > y (paying for capacity it did not need) and by underProvisioning × (y − x)^exponent when x < y (running short); the pick is the option with the lowest mean regret.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        overProvisioning: weight('Over-provisioning weight', 'Regret per (dollar a month)^exponent spent beyond what the world needed (default 1); 0 ignores over-spending.', [1, 0.5]),
        underProvisioning: weight('Under-provisioning weight', 'Regret per (dollar a month)^exponent of capacity the world needed and did not get (default 1.25): above the over-provisioning weight, running short weighs more than paying too much.', [1.25, 3]),
        exponent: {title: 'Exponent', description: 'The power a miss is raised to (default 1.2): above 1, a large miss weighs more than in proportion. Between 0.1 and 4.', type: 'number', minimum: 0.1, maximum: 4, examples: [1.2, 1]},
      },
      examples: [{overProvisioning: 1, underProvisioning: 1.25, exponent: 1.2}, {underProvisioning: 3}],
    },
  },
  examples: [{regret: {overProvisioning: 1, underProvisioning: 1.25, exponent: 1.2}}],
}
