// Rank correlations between ranged inputs (src/spec/correlations.ts): the
// samples of the two fields are ordered (Iman–Conover) so that their ranks
// move together. Spread into the spec's top-level properties by spec-schema.mjs.

export const correlations = {
  title: 'Correlations',
  description: 'Ranged fields that move together: each entry names two fields written as ranges (spec paths such as `users.mau` and `workloads.posts.writes.perUserPerDay`) and their rank (Spearman) correlation, between -1 and 1 (exclusive). Their samples keep their own distributions and are reordered (Iman–Conover) so that their ranks correlate as stated: many users and many posts per user together, rather than independently. The correlations together must be possible (a positive-definite matrix); at most 20 fields. Without this section, ranged fields are independent.',
  type: 'array',
  maxItems: 100,
  items: {
    title: 'Correlation',
    description: 'Two ranged fields and the rank correlation of their samples.',
    type: 'object',
    additionalProperties: false,
    required: ['between', 'rank'],
    properties: {
      between: {
        title: 'Fields',
        description: 'The spec paths of two fields written as ranges.',
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: {type: 'string'},
        examples: [['users.mau', 'workloads.posts.writes.perUserPerDay']],
      },
      rank: {title: 'Rank correlation', description: 'Spearman\'s ρ of the two fields\' samples: 0.6 moves them together, -0.6 against each other, 0 leaves them independent.', type: 'number', exclusiveMinimum: -1, exclusiveMaximum: 1, examples: [0.6, -0.3]},
    },
    examples: [{between: ['users.mau', 'workloads.posts.writes.perUserPerDay'], rank: 0.6}],
  },
  examples: [[{between: ['users.mau', 'workloads.posts.writes.perUserPerDay'], rank: 0.6}]],
}
