/**
 * Aggregates in Redis, kept in the same atomic write that changes an item.
 *
 * Layout: for every county day (`d20260501`), month (`m202605`) and year (`y2026`) and every
 * combination of target, category and place an item can be filtered by
 * (eight: none, each one, each pair, all three), one hash of counters
 * `agg:<period>:<target>|<category>|<place>` (`*` = any). Its fields are
 * the item contributions of handlers/items/aggregates.ts: `<status>:n`,
 * `<status>:t:<target>`, duration buckets, ratings. A statistics request
 * with any filter reads one hash per year it covers (months and days at its
 * ragged edges): a bounded number of keys, whatever the number of items.
 *
 * Each item's current contribution is summarised in `agg:sig:<id>`. An
 * update subtracts the contribution of the item it replaces (`before`, or
 * the new item itself when the caller changed nothing the aggregates depend
 * on) and checks that summary in the compare-and-set, so a caller that
 * forgot `before` gets a conflict, never drifting counters.
 */
import { aggregateFacts, assignmentOf, contributionFields, followerField, countyDay, countyDayStart, FACET_MASKS, factsSignature, maskedAssignment, nextDay, statsFromAggregates, type AggregateFacts } from "../../handlers/items/aggregates.js";
import type { ItemStats } from "../../handlers/items/stats.js";
import type { ItemQuery, ItemWrite, StoredItem } from "../../handlers/ports.js";
import { facetKeys } from "./facets.js";
import type { Keys } from "./keys.js";
import type { Redis } from "./redis.js";
import { luaScript } from "./script.js";
import type { Op, WritePlan } from "./writes.js";

/** Reads many hashes in one command. */
export const HGETALL_MANY_SCRIPT = `local out = {} for i, k in ipairs(KEYS) do out[i] = redis.call("HGETALL", k) end return out`;

/** Every counter an item's facts add to, as `key\u0000field` and how much (one, or its followers). */
export function contributionOf(k: Keys, f: AggregateFacts): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const followers = followerField(f);
  for (const period of [`d${f.day}`, `m${f.day.slice(0, 6)}`, `y${f.day.slice(0, 4)}`]) {
    for (const mask of FACET_MASKS) {
      const key = k.aggregate(period, maskedAssignment(f, mask));
      for (const field of contributionFields(f, mask)) out.push([`${key}\u0000${field}`, 1]);
      if (followers) out.push([`${key}\u0000${followers[0]}`, followers[1]]);
    }
  }
  return out;
}

/** The HINCRBY ops that turn the contribution of `before` into that of `after` (either may be absent). */
export function aggregateDeltaOps(k: Keys, before: AggregateFacts | null, after: AggregateFacts | null): Op[] {
  const delta = new Map<string, number>();
  if (before) for (const [c, n] of contributionOf(k, before)) delta.set(c, (delta.get(c) ?? 0) - n);
  if (after) for (const [c, n] of contributionOf(k, after)) delta.set(c, (delta.get(c) ?? 0) + n);
  const ops: Op[] = [];
  for (const [c, n] of delta) {
    if (n === 0) continue;
    const [key, field] = c.split("\u0000") as [string, string];
    ops.push(["HINCRBY", key, field, n]);
  }
  return ops;
}

/** Adds the aggregate checks and ops of one item write to a plan (called by planItem). */
export function planAggregates(k: Keys, plan: WritePlan, w: ItemWrite): void {
  const after = aggregateFacts(w.item);
  const sigKey = k.aggregateSig(w.item.id);
  plan.touched.add(sigKey);
  const sig = factsSignature(after);
  const months: Op = ["SADD", k.aggregateMonths(), after.day.slice(0, 6)];
  plan.touched.add(k.aggregateMonths());
  const touch = (ops: Op[]) => {
    for (const op of ops) plan.touched.add(String(op[1]));
    return ops;
  };
  if (w.kind === "update") {
    const before = aggregateFacts(w.before ?? w.item);
    // "hs": the recorded share must be the one this write moves — or absent: an item written before the
    // aggregates existed (a store upgraded without stats:rebuild) is counted in on its first update, not refused.
    plan.checks.push(["hs", sigKey, factsSignature(before)]);
    const moved = touch(aggregateDeltaOps(k, before, after));
    if (moved.length) plan.ops.push(["IFX", sigKey, moved]);
    plan.ops.push(["IFNX", sigKey, [...touch(aggregateDeltaOps(k, null, after)), months, ["HSET", sigKey, "v", sig]]]);
    if (factsSignature(before) !== sig) plan.ops.push(["HSET", sigKey, "v", sig]);
    return;
  }
  plan.ops.push(months);
  for (const op of touch(aggregateDeltaOps(k, null, after))) plan.ops.push(op);
  plan.ops.push(["HSET", sigKey, "v", sig]);
}

