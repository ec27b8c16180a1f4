/** The few text styles the terminal renderer uses; plain identity functions when colour is off. */
export interface Style {
  readonly heading: (s: string) => string
  readonly dim: (s: string) => string
  readonly good: (s: string) => string
  readonly bad: (s: string) => string
}

export const PLAIN: Style = {heading: (s) => s, dim: (s) => s, good: (s) => s, bad: (s) => s}
