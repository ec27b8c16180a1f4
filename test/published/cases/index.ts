import type {PublishedCase} from '../corpus.js'
import {AVAILABILITY} from './availability.js'
import {GROKKING} from './grokking.js'
import {SDP} from './sdp.js'
import {VENDORS} from './vendors.js'
import {XU} from './xu.js'

/** Every case of the corpus, one per spec in examples/published/. */
export const CASES: readonly PublishedCase[] = [...SDP, ...AVAILABILITY, ...XU, ...GROKKING, ...VENDORS]
