import type {Input, Media} from './model.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {UPLOADS_FROM} from './generated/schema-types.js'

/**
 * How a workload's media reach storage (scripts/schema/spec-media-upload.mjs):
 * the largest object a client uploads, and who uploads. A largest object
 * smaller than the average cannot be, and is located at `maxSize`.
 */
export function buildMediaUpload(r: FieldResolver, name: string, average: Input): Pick<Media, 'maxBytes' | 'uploadsFrom'> {
  const at = (field: string): string => `workloads.${name}.media.${field}`
  const max = r.has(at('maxSize')) && r.quantity(at('maxSize')) !== null ? orDefault(r, at('maxSize'), 0) : null
  if (max !== null && max.value < average.value) {
    r.report(at('maxSize'), `\`${at('maxSize')}\` (\`${r.writtenText(at('maxSize'))}\`) is smaller than the average \`media.size\` (\`${r.writtenText(at('size'))}\`)`, 'the largest object a client may upload, at least the average: e.g. `1 GB` for videos of 300 MB on average')
  }
  const from = UPLOADS_FROM.find((u) => u === r.raw(at('uploadsFrom')))
  return {...(max !== null && max.value > 0 ? {maxBytes: max} : {}), ...(from ? {uploadsFrom: from} : {})}
}
