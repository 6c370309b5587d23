/**
 * Statistics over items for integrators (REST `GET /api/v1/stats`). Pure:
 * durations come from each item's own history, so the figures can be
 * recomputed from an export and checked.
 */
import { ITEM_STATUSES, supportOf, type Item, type ItemStatus } from "./model.js";

/** The milestones whose time from submission is measured. */
export const MILESTONES = ["forwarded", "accepted", "answered"] as const;
export type Milestone = (typeof MILESTONES)[number];

/** A median duration and how many items it was taken over. */
export interface DurationFigure {
  /** Median milliseconds from submission to the milestone; null when no item reached it. */
  medianMs: number | null;
  count: number;
}

/** What {@link itemStats} computes. Key "undecided" counts items with no target. */
export interface ItemStats {
  total: number;
  byStatus: Record<ItemStatus, number>;
  byTarget: Record<string, number>;
  byCategory: Record<string, number>;
  byPlace: Record<string, number>;
  /** Residents backing the items of each target (raisers and followers). */
  supportByTarget: Record<string, number>;
  /** Submission → first time the item reached each milestone. */
  toMilestone: Record<Milestone, DurationFigure>;
  rating: { mean: number | null; count: number };
}

/** The key under which items with no target are counted. */
export const UNDECIDED = "undecided";

/** When an item was submitted: its "submitted" history entry, else its creation time. */
export function submittedAt(item: Item): number {
  return item.history.find((h) => h.action === "submitted")?.at ?? item.createdAt;
}

/**
 * When an item first reached a status according to its history, or null.
 * "First" on purpose: an item returned to triage and forwarded again keeps
 * its first forward, so reworks do not make the desk look faster.
 */
export function firstReached(item: Item, status: ItemStatus): number | null {
  return item.history.find((h) => h.to === status)?.at ?? null;
}

/** Median of a list of numbers (mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Accumulates statistics one item at a time, so a caller paging through
 * storage never holds every item in memory (only the durations).
 */
export function statsAccumulator(): { add(item: Item): void; result(): ItemStats } {
  let total = 0;
  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const byTarget: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byPlace: Record<string, number> = {};
  const supportByTarget: Record<string, number> = {};
  const durations: Record<Milestone, number[]> = { forwarded: [], accepted: [], answered: [] };
  let ratingSum = 0;
  let ratingCount = 0;
  const bump = (rec: Record<string, number>, key: string) => (rec[key] = (rec[key] ?? 0) + 1);
  return {
    add(item) {
      total++;
      byStatus[item.status]++;
      bump(byTarget, item.target ?? UNDECIDED);
      bump(byCategory, item.category);
      bump(byPlace, item.place);
      supportByTarget[item.target ?? UNDECIDED] = (supportByTarget[item.target ?? UNDECIDED] ?? 0) + supportOf(item);
      const start = submittedAt(item);
      for (const m of MILESTONES) {
        const at = firstReached(item, m);
        // A clock skew can never make a negative duration count.
        if (at !== null) durations[m].push(Math.max(0, at - start));
      }
      if (item.rating !== null) {
        ratingSum += item.rating;
        ratingCount++;
      }
    },
    result() {
      const figure = (m: Milestone): DurationFigure => ({ medianMs: median(durations[m]), count: durations[m].length });
      return {
        total,
        byStatus: { ...byStatus },
        byTarget: { ...byTarget },
        byCategory: { ...byCategory },
        byPlace: { ...byPlace },
        supportByTarget: { ...supportByTarget },
        toMilestone: { forwarded: figure("forwarded"), accepted: figure("accepted"), answered: figure("answered") },
        rating: { mean: ratingCount ? Math.round((ratingSum / ratingCount) * 100) / 100 : null, count: ratingCount },
      };
    },
  };
}

/** Statistics over a list of items. Pure. */
export function itemStats(items: Iterable<Item>): ItemStats {
  const acc = statsAccumulator();
  for (const item of items) acc.add(item);
  return acc.result();
}
