import {MAX_CONFIG_BYTES} from '../config/types.js'
import {MAX_OVERLAY_BYTES} from '../overlay/types.js'
import {MAX_SPEC_BYTES} from '../spec/load.js'
import type {FileRole} from './input.js'

/**
 * An answers file for `sizeup practice`: one short line per question, and a
 * drill asks fewer than twenty. 64 KiB is a thousand times what one needs;
 * the limit keeps `--answers /dev/zero` from reading forever.
 */
export const MAX_ANSWERS_BYTES = 64 * 1024

/** The most a read of one input takes in, and what to suggest when a file has more. */
export interface ReadLimit {
  readonly maxBytes: number
  readonly sizeHint: string
}

/** Each kind of input's limit: the same numbers its loader checks (spec/load.ts, overlay/types.ts, config/types.ts). */
export const READ_LIMITS: Readonly<Record<FileRole, ReadLimit>> = {
  spec: {maxBytes: MAX_SPEC_BYTES, sizeHint: 'a system description is a few kilobytes; split it or remove generated content'},
  overlay: {maxBytes: MAX_OVERLAY_BYTES, sizeHint: 'an overlay is a page of YAML; remove generated content'},
  config: {maxBytes: MAX_CONFIG_BYTES, sizeHint: 'a configuration is a page of YAML; remove generated content'},
  answers: {maxBytes: MAX_ANSWERS_BYTES, sizeHint: 'one answer per line, e.g. `3.5K/s`'},
}
