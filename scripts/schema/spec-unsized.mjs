// What a design states about a workload's data in words rather than figures
// (issue 14): a workload named by its role and use without any figure (the
// static assets a CDN serves, video metadata, an alert store), whose decisions
// that need no rate are made while the estimate, plan and cost leave it out;
// static assets; how unevenly geo points are spread. Spread into the
// workload's properties by scripts/spec-schema.mjs.

/** The workload fields that state no number: what the data is and how it is used. */
export const workloadRoleFacts = {
  figures: {
    title: 'Figures',
    description: '`none`: the design names this data and how it is used (its access pattern, its guarantees) but states no rate, count or size for it — the static assets a CDN serves, video metadata, an alert store. The decisions that need no figure (data store, CDN, delivery …) are still made for it; the estimate counts nothing for it, and the plan and the cost leave it out, saying why. It then states none of `reads`, `writes`, `records`, `recordSize`, `recordFields`, `readSize`, `media`, `retention`.',
    type: 'string',
    enum: ['none'],
    examples: ['none'],
  },
  density: {
    title: 'Density of the points',
    description: 'With `access: geo`, how the points are spread over the map: `uneven` (dense in some places and sparse in others: thousands of places in a downtown, none in an ocean), or `even`. The geospatial-index decision reads it: an index whose cells split where points are dense keeps every cell to about as many points.',
    type: 'string',
    enum: ['even', 'uneven'],
    examples: ['uneven'],
  },
  static: {
    title: 'Static assets',
    description: 'Whether this workload is static assets: files that are the same for every user and change only with a release (the site\'s or app\'s scripts, styles, images, fonts). A CDN is what serves them: the CDN decision reads it.',
    type: 'boolean',
    examples: [true],
  },
}
