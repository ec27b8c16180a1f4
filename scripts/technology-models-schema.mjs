// The schema of data/technology-models.yaml: per technology, named figures,
// each a value in base units with its unit and its source.
const figure = {
  type: 'object',
  additionalProperties: false,
  required: ['value', 'unit', 'source'],
  properties: {
    value: {type: 'number', exclusiveMinimum: 0},
    unit: {enum: ['B', 'count', 's', 'req/s']},
    source: {type: 'string', minLength: 1},
  },
}
const figures = (names) => ({type: 'object', additionalProperties: false, required: names, properties: Object.fromEntries(names.map((n) => [n, figure]))})

export const technologyModelsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'sizeup per-technology model figures',
  type: 'object',
  additionalProperties: false,
  required: ['redis', 'postgresql', 'cassandra'],
  properties: {
    redis: figures(['perKeyOverheadBytes', 'keyBytes']),
    postgresql: figures(['maxConnections', 'queryTime']),
    cassandra: figures(['partitionBytesLimit', 'partitionCellsLimit', 'rowOverheadBytes', 'cellOverheadBytes']),
  },
}
