/**
 * Reads the integer lists packed by scripts/pack-traditional.ts: each number
 * in base 32, most significant digit first; digits from the upper half of
 * DIGITS continue a number, one from the lower half ends it.
 */

/** The 64 digits: 0-31 end a number, 32-63 continue it. */
export const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/** The numbers packed in `text`, in order. */
export function unpackNumbers(text: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    if (d < 0) throw new Error(`not a packed digit: ${JSON.stringify(ch)}`);
    if (d >= 32) n = n * 32 + (d - 32);
    else {
      out.push(n * 32 + d);
      n = 0;
    }
  }
  return out;
}
