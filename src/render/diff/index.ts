import type {Diff} from '../../diff/types.js'
import {PLAIN, type Style} from '../style.js'
import {renderDiffJson} from './json.js'
import {renderDiffMarkdown} from './markdown.js'
import {type DiffRenderOptions, renderDiffText} from './text.js'

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const
export type DiffFormat = (typeof DIFF_FORMATS)[number]

const NO_OPTIONS: DiffRenderOptions = {all: false, thresholds: [], config: null}

/** A diff as plain text (the terminal; coloured through `style`), Markdown (a pull-request comment) or JSON. Pure. */
export function renderDiff(diff: Diff, format: DiffFormat = 'text', options: DiffRenderOptions = NO_OPTIONS, style: Style = PLAIN): string {
  switch (format) {
    case 'json':
      return renderDiffJson(diff, options)
    case 'markdown':
      return renderDiffMarkdown(diff, options)
    case 'text':
      return renderDiffText(diff, options, style)
  }
}

export type {DiffRenderOptions} from './text.js'
