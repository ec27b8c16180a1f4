import type {PublishedCase} from '../corpus.js'
import {XU} from './xu.js'

/** Every case of the corpus, one per spec in examples/published/. */
export const CASES: readonly PublishedCase[] = [...XU]
