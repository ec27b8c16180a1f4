/**
 * `sizeup/node`: the library's file helpers, for Node.js. The analysis
 * itself (`sizeup`) does no I/O; these read and write for it.
 *
 * @example
 * import {analyseFile} from 'sizeup/node'
 * const report = await analyseFile('design.yaml')
 */
import {readFile} from 'node:fs/promises'
import {type AnalysisRequest, analyse} from '../analysis/analyser.js'
import type {Report} from '../analysis/report.js'
import {fileReader} from './input.js'

export {fileReader, readFileInput, type FileRole} from './input.js'
export {writeFileAtomic, writeNewFile} from './atomic-write.js'
export {discoverConfig} from './config-file.js'
export {readTemplateDir} from './template-dir.js'

/** Analyses a spec file (or `-`, standard input), with an overlay and a review configuration if named. */
export function analyseFile(spec: string, request: Omit<AnalysisRequest, 'spec'> = {}): Promise<Report> {
  return analyse({...request, spec}, {read: fileReader(process.stdin)})
}

/** Mermaid's browser bundle as sizeup ships it, for renderHtml (the page inlines it). */
export function readMermaidBundle(): Promise<string> {
  // This module is dist/node/index.js; the build puts the bundle in dist/vendor/.
  return readFile(new URL('../vendor/mermaid.min.js', import.meta.url), 'utf8')
}
