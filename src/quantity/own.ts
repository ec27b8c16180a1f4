/**
 * The entry a table of ours has under a name the user wrote, or undefined.
 *
 * `table[name]` on a plain object also finds what every object inherits:
 * `constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__proto__` …, so
 * a user who writes one of those names would get a function where a figure,
 * a price or a metric was expected. Only the table's own entries count here,
 * so a built-in name is an unknown name like any other. (This lives in the
 * lowest layer because every layer looks up names its inputs give.)
 */
export function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined
}
