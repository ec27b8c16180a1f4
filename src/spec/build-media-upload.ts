import type {Input, Media} from './model.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {MEDIA_EDITS, UPLOADS_FROM} from './generated/schema-types.js'

/**
 * How a workload's media reach storage (scripts/schema/spec-media-upload.mjs):
 * the largest object a client uploads, and who uploads. A largest object
 * smaller than the average cannot be, and is located at `maxSize`.
 */
export function buildMediaUpload(r: FieldResolver, name: string, average: Input): Pick<Media, 'maxBytes' | 'uploadsFrom' | 'smallShare' | 'duplicateShare' | 'edits'> {
  const at = (field: string): string => `workloads.${name}.media.${field}`
  const max = r.has(at('maxSize')) && r.quantity(at('maxSize')) !== null ? orDefault(r, at('maxSize'), 0) : null
  if (max !== null && max.value < average.value) {
    r.report(at('maxSize'), `\`${at('maxSize')}\` (\`${r.writtenText(at('maxSize'))}\`) is smaller than the average \`media.size\` (\`${r.writtenText(at('size'))}\`)`, 'the largest object a client may upload, at least the average: e.g. `1 GB` for videos of 300 MB on average')
  }
  const from = UPLOADS_FROM.find((u) => u === r.raw(at('uploadsFrom')))
  const small = smallShareOf(r, name, average)
  const edits = MEDIA_EDITS.find((x) => x === r.raw(at('edits')))
  const duplicates = r.has(at('duplicateShare')) && r.quantity(at('duplicateShare')) !== null ? orDefault(r, at('duplicateShare'), 0) : null
  if (duplicates !== null && duplicates.value >= 1) {
    r.report(at('duplicateShare'), `\`${at('duplicateShare')}\` (\`${r.writtenText(at('duplicateShare'))}\`) makes every upload a file already stored, so nothing new is ever stored`, 'the share of uploads that are already stored, under 100 %: e.g. `30%`')
  }
  return {
    ...(max !== null && max.value > 0 ? {maxBytes: max} : {}),
    ...(from ? {uploadsFrom: from} : {}),
    ...(small ? {smallShare: small} : {}),
    ...(duplicates ? {duplicateShare: duplicates} : {}),
    ...(edits ? {edits} : {}),
  }
}

/** Objects under this size are the small ones `media.smallShare` counts (Xu and Lam vol. 2 ch. 9: "small objects (less than 1MB)"). */
export const SMALL_OBJECT_BYTES = 1_000_000

/**
 * `media.smallShare`, when stated: the share of objects under 1 MB. All of
 * them small with an average of 1 MB or more, or none with an average under
 * 1 MB, cannot be, and is located at the share.
 */
function smallShareOf(r: FieldResolver, name: string, average: Input): Input | null {
  const at = `workloads.${name}.media.smallShare`
  if (!r.has(at) || r.quantity(at) === null) return null
  const share = orDefault(r, at, 0)
  const written = `\`${at}\` (\`${r.writtenText(at)}\`)`
  const size = `the average \`media.size\` (\`${r.writtenText(`workloads.${name}.media.size`)}\`)`
  if (share.value >= 1 && average.value >= SMALL_OBJECT_BYTES) {
    r.report(at, `${written} makes every object smaller than 1 MB, but ${size} is 1 MB or more`, 'the share of objects under 1 MB: below 100 % when some are larger, e.g. `20%`')
  } else if (share.value <= 0 && average.value < SMALL_OBJECT_BYTES) {
    r.report(at, `${written} makes every object 1 MB or larger, but ${size} is under 1 MB`, 'the share of objects under 1 MB: above 0 % when some are smaller, e.g. `20%`')
  }
  return share
}
