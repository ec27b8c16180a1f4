// Small builders the output schemas (estimate, report, diff, check) share.

export const str = {type: 'string'}
export const num = {type: 'number'}
export const strOrNull = {type: ['string', 'null']}
export const numOrNull = {type: ['number', 'null']}
export const boolOrNull = {type: ['boolean', 'null']}
export const strings = {type: 'array', items: str}
export const count = {type: 'integer', minimum: 0}
export const position = {type: 'integer', minimum: 1}
export const record = (values) => ({type: 'object', additionalProperties: values})
/** An object whose every listed property is required and nothing else allowed. */
export const closed = (properties, description) => ({type: 'object', ...(description ? {description} : {}), additionalProperties: false, required: Object.keys(properties), properties})
export const ref = (name) => ({$ref: `#/definitions/${name}`})
export const nullable = (schema) => ({oneOf: [{type: 'null'}, schema]})
