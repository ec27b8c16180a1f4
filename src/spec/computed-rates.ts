import {DIMENSIONLESS, type Quantity} from '../quantity/dimension.js'
import type {UnitConventions} from '../quantity/units.js'
import {RATE_BASES, type RateBasis} from './generated/schema-types.js'
import {closest} from './suggest.js'
import {DAYS_PER_WEEK, SECONDS_PER_HOUR, SECONDS_PER_MINUTE} from '../quantity/calendar.js'

/**
 * A rate is known in every basis once it is written in one: `writes:
 * {perUserPerDay: 2}` also has a `writes.perDay` (× DAU), a
 * `writes.perSecond` (÷ the day) and so on. An expression may name any of
 * them (`reads: {perDay: 10 * writes.perDay}`), and the resolver computes the
 * ones not written from the one that is, with the spec's calendar and users.
 * This module says which paths are such computed rates and how one converts.
 */

const RATE_PATH = /^workloads\.([^.]+)\.(reads|writes)\.([A-Za-z]+)$/

/** A rate basis named in an expression but not written: the written basis it is computed from. */
export interface ComputedRate {
  /** The dotted path of the rate as written (`workloads.posts.writes.perUserPerDay`). */
  readonly written: string
  readonly writtenBasis: RateBasis
  readonly wanted: RateBasis
}

/**
 * The computed rate a path names, or null when it is no rate basis, is
 * written itself, or its rate is not written at all. `has` reports whether a
 * path is written in the spec.
 */
export function computedRateAt(path: string, has: (path: string) => boolean): ComputedRate | null {
  const m = RATE_PATH.exec(path)
  if (!m) return null
  const wanted = RATE_BASES.find((b) => b === m[3])
  if (wanted === undefined || has(path)) return null
  const rate = `workloads.${m[1]}.${m[2]}`
  const writtenBasis = RATE_BASES.find((b) => has(`${rate}.${b}`))
  return writtenBasis === undefined ? null : {written: `${rate}.${writtenBasis}`, writtenBasis, wanted}
}

/** The basis of a rate's path (`workloads.posts.reads.perDay` → `perDay`), or null for any other path. */
export function computedRateBasis(path: string): RateBasis | null {
  const basis = RATE_PATH.exec(path)?.[3]
  return RATE_BASES.find((b) => b === basis) ?? null
}

/** What a rate in a basis is multiplied by to give operations per day; the user count for a per-user basis. */
type PerDay = {readonly factor: (c: UnitConventions) => number; readonly users: 'dau' | 'mau' | null}

const daysPerMonth = (c: UnitConventions): number => c.secondsPerMonth / c.secondsPerDay

/** One entry per basis: a new basis is one line here. */
const PER_DAY: Readonly<Record<RateBasis, PerDay>> = {
  perUserPerDay: {factor: () => 1, users: 'dau'},
  perUserPerMonth: {factor: (c) => 1 / daysPerMonth(c), users: 'mau'},
  perSecond: {factor: (c) => c.secondsPerDay, users: null},
  perDay: {factor: () => 1, users: null},
  perMonth: {factor: (c) => 1 / daysPerMonth(c), users: null},
  // As the engine reads them (engine/traffic.ts): a minute and an hour of the spec's day, a week of 7 days, the spec's year.
  perMinute: {factor: (c) => c.secondsPerDay / SECONDS_PER_MINUTE, users: null},
  perHour: {factor: (c) => c.secondsPerDay / SECONDS_PER_HOUR, users: null},
  perWeek: {factor: () => 1 / DAYS_PER_WEEK, users: null},
  perYear: {factor: (c) => c.secondsPerDay / c.secondsPerYear, users: null},
}

/** The user count each per-user basis needs (`users.dau`, `users.mau`), or null. */
export function usersOf(basis: RateBasis): 'users.dau' | 'users.mau' | null {
  const users = PER_DAY[basis].users
  return users === null ? null : `users.${users}`
}

/**
 * The rate in the wanted basis: per day = written × factor (× its users),
 * then ÷ the wanted basis's factor (÷ its users). Samples, where any operand
 * has them, are converted one by one.
 */
export function convertRate(c: ComputedRate, written: Quantity, users: {readonly dau: Quantity | null; readonly mau: Quantity | null}, conv: UnitConventions): Quantity {
  const from = PER_DAY[c.writtenBasis]
  const to = PER_DAY[c.wanted]
  const scale = from.factor(conv) / to.factor(conv)
  const fromUsers = from.users === null ? null : users[from.users]!
  const toUsers = to.users === null ? null : users[to.users]!
  const point = (q: Quantity | null): number => (q === null ? 1 : q.value)
  const at = (q: Quantity | null, i: number): number => (q === null ? 1 : q.samples ? q.samples[i]! : q.value)
  const value = (written.value * scale * point(fromUsers)) / point(toUsers)
  const sampled = [written, fromUsers, toUsers].find((q) => q?.samples)
  if (!sampled) return {value: finite(value), dim: DIMENSIONLESS}
  const n = sampled.samples!.length
  const samples = new Float64Array(n)
  for (let i = 0; i < n; i++) samples[i] = (at(written, i) * scale * at(fromUsers, i)) / at(toUsers, i)
  return {value: finite(value), dim: DIMENSIONLESS, samples}
}

/** A division by zero users is reported by the check of the users; here it reads as no rate. */
function finite(v: number): number {
  return Number.isFinite(v) ? v : 0
}

/**
 * A hint for a name shaped like a rate (`writes.perDya`, `likes.writes.perDay`)
 * that names none: the basis it may have meant, or how another workload's
 * rate is named. `rateAt` tells whether a rate (`workloads.posts.writes`) is
 * written, for the name read from `fromPath`'s workload. Null for other names.
 */
export function rateNameHint(fromPath: string, name: string, rateAt: (path: string) => boolean): string | null {
  const m = /^(?:(.+)\.)?(reads|writes)\.([A-Za-z]+)$/.exec(name)
  if (!m) return null
  const [, owner, dir, basis] = m
  const workload = /^workloads\.([^.]+)\./.exec(fromPath)?.[1]
  const rate = owner === undefined ? (workload === undefined ? null : `workloads.${workload}.${dir}`) : owner.startsWith('workloads.') ? `${owner}.${dir}` : null
  const bases = `a rate can be named in any basis: ${RATE_BASES.join(', ')}`
  if (rate === null || !rateAt(rate)) {
    return owner !== undefined && !owner.startsWith('workloads.')
      ? `another workload's rate is named by its full path, e.g. \`workloads.${owner}.${dir}.${basis}\``
      : `\`${rate ?? `${dir}`}\` is not written; ${bases}`
  }
  const guess = closest(basis!, RATE_BASES)
  return guess ? `did you mean \`${owner ? `${owner}.` : ''}${dir}.${guess}\`? ${bases}` : bases
}
