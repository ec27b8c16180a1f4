import {rule as relationalWriteCeiling} from './rules/relational-write-ceiling.js'
import {rule as sloUnreachable} from './rules/slo-unreachable.js'
import type {Rule} from './types.js'

/** Every review rule, in documentation order. Each lives in rules/<id>.ts; its data in data/rules.yaml. */
export const RULES: readonly Rule[] = [sloUnreachable, relationalWriteCeiling]
