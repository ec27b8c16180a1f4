/** The text styles of `check --format stylish`; identity functions when colour is off. */
export interface CheckStyle {
  readonly error: (s: string) => string
  readonly warn: (s: string) => string
  readonly info: (s: string) => string
  readonly good: (s: string) => string
  readonly dim: (s: string) => string
  readonly bold: (s: string) => string
}

const same = (s: string): string => s
export const PLAIN_CHECK: CheckStyle = {error: same, warn: same, info: same, good: same, dim: same, bold: same}
