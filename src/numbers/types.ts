/** One sourced reference figure (data/reference-numbers.yaml). */
export interface ReferenceNumber {
  /** `<section>.<item>[.<variant>]`, e.g. `latency.rtt_same_datacenter.dean`. */
  readonly key: string
  readonly section: string
  readonly value: number
  readonly unit: string
  readonly source: string
  /** Conditions and flags: DERIVED, VENDOR, SECONDARY, DISPUTED, EXTRAPOLATED. */
  readonly note: string
}

export const SECTIONS = ['latency', 'throughput', 'sizing', 'prices', 'availability', 'payloads'] as const
export type Section = (typeof SECTIONS)[number]
