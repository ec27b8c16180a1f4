import type {DesignCase} from '../corpus.js'
import {OTHER_DESIGNS} from './others.js'
import {SDP_DESIGNS} from './sdp.js'
import {XU_DESIGNS} from './xu.js'

/** Every design of the corpus, one per spec in examples/published-designs/. */
export const DESIGNS: readonly DesignCase[] = [...SDP_DESIGNS, ...XU_DESIGNS, ...OTHER_DESIGNS]