/** The statistics of a query, and the county days they cover (from/to rounded out to whole days). */
export interface AggregateStats {
  stats: ItemStats;
  /** Start of the first county day counted (epoch ms), or null when unbounded. */
  from: number | null;
  /** End of the last county day counted (exclusive, epoch ms), or null when unbounded. */
  to: number | null;
  /** How many counter hashes were read. */
  keysRead: number;
}

/** The hashes a query reads: whole years inside the range, whole months inside the rest, days at its edges. */
export function statsKeys(k: Keys, months: string[], query: ItemQuery): { keys: string[]; fromDay: string | null; toDay: string | null } {
  const assignment = assignmentOf(query);
  const fromDay = query.from !== undefined ? countyDay(query.from) : null;
  const toDay = query.to !== undefined ? nextDay(countyDay(query.to - 1)) : null;
  const inside = (first: string, end: string) => (fromDay === null || fromDay <= first) && (toDay === null || end <= toDay);
  const apart = (first: string, end: string) => (fromDay !== null && end <= fromDay) || (toDay !== null && first >= toDay);
  const keys: string[] = [];
  const years = new Set<string>();
  for (const m of [...months].sort()) {
    const y = m.slice(0, 4);
    if (inside(`${y}0101`, `${Number(y) + 1}0101`)) {
      if (!years.has(y)) keys.push(k.aggregate(`y${y}`, assignment));
      years.add(y);
      continue;
    }
    const first = `${m}01`;
    const end = nextMonth(m);
    if (apart(first, end)) continue;
    if (inside(first, end)) {
      keys.push(k.aggregate(`m${m}`, assignment));
      continue;
    }
    for (let d = fromDay !== null && fromDay > first ? fromDay : first; d < end && (toDay === null || d < toDay); d = nextDay(d)) keys.push(k.aggregate(`d${d}`, assignment));
  }
  return { keys, fromDay, toDay };
}

/** The first day (YYYYMMDD) of the month after YYYYMM. */
function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(4, 6));
  return mo === 12 ? `${y + 1}0101` : `${y}${String(mo + 1).padStart(2, "0")}01`;
}

/** Reads statistics from the aggregates: two round trips (the months, then every hash in one script). */
export function createAggregateReader(redis: Redis, k: Keys): (query: ItemQuery) => Promise<AggregateStats> {
  const many = createAggregateManyReader(redis, k);
  return async (query) => (await many([query]))[0]!;
}

/** Reads the statistics of several queries in the same two round trips (the months once, then every query's hashes together). */
export function createAggregateManyReader(redis: Redis, k: Keys): (queries: ItemQuery[]) => Promise<AggregateStats[]> {
  const many = luaScript<string[][]>(redis, HGETALL_MANY_SCRIPT);
  return async (queries) => {
    const months = ((await redis.smembers(k.aggregateMonths())) as string[]) ?? [];
    const plans = queries.map((q) => statsKeys(k, months, q));
    const keys = plans.flatMap((p) => p.keys);
    // One script call per 2,000 keys (a range of several decades of days); usually one.
    const chunks: string[][] = [];
    for (let i = 0; i < keys.length; i += 2000) chunks.push(keys.slice(i, i + 2000));
    const hashes: Array<Record<string, number>> = [];
    for (const flat of (await Promise.all(chunks.map((c) => many.run(c, [])))).flat()) {
      const h: Record<string, number> = {};
      for (let i = 0; i + 1 < flat.length; i += 2) h[flat[i]!] = Number(flat[i + 1]);
      hashes.push(h);
    }
    let at = 0;
    return plans.map(({ keys: own, fromDay, toDay }, i) => {
      const mine = hashes.slice(at, at + own.length);
      at += own.length;
      return {
        stats: statsFromAggregates(mine, queries[i]!),
        from: fromDay === null ? null : countyDayStart(fromDay),
        to: toDay === null ? null : countyDayStart(toDay),
        keysRead: own.length,
      };
    });
  };
}

