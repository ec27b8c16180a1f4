/**
 * The longest text sizeup reads as one quantity, range or expression: a spec
 * field, a budget's limit, a `--fail-on` threshold, a practice answer. Real
 * ones are well under 100 characters (`40% * mau`, `normal(800 B, 100 B)`,
 * `3.5K/s`); 500 leaves room for long field references. The limit is checked
 * before any pattern or parser sees the text, so whatever the text holds, the
 * work that follows (literal scanning, mathjs's parser, a message quoting it)
 * is bounded by this length rather than by the size of the file.
 */
export const MAX_QUANTITY_TEXT = 500

/** `is 120,002 characters long; the limit is 500`, or null when the text is within the limit. */
export function overLength(text: string): string | null {
  return text.length > MAX_QUANTITY_TEXT ? `is ${text.length} characters long; the limit is ${MAX_QUANTITY_TEXT}` : null
}
