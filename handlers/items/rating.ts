/** The ratings a resident can give an answer. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/**
 * Strict parse of a rating as it arrives in a button payload: exactly one
 * digit 1–5 and nothing else. `Number()` would take "0x4", "1e0", " 3" and
 * "4.0"; a hand-made payload must not become a rating.
 */
export function parseRating(text: string | undefined): number | null {
  return text !== undefined && /^[1-5]$/.test(text) ? Number(text) : null;
}
