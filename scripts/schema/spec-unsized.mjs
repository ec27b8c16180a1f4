// A workload a design names by its role and how it is used, without a figure
// (issue 14): the static assets a CDN serves, video metadata, an alert store.
// The decisions that need no rate are made for it; the estimate, the plan and
// the cost leave it out and say so. Spread into the workload's properties by
// scripts/spec-schema.mjs.

/** The workload fields that state no number: what the data is and how it is used. */
export const workloadRoleFacts = {
  figures: {
    title: 'Figures',
    description: '`none`: the design names this data and how it is used (its access pattern, its guarantees) but states no rate, count or size for it — the static assets a CDN serves, video metadata, an alert store. The decisions that need no figure (data store, CDN, delivery …) are still made for it; the estimate counts nothing for it, and the plan and the cost leave it out, saying why. It then states none of `reads`, `writes`, `records`, `recordSize`, `recordFields`, `readSize`, `media`, `retention`.',
    type: 'string',
    enum: ['none'],
    examples: ['none'],
  },
  static: {
    title: 'Static assets',
    description: 'Whether this workload is static assets: files that are the same for every user and change only with a release (the site\'s or app\'s scripts, styles, images, fonts). A CDN is what serves them: the CDN decision reads it.',
    type: 'boolean',
    examples: [true],
  },
}
