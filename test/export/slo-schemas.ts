/**
 * JSON Schemas written from the specifications, for checking what
 * `sizeup export openslo` writes (not copied from any project's files).
 *
 * OpenSLO v1 (github.com/OpenSLO/OpenSLO, README "Specification"): every
 * object is `apiVersion: openslo/v1`, a `kind`, `metadata.name` (RFC 1123: at
 * most 63 lowercase letters, digits and `-`, starting and ending with a letter
 * or digit) and a `spec`. Durations are the duration shorthand: a positive
 * whole number and one of m h d w M Q Y. Per kind, the fields the README marks
 * required: an SLO's `service`, `indicator` or `indicatorRef`, one
 * `timeWindow` item, `budgetingMethod` (Occurrences | Timeslices |
 * RatioTimeslices) and `objectives` (each a `target` in [0, 1) or a
 * `targetPercent` in [0, 100)), alert policies inline or by `alertPolicyRef`;
 * an SLI's `ratioMetric` (good or bad, with total, each a `metricSource`) or
 * `thresholdMetric`; an AlertPolicy's `conditions` (at most one) and
 * `notificationTargets`; an AlertCondition's `severity` and `condition` (kind
 * burnrate: `op` lte | gte | lt | gt, `threshold`, `lookbackWindow`,
 * `alertAfter`); an AlertNotificationTarget's `target`. Descriptions at most
 * 1,050 characters.
 *
 * Sloth `prometheus/v1` (github.com/slok/sloth, pkg/prometheus/api/v1):
 * `version`, `service`, optional `labels`, and `slos`, each with `name`,
 * `objective` in (0, 100], an `sli` of `events` (error_query and total_query,
 * both using the `{{.window}}` template variable) or `raw`, and `alerting`
 * with a required `name` and optional page_alert / ticket_alert.
 */

const NAME = {type: 'string', pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$'}
const SHORTHAND = {type: 'string', pattern: '^[1-9][0-9]*[mhdwMQY]$'}
const DESCRIPTION = {type: 'string', maxLength: 1050}
const METRIC_SOURCE = {
  type: 'object',
  required: ['metricSource'],
  properties: {metricSource: {type: 'object', required: ['spec'], properties: {metricSourceRef: {type: 'string'}, type: {type: 'string'}, spec: {type: 'object'}}}},
}

const object = (kind: string, spec: object): object => ({
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: {const: 'openslo/v1'},
    kind: {const: kind},
    metadata: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {name: NAME, displayName: {type: 'string'}, labels: {type: 'object'}, annotations: {type: 'object', additionalProperties: {type: 'string'}}},
    },
    spec,
  },
})

