/**
 * Sampled numbers one estimate may hold: the samples of every ranged field
 * and of every metric that depends on one, 8 bytes each. 16 million is 128 MB,
 * which with the rest of a run stays under 300 MB, and takes well under a
 * second to sample and summarise since metrics run as compiled kernels and
 * bands by histogram select (issue 17); it is 129,000 samples of the social
 * feed forecast's 124 uncertain values, so the 100,000 the benchmark runs fit. The spec
 * loader counts its ranged fields against it before it draws their samples,
 * and the engine its uncertain metrics before it computes theirs (for the
 * library's estimate(), which drops each array after its last reader, the
 * most it holds at once; for a run that keeps them, every one), so a run
 * that would pass it is refused before it starts.
 */
export const MAX_SAMPLED_VALUES = 16_000_000

/** The most samples that fit the budget for this many uncertain values. */
export function samplesThatFit(values: number): number {
  return Math.floor(MAX_SAMPLED_VALUES / Math.max(1, values))
}

/** Why the field at `path`, the `fields`th with samples, is refused: the message and the hint. */
export function oversampled(path: string, fields: number, samples: number): {message: string; hint: string} {
  const fit = samplesThatFit(fields)
  return {
    message: `\`${path}\`: ${fields} uncertain fields × ${samples} samples are more than the ${MAX_SAMPLED_VALUES} sampled numbers an estimate may hold`,
    // The metrics computed from these fields are sampled too, so fewer fit than the fields
    // alone allow; the engine's own check then says exactly how many.
    hint: fit >= 100 ? `use fewer samples (fewer than ${fit}: the metrics computed from these fields are sampled too), or give fewer fields a range` : 'give fewer fields a range',
  }
}
