/**
 * Mergeable aggregates of items: what each item contributes to the per-day
 * counters, and how a set of counters becomes {@link ItemStats}. Pure: the
 * store (api/store/aggregates.ts) decides where the counters live.
 *
 * An item contributes, under its current status, one to its count, one to
 * the value of each facet (target, category, place), one to the duration
 * bucket of each milestone it has reached, and one to its rating. Every field
 * is prefixed with the status, so a status filter is a field filter and a
 * status change moves counts between fields of the same keys.
 *
 * Durations are bucketed on a log scale, eight buckets per doubling starting
 * at one second: bucket b holds [2^(b/8), 2^((b+1)/8)) seconds and reports its
 * geometric midpoint 2^((b+0.5)/8). A value in the bucket is within a factor
 * 2^(1/16) of the midpoint, so a bucketed median (or the mean of two middle
 * values) is within 4.5% of the exact one; durations under a second report 0.
 */
import { ITEM_STATUSES, type ItemStatus } from "./model.js";
import { MILESTONES, UNDECIDED, type DurationFigure, type ItemStats, type Milestone } from "./stats.js";

/** China Standard Time: aggregates are per county day. */
const COUNTY_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** Buckets per doubling of a duration. */
export const BUCKETS_PER_DOUBLING = 8;
/** Largest relative error of a bucketed median (durations of a second or more). */
export const MEDIAN_RELATIVE_ERROR = 2 ** (1 / (2 * BUCKETS_PER_DOUBLING)) - 1;

/** Field code of each milestone's duration. */
const MILESTONE_CODE: Record<Milestone, string> = { forwarded: "f", accepted: "a", answered: "w" };

/** The bucket of a duration in ms; -1 for under a second. */
export function durationBucket(ms: number): number {
  if (!(ms >= 1000)) return -1;
  return Math.floor(Math.log2(ms / 1000) * BUCKETS_PER_DOUBLING);
}

/** The value a bucket stands for, in ms. */
export function bucketValueMs(bucket: number): number {
  return bucket < 0 ? 0 : 1000 * 2 ** ((bucket + 0.5) / BUCKETS_PER_DOUBLING);
}

/** The county day (UTC+8) of an instant, as YYYYMMDD. */
export function countyDay(ms: number): string {
  return new Date(ms + COUNTY_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, "");
}

