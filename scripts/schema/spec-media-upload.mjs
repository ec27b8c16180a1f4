// How a workload's media objects reach storage (issue 14): the largest object a
// client uploads and where uploads come from, which the upload decision reads
// beside the average size. Spread into `media:` by spec-schema.mjs, which
// passes in its quantity shapes.
import {typed} from './typed.mjs'

const UPLOADS_FROM = ['devices', 'servers']
const MEDIA_EDITS = ['none', 'in-place', 'insertions']

/** Properties of `workloads.<name>.media`: `maxSize`, `uploadsFrom`, `smallShare`, `duplicateShare`, `edits`. */
export function mediaUploadFacts({bytes, share}) {
  return {
    duplicateShare: share('Share of duplicate uploads', 'The share of uploaded files that are already stored, byte for byte (the same attachment forwarded, the same installer saved by many users), as a design measures or states it. Under 100 %. The de-duplication decision, asked where it or `edits` is stated, reads it.', ['2%', '30%']),
    smallShare: share('Share of small objects', 'The share of the objects smaller than 1 MB ("20% of all objects are small objects (less than 1MB)"), beside the average `size`: one average cannot tell a few large objects from many small ones. Counted into `media.objects.small.held` (objects held × this share); the object-layout decision, asked only where it is stated, reads it. At 0 % the average must be 1 MB or more, at 100 % under 1 MB.', ['20%']),
    maxSize: bytes('Largest media object', 'The largest object a client may upload ("files must be 10 GB or smaller", "the maximum video size is 1 GB"), at least the average `size`. Above 5 GB one request cannot carry it (S3\'s single PUT limit); from 100 MB parts are advised. The upload decision reads it.', ['1 GB', '10 GB']),
    uploadsFrom: typed('spec', 'UploadsFrom', {
      title: 'Where uploads come from',
      description: 'Who sends the media objects: `devices` (end users\' phones and browsers, over networks that drop and change: a mobile app, a web page), or `servers` (applications in a data centre, on steady links). The upload decision reads it: an interrupted upload from a device must resume where it stopped; a server sends parts in parallel.',
      type: 'string',
      enum: UPLOADS_FROM,
      examples: ['devices', 'servers'],
    }, {constant: 'UPLOADS_FROM'}),
    edits: typed('spec', 'MediaEdits', {
      title: 'How stored files change',
      description: 'How a stored file changes after its upload, to be synced again: `none` (written once: photos, videos, logs), `in-place` (bytes overwritten where they are, so the unchanged blocks keep their offsets: "block 2 and block 5 are modified"), `insertions` (bytes inserted and deleted, which shift everything after them: documents, source code). The sync decision, asked only where it is stated, reads it.',
      type: 'string',
      enum: MEDIA_EDITS,
      examples: ['in-place', 'none'],
    }, {constant: 'MEDIA_EDITS'}),
  }
}