export const OPENSLO_V1 = {
  oneOf: [
    object('Service', {type: 'object', additionalProperties: false, properties: {description: DESCRIPTION}}),
    object('SLI', {
      type: 'object',
      additionalProperties: false,
      properties: {
        description: DESCRIPTION,
        thresholdMetric: METRIC_SOURCE,
        ratioMetric: {
          type: 'object',
          required: ['counter', 'total'],
          additionalProperties: false,
          properties: {counter: {type: 'boolean'}, good: METRIC_SOURCE, bad: METRIC_SOURCE, total: METRIC_SOURCE},
          oneOf: [{required: ['good']}, {required: ['bad']}],
        },
      },
      oneOf: [{required: ['ratioMetric']}, {required: ['thresholdMetric']}],
    }),
    object('SLO', {
      type: 'object',
      required: ['service', 'timeWindow', 'budgetingMethod', 'objectives'],
      additionalProperties: false,
      properties: {
        description: DESCRIPTION,
        service: {type: 'string'},
        indicator: {type: 'object'},
        indicatorRef: {type: 'string'},
        timeWindow: {
          type: 'array',
          minItems: 1,
          maxItems: 1,
          items: {type: 'object', required: ['duration'], additionalProperties: false, properties: {duration: SHORTHAND, isRolling: {type: 'boolean'}, calendar: {type: 'object'}}},
        },
        budgetingMethod: {enum: ['Occurrences', 'Timeslices', 'RatioTimeslices']},
        objectives: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            properties: {displayName: {type: 'string'}, op: {enum: ['lte', 'gte', 'lt', 'gt']}, value: {type: 'number'}, target: {type: 'number', minimum: 0, exclusiveMaximum: 1}, targetPercent: {type: 'number', minimum: 0, exclusiveMaximum: 100}, timeSliceTarget: {type: 'number'}, timeSliceWindow: {}},
            oneOf: [{required: ['target']}, {required: ['targetPercent']}],
          },
        },
        alertPolicies: {type: 'array', items: {type: 'object', oneOf: [{required: ['alertPolicyRef'], properties: {alertPolicyRef: {type: 'string'}}, additionalProperties: false}, {required: ['kind', 'metadata', 'spec']}]}},
      },
      oneOf: [{required: ['indicator']}, {required: ['indicatorRef']}],
    }),
    object('AlertPolicy', {
      type: 'object',
      required: ['conditions', 'notificationTargets'],
      additionalProperties: false,
      properties: {
        description: DESCRIPTION,
        alertWhenNoData: {type: 'boolean'},
        alertWhenBreaching: {type: 'boolean'},
        alertWhenResolved: {type: 'boolean'},
        conditions: {type: 'array', minItems: 1, maxItems: 1, items: {type: 'object', oneOf: [{required: ['conditionRef'], additionalProperties: false, properties: {conditionRef: {type: 'string'}}}, {required: ['kind', 'metadata', 'spec']}]}},
        notificationTargets: {type: 'array', minItems: 1, items: {type: 'object', required: ['targetRef'], additionalProperties: false, properties: {targetRef: {type: 'string'}}}},
      },
    }),
    object('AlertCondition', {
      type: 'object',
      required: ['severity', 'condition'],
      additionalProperties: false,
      properties: {
        description: DESCRIPTION,
        severity: {type: 'string', minLength: 1},
        condition: {
          type: 'object',
          required: ['kind', 'op', 'threshold', 'lookbackWindow', 'alertAfter'],
          additionalProperties: false,
          properties: {kind: {const: 'burnrate'}, op: {enum: ['lte', 'gte', 'lt', 'gt']}, threshold: {type: 'number'}, lookbackWindow: SHORTHAND, alertAfter: SHORTHAND},
        },
      },
    }),
    object('AlertNotificationTarget', {type: 'object', required: ['target'], additionalProperties: false, properties: {description: DESCRIPTION, target: {type: 'string', minLength: 1}}}),
  ],
}

const WINDOW_QUERY = {type: 'string', pattern: '\\{\\{\\.window\\}\\}'}
const ALERT = {type: 'object', additionalProperties: false, properties: {disable: {type: 'boolean'}, labels: {type: 'object', additionalProperties: {type: 'string'}}, annotations: {type: 'object', additionalProperties: {type: 'string'}}}}

export const SLOTH_PROMETHEUS_V1 = {
  type: 'object',
  required: ['version', 'service', 'slos'],
  additionalProperties: false,
  properties: {
    version: {const: 'prometheus/v1'},
    service: {type: 'string', minLength: 1},
    labels: {type: 'object', additionalProperties: {type: 'string'}},
    slos: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'objective', 'sli', 'alerting'],
        additionalProperties: false,
        properties: {
          name: {type: 'string', pattern: '^[A-Za-z0-9][-A-Za-z0-9_]*$'},
          objective: {type: 'number', exclusiveMinimum: 0, maximum: 100},
          description: {type: 'string'},
          labels: {type: 'object', additionalProperties: {type: 'string'}},
          sli: {
            type: 'object',
            additionalProperties: false,
            properties: {
              events: {type: 'object', required: ['error_query', 'total_query'], additionalProperties: false, properties: {error_query: WINDOW_QUERY, total_query: WINDOW_QUERY}},
              raw: {type: 'object', required: ['error_ratio_query'], properties: {error_ratio_query: WINDOW_QUERY}},
            },
            oneOf: [{required: ['events']}, {required: ['raw']}],
          },
          alerting: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {name: {type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$'}, labels: ALERT.properties.labels, annotations: ALERT.properties.annotations, page_alert: ALERT, ticket_alert: ALERT},
          },
        },
      },
    },
  },
}