/**
 * Recomputes every aggregate and facet index from the items (`npm run
 * stats:rebuild`): drops those keys, then adds each item's contribution, a page at a time.
 * Run it while nothing writes items (bots and API stopped); it is also how a
 * store written before aggregates existed gets them.
 */
export async function rebuildAggregates(
  redis: Redis,
  k: Keys,
  opts: {
    page?: number;
    onProgress?: (done: number, total: number) => void;
    /** Items archived out of Redis (api/store/archive.ts): counted again, unless the same id is still live. */
    archived?: Iterable<StoredItem>;
  } = {},
): Promise<{ items: number; keys: number }> {
  const page = opts.page ?? 500;
  for (const match of [k.aggregatePattern(), k.facetPattern()]) {
    let cursor = "0";
    do {
      const [next, found] = (await redis.scan(cursor, { match, count: 1000 })) as [string | number, string[]];
      cursor = String(next);
      if (found.length) await redis.del(...found);
    } while (cursor !== "0");
  }
  const total = Number(await redis.zcard(k.allItems()));
  const getMany = luaScript<string[]>(redis, `local out = {} for i, k in ipairs(KEYS) do out[i] = redis.call("HGET", k, "s") or "" end return out`);
  const counters = new Map<string, number>();
  const months = new Set<string>();
  const live = new Set<string>();
  let done = 0;
  for (let start = 0; start < total; start += page) {
    const ids = ((await redis.zrange(k.allItems(), start, start + page - 1)) as string[]) ?? [];
    if (ids.length === 0) break;
    const raw = await getMany.run(ids.map(k.item), []);
    const p = redis.pipeline();
    for (const text of raw) {
      if (!text) continue;
      let item: StoredItem;
      try {
        item = JSON.parse(text) as StoredItem;
      } catch {
        continue;
      }
      const f = aggregateFacts(item);
      live.add(item.id);
      months.add(f.day.slice(0, 6));
      for (const [c, n] of contributionOf(k, f)) counters.set(c, (counters.get(c) ?? 0) + n);
      p.hset(k.aggregateSig(item.id), { v: factsSignature(f) });
      for (const key of facetKeys(k, f)) p.zadd(key, { score: item.createdAt, member: item.id });
    }
    if (p.length()) await p.exec();
    done += ids.length;
    opts.onProgress?.(done, total);
  }
  // An archive may hold an item twice (archived, restored, archived again): its last line counts.
  const archived = new Map<string, StoredItem>();
  for (const item of opts.archived ?? []) if (!live.has(item.id)) archived.set(item.id, item);
  for (const item of archived.values()) {
    const f = aggregateFacts(item);
    months.add(f.day.slice(0, 6));
    for (const [c, n] of contributionOf(k, f)) counters.set(c, (counters.get(c) ?? 0) + n);
  }
  const byKey = new Map<string, Record<string, number>>();
  for (const [c, n] of counters) {
    const [key, field] = c.split("\u0000") as [string, string];
    (byKey.get(key) ?? byKey.set(key, {}).get(key)!)[field] = n;
  }
  const entries = [...byKey];
  for (let i = 0; i < entries.length; i += 500) {
    const p = redis.pipeline();
    for (const [key, fields] of entries.slice(i, i + 500)) p.hset(key, fields);
    await p.exec();
  }
  if (months.size) await redis.sadd(k.aggregateMonths(), ...([...months] as [string, ...string[]]));
  return { items: done, keys: byKey.size };
}
