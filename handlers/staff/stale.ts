import type { Item, ItemStatus } from "../items/model.js";

/** When items count as stale (from config: STALE_NEW_HOURS, STALE_FORWARDED_HOURS, AUTO_CLOSE_ANSWERED_DAYS). */
export interface StalePolicy {
  newHours: number;
  forwardedHours: number;
  answeredDays: number;
}

/** What the sweep does to one item: report it to staff once, or close it (answered and never rated). */
export type StaleAction = { kind: "report"; status: ItemStatus; since: number } | { kind: "close"; since: number };

/** When the item entered its current status (the last history entry that moved it there). */
export function enteredStatusAt(item: Item): number {
  for (let i = item.history.length - 1; i >= 0; i--) if (item.history[i]!.to === item.status) return item.history[i]!.at;
  return item.createdAt;
}

/**
 * Decides what the sweep does to an item at `now`. Pure.
 * A `new` item waiting too long, or a `forwarded` one nobody accepted, is
 * reported once per stay in that status (`staleNotified[status]` records when);
 * an `answered` item left unrated closes itself.
 */
export function staleAction(item: Item, now: number, policy: StalePolicy): StaleAction | null {
  const since = enteredStatusAt(item);
  const waited = now - since;
  if (item.status === "answered") return item.rating === null && waited >= policy.answeredDays * 24 * 3600_000 ? { kind: "close", since } : null;
  const limitHours = item.status === "new" ? policy.newHours : item.status === "forwarded" ? policy.forwardedHours : null;
  if (limitHours === null || waited < limitHours * 3600_000) return null;
  const told = item.staleNotified[item.status];
  return told !== undefined && told >= since ? null : { kind: "report", status: item.status, since };
}
