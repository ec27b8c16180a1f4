// How a workload's media objects reach storage (issue 14): the largest object a
// client uploads and where uploads come from, which the upload decision reads
// beside the average size. Spread into `media:` by spec-schema.mjs, which
// passes in its quantity shapes.
import {typed} from './typed.mjs'

const UPLOADS_FROM = ['devices', 'servers']

/** Properties of `workloads.<name>.media`: `maxSize`, `uploadsFrom`. */
export function mediaUploadFacts({bytes}) {
  return {
    maxSize: bytes('Largest media object', 'The largest object a client may upload ("files must be 10 GB or smaller", "the maximum video size is 1 GB"), at least the average `size`. Above 5 GB one request cannot carry it (S3\'s single PUT limit); from 100 MB parts are advised. The upload decision reads it.', ['1 GB', '10 GB']),
    uploadsFrom: typed('spec', 'UploadsFrom', {
      title: 'Where uploads come from',
      description: 'Who sends the media objects: `devices` (end users\' phones and browsers, over networks that drop and change: a mobile app, a web page), or `servers` (applications in a data centre, on steady links). The upload decision reads it: an interrupted upload from a device must resume where it stopped; a server sends parts in parallel.',
      type: 'string',
      enum: UPLOADS_FROM,
      examples: ['devices', 'servers'],
    }, {constant: 'UPLOADS_FROM'}),
  }
}
