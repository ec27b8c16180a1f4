import {describe, expect, test} from 'vitest'
import type {Diagnostic} from '../../src/spec/diagnostic.js'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'

/*
 * MINIMAL, by line:
 *  1 name: Minimal
 *  2 users:
 *  3   mau: 1M
 *  4   dau: 100K
 *  5 workloads:
 *  6   items:
 *  7     writes: {perUserPerDay: 1}
 *  8     reads: {perUserPerDay: 10}
 *  9     recordSize: 1 KB
 * Lines appended with `workload(...)` are fields of `items` from line 10 on.
 */

/** MINIMAL with one exact piece of text replaced (fails loudly when the piece is not there). */
function edit(from: string, to: string, base = MINIMAL): string {
  if (!base.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} is not in the spec`)
  return base.replace(from, to)
}

/** MINIMAL with lines added to the `items` workload (line 10 on). */
const workload = (...lines: string[]): string => MINIMAL + lines.map((l) => `    ${l}\n`).join('')
/** MINIMAL with top-level lines added (line 10 on). */
const top = (...lines: string[]): string => MINIMAL + lines.map((l) => `${l}\n`).join('')

interface Expected {
  readonly line: number
  readonly column: number
  /** A substring of the message. */
  readonly message: string
  /** A substring of the hint. */
  readonly hint?: string
}

interface Case {
  readonly name: string
  readonly yaml: string
  readonly expected: readonly Expected[]
}

const at = (line: number, column: number, message: string, hint?: string): Expected => ({line, column, message, ...(hint === undefined ? {} : {hint})})

const WHOLE_SPEC = `name: x
users: {mau: 1M, dau: 100K}
workloads: {items: {writes: {perDay: 1}, recordSize: 1 KB}}
`

const cases: Case[] = [
  // YAML syntax
  {name: 'a key indented deeper than its siblings', yaml: edit('  dau: 100K', '   dau: 100K'), expected: [at(4, 4, 'indented more than the key above it', 'same column')]},
  {name: 'a key indented less than its siblings', yaml: edit('  dau: 100K', ' dau: 100K'), expected: [at(4, 2, 'indented differently', 'same column')]},
  {name: 'an unclosed double quote, pointed at where it opens', yaml: edit('name: Minimal', 'name: "Minimal'), expected: [at(1, 7, 'the " opened here is never closed', 'matching "')]},
  {name: 'an unclosed single quote', yaml: edit('dau: 100K', "dau: '100K"), expected: [at(4, 8, "the ' opened here is never closed", "matching '")]},
  {name: 'an unclosed flow mapping', yaml: edit('{perUserPerDay: 1}', '{perUserPerDay: 1'), expected: [at(7, 13, 'the `{` opened here is never closed', '`}`')]},
  {name: 'an unclosed flow sequence', yaml: top('components: [{name: a, availability: 99%}'), expected: [at(10, 13, 'the `[` opened here is never closed', '`]`')]},
  {name: 'a tab used for indentation', yaml: edit('  dau: 100K', '\tdau: 100K'), expected: [at(4, 1, 'tab used for indentation', 'spaces, not tabs')]},
  {name: 'a duplicate key, with where it was first set', yaml: edit('  dau: 100K', '  dau: 100K\n  dau: 200K'), expected: [at(5, 3, 'duplicate key `dau`', 'already set on line 4')]},
  {name: 'a second key on one line', yaml: edit('dau: 100K', 'dau: a: b'), expected: [at(4, 8, 'a second `key:` on the same line', 'quote a value')]},
  {name: 'an alias without its anchor', yaml: edit('dau: 100K', 'dau: *users'), expected: [at(4, 8, 'alias `*users` refers to no anchor', 'define `&users`')]},
  {name: 'an unknown tag', yaml: edit('name: Minimal', 'name: !secret Minimal'), expected: [at(1, 7, 'cannot use the tag `!secret`', 'remove the tag')]},
  {name: 'a list used as a key', yaml: top('? [a, b]', ': c'), expected: [at(10, 3, 'a key is a list or a mapping', 'plain names')]},
  {name: 'two documents in one file', yaml: `${MINIMAL}---\n${MINIMAL}`, expected: [at(10, 1, 'more than one YAML document', '`---`')]},

  // The file as a whole
  {name: 'an empty file', yaml: '', expected: [at(1, 1, 'file is empty', 'examples/')]},
  {name: 'a file of comments only', yaml: '# to do\n', expected: [at(1, 1, 'file is empty', 'examples/')]},
  {name: 'a top-level list', yaml: '- name: x\n- users: 1\n', expected: [at(1, 1, 'the top level must be a mapping', '`name:`')]},
  {name: 'a top-level scalar', yaml: 'just some text\n', expected: [at(1, 1, 'the top level must be a mapping', '`name:`')]},

  // Wrong types
  {name: 'a mapping where a number goes', yaml: edit('mau: 1M', 'mau: {value: 1M}'), expected: [at(3, 8, '`users.mau` should be a count, not a mapping', '`300M`')]},
  {name: 'a list where a mapping goes', yaml: edit('users:\n  mau: 1M\n  dau: 100K', 'users:\n  - 1M\n  - 100K'), expected: [at(3, 3, '`users` should be a mapping (`key: value` lines), not a list', 'users: {mau: 300M, dau: 50%}')]},
  {name: 'a number where a mapping goes', yaml: edit('{perUserPerDay: 1}', '5'), expected: [at(7, 13, '`workloads.items.writes` should be a mapping', 'writes: {perUserPerDay: 2}')]},
  {name: 'text with no space after the colon', yaml: edit('{perUserPerDay: 1}', 'perDay:5'), expected: [at(7, 13, 'not text `perDay:5`', 'space after each `:`')]},
  {name: 'a number where text goes', yaml: edit('name: Minimal', 'name: 2024'), expected: [at(1, 7, '`name` should be text, not the number `2024`', 'name: "2024"')]},
  {name: 'a key with no value, pointed at the key', yaml: edit('mau: 1M', 'mau:'), expected: [at(3, 3, '`users.mau` has no value', 'a count, e.g. `300M`')]},
  {name: 'a fractional instance count', yaml: top('components:', '  - name: app', '    availability: 99.9%', '    instances: 2.5'), expected: [at(13, 16, '`components.0.instances` should be a whole number, not the number `2.5`', 'whole number')]},
  {name: 'an instance count of zero', yaml: top('components:', '  - name: app', '    availability: 99.9%', '    instances: 0'), expected: [at(13, 16, '`components.0.instances` must be at least 1 (got `0`)', '1 or more')]},
  {name: 'a value outside an enum', yaml: top('slo:', '  consistency: strng'), expected: [at(11, 16, '`slo.consistency` must be one of `strong`, `eventual` (got `strng`)', 'did you mean `strong`?')]},

  // Missing required fields
  {name: 'missing name', yaml: edit('name: Minimal\n', ''), expected: [at(1, 1, 'the top level is missing `name`', 'add `name:`')]},
  // Users are needed only by what is counted per user: each rate that needs them says so, at its key.
  {name: 'per-user rates without users', yaml: edit('users:\n  mau: 1M\n  dau: 100K\n', ''), expected: [at(4, 14, '`workloads.items.writes.perUserPerDay` counts per daily active user, but the spec gives no `users.dau`', 'as a total: `perDay`'), at(5, 13, '`workloads.items.reads.perUserPerDay` counts per daily active user', 'add `users.dau`')]},
  {name: 'rates per daily user without users.dau', yaml: edit('  dau: 100K\n', ''), expected: [at(6, 14, 'no `users.dau`', 'add `users.dau` under `users:`'), at(7, 13, 'no `users.dau`')]},
  {name: 'a rate per monthly user without users.mau', yaml: edit('  mau: 1M\n', '').replace('{perUserPerDay: 1}', '{perUserPerMonth: 30}'), expected: [at(6, 14, '`workloads.items.writes.perUserPerMonth` counts per monthly active user, but the spec gives no `users.mau`', 'perSecond')]},
  {name: 'DAU as a share of a MAU not given', yaml: edit('  mau: 1M\n', '').replace('dau: 100K', 'dau: 50%'), expected: [at(3, 8, '`users.dau` (`50%`) is a share of monthly active users, but `users.mau` is not given', 'add `mau:`')]},
  {name: 'a media block without its size', yaml: workload('media: {writeShare: 10%}'), expected: [at(10, 5, '`workloads.items.media` is missing `size`', 'size: 1 MB')]},

  // Unknown keys, with suggestions
  {name: 'a misspelt workload field', yaml: workload('retension: 5 years'), expected: [at(10, 5, 'unknown key `retension` in `workloads.items`', 'did you mean `retention`?')]},
  {name: 'a misspelt required key is one problem, not two', yaml: edit('mau: 1M', 'mua: 1M'), expected: [at(3, 3, 'unknown key `mua` in `users`', 'did you mean `mau`?')]},
  {name: 'an unknown top-level key', yaml: top('trafic:', '  peakFactor: 3'), expected: [at(10, 1, 'unknown key `trafic` in the top level', 'did you mean `traffic`?')]},
  {name: 'an unknown key with no near match lists the allowed ones', yaml: workload('colour: red'), expected: [at(10, 5, 'unknown key `colour`', 'allowed here: description, reads, writes')]},
  {name: 'a misspelt key deep in the component tree', yaml: top('components:', '  series:', '    - name: db', '      availabilty: 99.9%'), expected: [at(13, 7, 'unknown key `availabilty` in `components.series.0`', 'did you mean `availability`?')]},
  {name: 'an unknown rate basis', yaml: edit('{perUserPerDay: 1}', '{perUser: 1}'), expected: [at(7, 14, 'unknown key `perUser`', 'perUserPerDay')]},

  // Dimensions and units
  {name: 'a size where a duration goes', yaml: workload('retention: 5 MB'), expected: [at(10, 16, '`workloads.items.retention` should be a duration, but `5 MB` is a size in bytes', '`5 years`')]},
  {name: 'a duration where a size goes', yaml: edit('recordSize: 1 KB', 'recordSize: 5 years'), expected: [at(9, 17, '`workloads.items.recordSize` should be a size in bytes, but `5 years` is a duration', '`800 B`')]},
  {name: '`800B` is 800 billion, not bytes', yaml: edit('recordSize: 1 KB', 'recordSize: 800B'), expected: [at(9, 17, '`800B` is a plain number', '800 billion; for bytes put a space before the unit: `800 B`')]},
  {name: 'a duration without a unit', yaml: workload('retention: 5'), expected: [at(10, 16, '`workloads.items.retention` needs a unit', '`5 days`')]},
  {name: 'a misspelt unit', yaml: edit('recordSize: 1 KB', 'recordSize: 1 KBB'), expected: [at(9, 17, 'unknown unit `KBB` in `1 KBB`', 'did you mean `KB`?')]},
  {name: 'a unit without a number', yaml: workload('retention: years'), expected: [at(10, 16, 'the unit `years` has no number before it', '`1 years`')]},
  {name: 'words instead of a quantity', yaml: edit('recordSize: 1 KB', 'recordSize: about a kilobyte'), expected: [at(9, 17, 'should be a size in bytes, not `about a kilobyte`', '`800 B`')]},
  {name: 'adding unlike quantities', yaml: edit('dau: 100K', 'dau: mau + 1 KB'), expected: [at(4, 8, 'cannot add a size in bytes to a plain number', 'same unit dimension')]},
  {name: 'a share where a count goes', yaml: edit('{perUserPerDay: 10}', '{perUserPerDay: 10%}'), expected: [at(8, 28, '`10%` is a share', '`50% * mau`')]},

  // Ranges
  {name: 'a negative count', yaml: edit('mau: 1M', 'mau: -5'), expected: [at(3, 8, '`users.mau` must not be negative (got `-5`)', 'remove the minus sign')]},
  {name: 'a negative result of an expression', yaml: edit('dau: 100K', 'dau: 10 - 20'), expected: [at(4, 8, 'must not be negative (got `10 - 20`)', 'subtraction')]},
  {name: 'a share over 100 %', yaml: workload('media:', '  writeShare: 150%', '  size: 1 MB'), expected: [at(11, 19, '`workloads.items.media.writeShare` is a share and cannot be over 100 % (got `150%`)', 'between 0 and 1')]},
  {name: 'availability as a bare 99.99', yaml: top('slo:', '  availability: 99.99'), expected: [at(11, 17, '`slo.availability` is a share and cannot be over 100 % (got `99.99`)', 'write `99.99%`')]},
  {name: 'DAU above MAU, quoting both', yaml: edit('dau: 100K', 'dau: 2M'), expected: [at(4, 8, 'daily active users (`2M`) exceed monthly active users (`1M`)', 'DAU ≤ MAU')]},
  {name: 'DAU as a share above 100 % of MAU', yaml: edit('dau: 100K', 'dau: 150%'), expected: [at(4, 8, 'daily active users (`150%` of MAU) exceed', 'DAU ≤ MAU')]},
  {name: 'a zero MAU is one problem, not two', yaml: edit('mau: 1M', 'mau: 0'), expected: [at(3, 8, '`users.mau` must be greater than zero', '`300M`')]},
  // A DAU derived from a MAU that is invalid or zero is not zero for a reason of its own.
  {name: 'an invalid MAU with DAU as a share is one problem', yaml: edit('mau: 1M', 'mau: abc').replace('dau: 100K', 'dau: 50%'), expected: [at(3, 8, '`users.mau` should be a count, not `abc`', '`300M`')]},
  {name: 'a zero MAU with DAU as a share is one problem', yaml: edit('mau: 1M', 'mau: 0').replace('dau: 100K', 'dau: 50%'), expected: [at(3, 8, '`users.mau` must be greater than zero', '`300M`')]},
  {name: 'a zero MAU with DAU an expression of it is one problem', yaml: edit('mau: 1M', 'mau: 0').replace('dau: 100K', 'dau: 10% * mau'), expected: [at(3, 8, '`users.mau` must be greater than zero', '`300M`')]},
  {name: 'a zero MAU and a DAU of 0 % are two problems', yaml: edit('mau: 1M', 'mau: 0').replace('dau: 100K', 'dau: 0%'), expected: [at(3, 8, '`users.mau` must be greater than zero', '`300M`'), at(4, 8, '`users.dau` must be greater than zero', '`150M`')]},
  {name: 'a zero MAU and a zero DAU are two problems', yaml: edit('mau: 1M', 'mau: 0').replace('dau: 100K', 'dau: 0'), expected: [at(3, 8, '`users.mau` must be greater than zero', '`300M`'), at(4, 8, '`users.dau` must be greater than zero', '`150M`')]},
  {name: 'a peak factor below 1', yaml: top('traffic:', '  peakFactor: 0.5'), expected: [at(11, 15, '`traffic.peakFactor` must be at least 1 (got `0.5`)', 'flat traffic')]},
  {name: 'a replication factor below 1', yaml: workload('replication: 0.5'), expected: [at(10, 18, '`workloads.items.replication` must be at least 1', 'a single copy')]},
  {name: '1e400 overflows, quoted as written', yaml: edit('mau: 1M', 'mau: 1e400'), expected: [at(3, 8, '`users.mau` is too large to compute with (got `1e400`)', 'below 1e300')]},
  {name: 'YAML .nan', yaml: edit('mau: 1M', 'mau: .nan'), expected: [at(3, 8, '`users.mau` is not a number (got `.nan`)', '`300M`')]},
  {name: 'a division by zero', yaml: edit('dau: 100K', 'dau: mau / 0'), expected: [at(4, 8, 'too large to compute with (got `mau / 0`)', 'division by zero')]},
  // A tower of powers overflows to ∞: a plain number stays one (no `bytes^NaN`), and a unit raised to it has no dimension.
  {name: 'a tower of powers as a count', yaml: edit('mau: 1M', 'mau: 2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2'), expected: [at(3, 8, '`users.mau` is too large to compute with (got `2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2`)', 'past 1e300')]},
  {name: 'a tower of powers as a size is a plain number', yaml: edit('recordSize: 1 KB', 'recordSize: 2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2'), expected: [at(9, 17, '`workloads.items.recordSize` should be a size in bytes, but `2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2` is a plain number', '`800 B`')]},
  {name: 'a size times a tower of powers', yaml: edit('recordSize: 1 KB', 'recordSize: 1 KB * 2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2'), expected: [at(9, 17, 'is too large to compute with (got `1 KB * 2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2`)', 'past 1e300')]},
  {name: 'a size raised to a tower of powers', yaml: edit('recordSize: 1 KB', 'recordSize: (1 KB) ^ 2 ^ 2 ^ 2 ^ 2 ^ 2'), expected: [at(9, 17, 'the exponent of a size in bytes is too large to compute with', '`1 KB * 2 ^ 10`')]},
  {name: 'a size raised to 0 / 0', yaml: edit('recordSize: 1 KB', 'recordSize: (1 KB) ^ (0 / 0)'), expected: [at(9, 17, 'the exponent of a size in bytes is not a number', 'division by zero')]},
  {name: 'a horizon of five centuries', yaml: top('horizon: 500 years'), expected: [at(10, 10, '`horizon` must be between 1 and 100 years (got `500 years`)', 'year by year')]},
  {name: 'an empty quoted value', yaml: edit('mau: 1M', 'mau: ""'), expected: [at(3, 8, '`users.mau` is empty', '`300M`')]},

  // References
  {name: 'an unknown reference, with a suggestion', yaml: edit('dau: 100K', 'dau: 50% * maus'), expected: [at(4, 8, '`users.dau` refers to `maus`, which is not a number field of this spec', 'did you mean `mau`?')]},
  {name: 'a cycle of two fields', yaml: edit('mau: 1M\n  dau: 100K', 'mau: dau * 2\n  dau: mau / 2'), expected: [at(3, 8, 'circular reference: `users.mau` → `users.dau` → `users.mau`', 'cannot depend on itself')]},
  {name: 'a field that refers to itself', yaml: edit('mau: 1M', 'mau: mau + 1'), expected: [at(3, 8, 'circular reference: `users.mau` → `users.mau`', 'cannot depend on itself')]},
  {name: 'a cycle across workloads', yaml: edit('recordSize: 1 KB', 'recordSize: workloads.items.readSize\n    readSize: 2 * recordSize'), expected: [at(9, 17, 'circular reference: `workloads.items.recordSize` → `workloads.items.readSize` → `workloads.items.recordSize`', 'plain value')]},

  // Expressions that are not arithmetic
  {name: 'import()', yaml: edit('dau: 100K', 'dau: import("fs")'), expected: [at(4, 8, '`import("fs")` calls or defines a function', '+ - * / ^')]},
  {name: 'a function definition', yaml: edit('dau: 100K', 'dau: f(x) = x'), expected: [at(4, 8, '`f(x) = x` calls or defines a function', '+ - * / ^')]},
  {name: 'createUnit()', yaml: edit('dau: 100K', 'dau: createUnit("x")'), expected: [at(4, 8, '`createUnit("x")` calls or defines a function', '+ - * / ^')]},
  {name: 'evaluate()', yaml: edit('dau: 100K', 'dau: evaluate("1")'), expected: [at(4, 8, '`evaluate("1")` calls or defines a function', '+ - * / ^')]},
  {name: 'property access', yaml: edit('dau: 100K', 'dau: a.constructor'), expected: [at(4, 8, 'not `a.constructor`', 'must be another number field')]},
  {name: 'a string literal', yaml: edit('dau: 100K', `dau: '"abc"'`), expected: [at(4, 8, '`"abc"` contains something other than numbers', '+ - * / ^')]},
  {name: 'a matrix', yaml: edit('dau: 100K', 'dau: "[1,2]"'), expected: [at(4, 8, '`[1,2]` contains something other than numbers', '+ - * / ^')]},
  {name: 'an operator outside + - * / ^', yaml: edit('dau: 100K', 'dau: mau % 3'), expected: [at(4, 8, 'operator `%` is not allowed', 'parentheses')]},
  {name: 'an expression longer than the limit', yaml: edit('dau: 100K', `dau: ${Array.from({length: 200}, () => '1').join(' + ')}`), expected: [at(4, 8, 'expression is 797 characters long; the limit is 500', 'split it')]},
  {name: 'two numbers side by side', yaml: edit('dau: 100K', 'dau: 1.2.3'), expected: [at(4, 8, '`1.2.3` has two values side by side', 'write `*`')]},
  {name: 'a number and a name side by side', yaml: edit('dau: 100K', 'dau: 2 mau'), expected: [at(4, 8, '`2 mau` has two values side by side', 'write `*`')]},
  {name: 'unbalanced parentheses', yaml: edit('dau: 100K', 'dau: (mau * 2'), expected: [at(4, 8, 'cannot read `(mau * 2` as a quantity or an expression', '`50% * mau`')]},

  // Workload rules
  {name: 'a rate with two bases', yaml: edit('{perUserPerDay: 1}', '{perUserPerDay: 1, perDay: 5}'), expected: [at(7, 13, '`workloads.items.writes` gives 2 rates (`perUserPerDay`, `perDay`); give exactly one', 'use one of: perUserPerDay')]},
  {name: 'a rate with no basis', yaml: edit('{perUserPerDay: 1}', '{}'), expected: [at(7, 13, '`workloads.items.writes` gives no rate', 'use one of')]},
  {name: 'a workload with neither reads nor writes', yaml: edit('    writes: {perUserPerDay: 1}\n    reads: {perUserPerDay: 10}\n', ''), expected: [at(6, 3, 'workload `items` has neither `reads` nor `writes`', 'writes: {perUserPerDay: 2}')]},
  // Counted but not sized: records written and held need no size (the review's `unsized-records` says so).
  {name: 'writes without a record size are counted, not refused', yaml: edit('    recordSize: 1 KB\n', '    readSize: 1 KB\n'), expected: []},
  {name: 'recordSize and recordFields together', yaml: workload('recordFields: {id: 8 B}'), expected: [at(10, 5, 'give `recordSize` or `recordFields`, not both', 'remove one')]},
  {name: 'an empty workload', yaml: edit('  items:\n    writes: {perUserPerDay: 1}\n    reads: {perUserPerDay: 10}\n    recordSize: 1 KB\n', '  items:\n'), expected: [at(6, 3, '`workloads.items` has no value; it should be a mapping', 'items: {writes:')]},
  {name: 'a workload name starting with a digit', yaml: edit('  items:', '  9items:'), expected: [at(6, 3, 'name `9items` in `workloads` is not allowed', 'start with a letter')]},
  {name: 'a workload name with a space', yaml: edit('  items:', '  "my items":'), expected: [at(6, 3, 'name `my items` in `workloads` is not allowed', 'start with a letter')]},
  // A record field is read by its dotted path: a name with a dot, or an empty one, was silently left out of the record size.
  {name: 'a record field name with a dot', yaml: edit('recordSize: 1 KB', 'recordFields: {id: 8 B, user.id: 8 B}'), expected: [at(9, 29, 'name `user.id` in `workloads.items.recordFields` is not allowed', 'start with a letter')]},
  {name: 'an empty record field name', yaml: edit('recordSize: 1 KB', 'recordFields: {id: 8 B, "": 8 B}'), expected: [at(9, 29, 'an empty name in `workloads.items.recordFields` is not allowed', 'start with a letter')]},
  {name: 'a misspelt `forever`', yaml: workload('retention: forevr'), expected: [at(10, 16, '`workloads.items.retention` should be a duration or `forever`, not `forevr`', 'did you mean `forever`?')]},
  {name: 'a retention word that is not `forever`', yaml: workload('retention: permanent'), expected: [at(10, 16, 'not `permanent`', 'a duration such as `5 years`, or `forever`')]},
  {name: '`forever` outside retention', yaml: top('horizon: forever'), expected: [at(10, 10, '`horizon` cannot be `forever`', 'only `retention`')]},

  // Traffic, conventions, components
  {name: 'peakHourShare together with peakFactor', yaml: top('traffic:', '  peakFactor: 2', '  peakHourShare: 10%'), expected: [at(12, 18, 'give `peakHourShare` alone', 'remove `peakFactor`')]},
  {name: 'headroom together with targetUtilization', yaml: top('conventions:', '  targetUtilization: 70%', '  headroom: 30%'), expected: [at(12, 13, 'give `targetUtilization` or `headroom`, not both', '1 − targetUtilization')]},
  {name: 'a zero-second day', yaml: top('conventions:', '  secondsPerDay: 0'), expected: [at(11, 18, '`conventions.secondsPerDay` must be greater than zero', '86400')]},
  {name: 'an active window longer than a day', yaml: top('traffic:', '  activeWindow: 2 days'), expected: [at(11, 17, 'at most one day (got `2 days`)', '`6.5 hours`')]},
  {name: 'a component with both availability and series', yaml: top('components:', '  - name: app', '    availability: 99.9%', '    series:', '      - name: db', '        availability: 99.9%'), expected: [at(11, 5, 'component `app` has `availability` and `series`; give only one', 'a group lists its members')]},
  {name: 'a component with neither availability nor members', yaml: top('components:', '  - name: app'), expected: [at(11, 5, 'component `app` has no `availability`, `series` or `parallel`', '`availability: 99.9%`')]},
  {name: 'required above instances', yaml: top('components:', '  - name: app', '    availability: 99.9%', '    instances: 2', '    required: 3'), expected: [at(14, 15, 'component `app` requires 3 instances but runs 2', '`required` must be at most `instances`')]},
  {name: 'a component that is not a mapping is one problem', yaml: top('components: [5]'), expected: [at(10, 14, '`components.0` should be a mapping', '- {name: app')]},

  // Facts that contradict each other (each was accepted before)
  {name: 'average followers above the largest count', yaml: workload('fanout: {averageFollowers: 5000, maxFollowers: 100}'), expected: [at(10, 32, 'the average follower count (`5000`) is above the largest (`100`)', 'cannot exceed the maximum')]},
  {name: 'a media read share without reads', yaml: edit('    reads: {perUserPerDay: 10}\n', '') + '    media: {size: 1 MB, readShare: 5%}\n', expected: [at(9, 36, '`workloads.items.media.readShare` is a share of reads, but `items` has no `reads`', 'add `reads:`')]},
  // YAML 1.2 reads the date as text, which was then computed as 2024 − 1 − 1 = 2022 users.
  {name: 'a date where a count goes', yaml: edit('mau: 1M', 'mau: 2024-01-01'), expected: [at(3, 8, '`users.mau` is a date (`2024-01-01`), not a count', 'spaces around the minus')]},
  {name: 'a date and time where a size goes', yaml: edit('recordSize: 1 KB', 'recordSize: 2024-01-01T10:00:00Z'), expected: [at(9, 17, 'is a date (`2024-01-01T10:00:00Z`), not a size in bytes', '`800 B`')]},
]

const shape = (d: Diagnostic): Expected => ({line: d.line, column: d.column, message: d.message, ...(d.hint === null ? {} : {hint: d.hint})})

describe('spec diagnostics', () => {
  test('the table has the cases it claims', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
  })

  test('the base spec and its whole-spec variant are valid', async () => {
    expect(await diagnosticsOf(MINIMAL)).toEqual([])
    expect(await diagnosticsOf(WHOLE_SPEC)).toEqual([])
  })

  test.each(cases)('$name', async ({yaml, expected}) => {
    const got = await diagnosticsOf(yaml, 'design.yaml')
    // Exactly these problems: none missing, none duplicated, none extra.
    expect(got.map(shape), JSON.stringify(got, null, 2)).toHaveLength(expected.length)
    expected.forEach((want, i) => {
      const d = got[i]!
      expect(d.file).toBe('design.yaml')
      expect({line: d.line, column: d.column}).toEqual({line: want.line, column: want.column})
      expect(d.message).toContain(want.message)
      // Every problem comes with advice.
      expect(d.hint, d.message).not.toBeNull()
      if (want.hint !== undefined) expect(d.hint).toContain(want.hint)
      // Messages are one line; the hint goes on its own.
      expect(d.message).not.toContain('\n')
    })
  })

  test('several unrelated problems are all reported at once, in line order', async () => {
    const yaml = edit('mau: 1M', 'mau: 1M\n  mua: 2M').replace('dau: 100K', 'dau: 5M').replace('recordSize: 1 KB', 'recordSize: 5 years') + '    retension: 1 year\n'
    const got = await diagnosticsOf(yaml)
    expect(got.map((d) => [d.line, d.column])).toEqual([
      [4, 3],
      [5, 8],
      [10, 17],
      [11, 5],
    ])
    expect(got[0]!.message).toContain('unknown key `mua`')
    expect(got[1]!.message).toContain('daily active users (`5M`) exceed monthly active users (`1M`)')
    expect(got[2]!.message).toContain('should be a size in bytes, but `5 years` is a duration')
    expect(got[3]!.message).toContain('unknown key `retension`')
    expect(got[3]!.hint).toContain('did you mean `retention`?')
  })

  test('problems in different sections are sorted by line, then column', async () => {
    const yaml = top('slo:', '  availability: 99.99', 'traffic:', '  peakFactor: 0.5').replace('mau: 1M', 'mau: -1')
    const got = await diagnosticsOf(yaml)
    expect(got.map((d) => d.line)).toEqual([3, 11, 13])
    const sorted = [...got].sort((a, b) => a.line - b.line || a.column - b.column)
    expect(got).toEqual(sorted)
  })

  test('a field that depends on a broken field is not reported again', async () => {
    const got = await diagnosticsOf(edit('mau: 1M', 'mau: 5 years').replace('dau: 100K', 'dau: 10% * mau'))
    expect(got).toHaveLength(1)
    expect(got[0]!.path).toBe('users.mau')
  })
})
