/**
 * Waits, when needed, until the wall clock is well inside a minute. The rate
 * limiters count per clock minute (a fixed window resets at the boundary, a
 * sliding one weighs the previous minute less as the next begins), so a burst
 * that straddles a boundary may rightly get more through; a test of "N then
 * refused" starts its burst with at least `marginMs` before the next minute.
 */
export async function awayFromMinuteBoundary(marginMs = 20_000): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 60_000 - marginMs) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}