/** Epoch ms of the start of a county day given as YYYYMMDD. */
export function countyDayStart(day: string): number {
  return Date.parse(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00+08:00`);
}

/** The county day after a YYYYMMDD day. */
export function nextDay(day: string): string {
  return countyDay(countyDayStart(day) + DAY_MS);
}

/** The part of an item the aggregates depend on. */
export interface AggregateFacts {
  /** County day of creation, YYYYMMDD. */
  day: string;
  status: string;
  target: string;
  category: string;
  place: string;
  /** Milestone code → duration bucket, for the milestones reached. */
  durations: Array<[string, number]>;
  rating: number | null;
  /** Residents backing the item beyond its raiser (its followers). */
  followers: number;
}

/** The fields of a stored item the facts are read from (loosely typed: the store sees JSON). */
export interface AggregateSource {
  status: string;
  target: string | null;
  createdAt: number;
  [field: string]: unknown;
}

interface HistoryLike {
  at?: unknown;
  action?: unknown;
  to?: unknown;
}

/** What an item contributes to the aggregates, read like handlers/items/stats.ts reads it. */
export function aggregateFacts(item: AggregateSource): AggregateFacts {
  const history = (Array.isArray(item.history) ? item.history : []) as HistoryLike[];
  const submitted = history.find((h) => h.action === "submitted")?.at;
  const start = typeof submitted === "number" ? submitted : item.createdAt;
  const durations: Array<[string, number]> = [];
  for (const m of MILESTONES) {
    const at = history.find((h) => h.to === m)?.at;
    if (typeof at === "number") durations.push([MILESTONE_CODE[m], durationBucket(Math.max(0, at - start))]);
  }
  const rating = typeof item.rating === "number" ? item.rating : null;
  const followers = Array.isArray(item.followers) ? item.followers.length : 0;
  return {
    day: countyDay(item.createdAt),
    status: item.status,
    target: item.target ?? UNDECIDED,
    category: String(item.category ?? ""),
    place: String(item.place ?? ""),
    durations,
    rating,
    followers,
  };
}

/** A compact text of the facts: equal texts, equal contributions. */
export function factsSignature(f: AggregateFacts): string {
  // Followers only when there are any: the signature of every item without followers stays what it was before they were counted.
  return JSON.stringify([f.day, f.status, f.target, f.category, f.place, f.durations, f.rating, ...(f.followers > 0 ? [f.followers] : [])]);
}

/** A facet value inside a key or field (never contains the separators). */
export function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/\*/g, "%2A");
}

/** Which facets a key is narrowed to. */
export interface FacetMask {
  target: boolean;
  category: boolean;
  place: boolean;
}

/** The eight masks: every combination of target, category and place. */
export const FACET_MASKS: readonly FacetMask[] = [0, 1, 2, 3, 4, 5, 6, 7].map((m) => ({ target: (m & 1) !== 0, category: (m & 2) !== 0, place: (m & 4) !== 0 }));

/** The key suffix of a facet assignment: `target|category|place`, `*` for any. */
export function assignmentOf(values: { target?: string | undefined; category?: string | undefined; place?: string | undefined }): string {
  const part = (v: string | undefined) => (v === undefined ? "*" : encodeValue(v));
  return `${part(values.target)}|${part(values.category)}|${part(values.place)}`;
}

/** The assignment one item has under a mask. */
export function maskedAssignment(f: AggregateFacts, mask: FacetMask): string {
  return assignmentOf({ ...(mask.target && { target: f.target }), ...(mask.category && { category: f.category }), ...(mask.place && { place: f.place }) });
}

/** The fields an item adds one to in a key of the given mask. */
export function contributionFields(f: AggregateFacts, mask: FacetMask): string[] {
  const s = f.status;
  const out = [`${s}:n`];
  if (!mask.target) out.push(`${s}:t:${encodeValue(f.target)}`);
  if (!mask.category) out.push(`${s}:c:${encodeValue(f.category)}`);
  if (!mask.place) out.push(`${s}:p:${encodeValue(f.place)}`);
  for (const [m, b] of f.durations) out.push(`${s}:${m}:${b}`);
  if (f.rating !== null) out.push(`${s}:r:${f.rating}`);
  return out;
}

/**
 * The counter an item adds its followers to (`<status>:x:<target>`), and
 * how many: supporters per target are the items (`t`) plus these.
 */
export function followerField(f: AggregateFacts): [string, number] | null {
  return f.followers > 0 ? [`${f.status}:x:${encodeValue(f.target)}`, f.followers] : null;
}

/** Merges counter hashes (one key per period for one assignment) into statistics. */
export function statsFromAggregates(hashes: Iterable<Record<string, number>>, filter: { status?: string | undefined; target?: string | undefined; category?: string | undefined; place?: string | undefined }): ItemStats {
  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const byTarget: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byPlace: Record<string, number> = {};
  const followersByTarget: Record<string, number> = {};
  const buckets: Record<string, Map<number, number>> = { f: new Map(), a: new Map(), w: new Map() };
  let ratingSum = 0;
  let ratingCount = 0;
  const add = (rec: Record<string, number>, key: string, n: number) => (rec[key] = (rec[key] ?? 0) + n);
  for (const hash of hashes) {
    for (const [field, n] of Object.entries(hash)) {
      if (!n) continue;
      const [status, kind, value] = field.split(":") as [string, string, string | undefined];
      if (filter.status !== undefined && status !== filter.status) continue;
      if (kind === "n") {
        if (status in byStatus) byStatus[status as ItemStatus] += n;
      } else if (kind === "t") add(byTarget, decodeURIComponent(value!), n);
      else if (kind === "c") add(byCategory, decodeURIComponent(value!), n);
      else if (kind === "p") add(byPlace, decodeURIComponent(value!), n);
      else if (kind === "x") add(followersByTarget, decodeURIComponent(value!), n);
      else if (kind === "r") {
        ratingSum += Number(value) * n;
        ratingCount += n;
      } else if (buckets[kind]) buckets[kind]!.set(Number(value), (buckets[kind]!.get(Number(value)) ?? 0) + n);
    }
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  // A facet the filter fixes has its one value (keys narrowed to it carry no field for it).
  if (filter.target !== undefined && total > 0) byTarget[filter.target] = total;
  if (filter.category !== undefined && total > 0) byCategory[filter.category] = total;
  if (filter.place !== undefined && total > 0) byPlace[filter.place] = total;
  const figure = (code: string): DurationFigure => bucketMedian(buckets[code]!);
  const supportByTarget: Record<string, number> = {};
  for (const [t, n] of Object.entries(byTarget)) supportByTarget[t] = n + (followersByTarget[t] ?? 0);
  return {
    total,
    byStatus,
    byTarget,
    byCategory,
    byPlace,
    supportByTarget,
    toMilestone: { forwarded: figure("f"), accepted: figure("a"), answered: figure("w") },
    rating: { mean: ratingCount ? Math.round((ratingSum / ratingCount) * 100) / 100 : null, count: ratingCount },
  };
}

/** The median of bucketed values (mean of the two middle ones for an even count). */
export function bucketMedian(counts: Map<number, number>): DurationFigure {
  const sorted = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const count = sorted.reduce((a, [, n]) => a + n, 0);
  if (count === 0) return { medianMs: null, count: 0 };
  const at = (rank: number): number => {
    let seen = 0;
    for (const [b, n] of sorted) {
      seen += n;
      if (rank < seen) return bucketValueMs(b);
    }
    return bucketValueMs(sorted.at(-1)![0]);
  };
  const medianMs = count % 2 === 1 ? at((count - 1) / 2) : (at(count / 2 - 1) + at(count / 2)) / 2;
  return { medianMs, count };
}
