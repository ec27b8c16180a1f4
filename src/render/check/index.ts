import type {CheckResult} from '../../check/types.js'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatJunit} from './junit.js'
import {formatMarkdown} from './markdown.js'
import {formatSarif} from './sarif.js'
import type {CheckStyle} from './style.js'
import {formatStylish} from './stylish.js'

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const
export type CheckFormat = (typeof CHECK_FORMATS)[number]

/** The check result in one format. Each is a pure function of the result; only stylish is ever coloured. */
export function formatCheck(result: CheckResult, format: CheckFormat, style?: CheckStyle): string {
  switch (format) {
    case 'stylish':
      return formatStylish(result, style)
    case 'json':
      return formatJson(result)
    case 'sarif':
      return formatSarif(result)
    case 'junit':
      return formatJunit(result)
    case 'github':
      return formatGithub(result)
    case 'markdown':
      return formatMarkdown(result)
  }
}

export type {CheckStyle} from './style.js'
export {PLAIN_CHECK} from './style.js'
