// What the team already runs (issue 14): the compute platform a new system
// could be deployed on without standing up another. Spread into `team:` by
// scripts/spec-schema.mjs.
import {typed} from './typed.mjs'

const PLATFORMS = ['none', 'containers', 'virtual-machines']

/** `team.platform`: the compute decision reads it. */
export const platform = typed('spec', 'Platform', {
  title: 'Platform the team runs',
  description: 'The compute platform the team already runs and would deploy this system on: `none` (built from the ground up: "if we build the game from the ground up"), `containers` (a Kubernetes or ECS cluster of its own), `virtual-machines` (fleets of instances it provisions and patches). The compute decision reads it: a platform the team already runs costs no new operations.',
  type: 'string',
  enum: PLATFORMS,
  examples: ['none', 'containers'],
}, {constant: 'PLATFORMS'})
