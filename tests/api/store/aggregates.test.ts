/**
 * Aggregates kept by every item write (api/store/aggregates.ts) equal what a
 * rebuild from the items computes, after a seeded random history through the
 * staff and resident actions: creates, forwards, accepts, answers, ratings,
 * reopenings, returns to triage, reroutes, merges, rejections and erasures
 * (/forget anonymisation). The statistics they give match the exact ones
 * computed item by item.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildAggregates } from "../../../api/store/aggregates.js";
import { createUpstashItemRepository } from "../../../api/store/item-repo.js";
import { keys } from "../../../api/store/keys.js";
import { createRedis, type Redis } from "../../../api/store/redis.js";
import { countyDay, countyDayStart, MEDIAN_RELATIVE_ERROR } from "../../../handlers/items/aggregates.js";
import { queueScore, type Item } from "../../../handlers/items/model.js";
import { itemStats, type ItemStats } from "../../../handlers/items/stats.js";
import { transition } from "../../../handlers/items/status.js";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { directoryView } from "../../../handlers/directory/view.js";
import type { ItemQuery, ItemRepository, ItemWrite } from "../../../handlers/ports.js";
import * as act from "../../../handlers/staff/actions.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";
import { seededRandom } from "../../../bench/rng.js";

const PREFIX = "agg-test:";
let up: TestUpstash;
let redis: Redis;
let repo: ItemRepository;
const k = keys(PREFIX);
const dir = directoryView(loadDefaultDirectory());

beforeAll(async () => {
  up = await startTestUpstash();
  redis = createRedis({ url: up.url, token: up.token });
  repo = createUpstashItemRepository(redis, PREFIX);
});
afterAll(async () => up?.stop());

const rng = seededRandom;

/** Every aggregate hash without its zero fields (a counter back at zero is the same as none), and every facet index. */
async function snapshot(): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  let cursor = "0";
  do {
    const [next, found] = (await redis.scan(cursor, { match: k.facetPattern(), count: 1000 })) as [string | number, string[]];
    cursor = String(next);
    const replies = await Promise.all(found.map((key) => redis.zrange(key, 0, -1, { withScores: true })));
    for (const [i, key] of found.entries()) {
      const flat = replies[i] as string[];
      const z: Record<string, string> = {};
      for (let j = 0; j + 1 < flat.length; j += 2) z[flat[j]!] = String(flat[j + 1]);
      out[key] = Object.fromEntries(Object.entries(z).sort());
    }
  } while (cursor !== "0");
  do {
    const [next, found] = (await redis.scan(cursor, { match: k.aggregatePattern(), count: 1000 })) as [string | number, string[]];
    cursor = String(next);
    const hashes = found.filter((key) => key !== k.aggregateMonths());
    if (found.includes(k.aggregateMonths())) out[k.aggregateMonths()] = Object.fromEntries(((await redis.smembers(k.aggregateMonths())) as string[]).sort().map((m) => [m, "1"]));
    // Issued together: auto-pipelining sends them in one request.
    const replies = await Promise.all(hashes.map((key) => redis.hgetall(key)));
    for (const [i, key] of hashes.entries()) {
      const flat = (replies[i] ?? []) as unknown as string[];
      const h: Record<string, string> = {};
      for (let i = 0; i + 1 < flat.length; i += 2) h[flat[i]!] = String(flat[i + 1]);
      const kept = Object.fromEntries(Object.entries(h).filter(([, v]) => String(v) !== "0").sort());
      if (Object.keys(kept).length) out[key] = kept;
    }
  } while (cursor !== "0");
  return out;
}

const TARGETS = ["deputy-fengming", "room-renhe", "member-medical", "room-shuangjiang"];
const CATEGORIES = ["roads-transport", "health", "environment", "public-safety"];
const PLACES = ["fengming", "renhe", "shuangjiang", "unknown"];
const BASE = Date.parse("2031-03-28T10:00:00+08:00");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const CODE = "ACDEFHJKMNPQRTUVWXY3479";

/** Runs a random history; returns the items as they end. */
async function randomHistory(seed: number, steps: number): Promise<Map<string, Item>> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const items = new Map<string, Item>();
  const staff = { by: { role: "staff" as const, id: 900001 }, locale: "zh-CN" as const, dir };
  const deputies = [{ userId: 1, chatId: 1, locale: "zh-CN" as const }];
  let clock = BASE;
  let n = 0;
  const apply = async (writes: ItemWrite[]) => {
    expect(await repo.write(writes)).toEqual({ ok: true });
    for (const w of writes) items.set(w.item.id, w.item as Item);
  };
  for (let step = 0; step < steps; step++) {
    clock += Math.floor(r() * 9 * HOUR);
    const all = [...items.values()];
    const roll = r();
    if (roll < 0.3 || all.length < 5) {
      const id = `G${[0, 1, 2, 3, 4].map((i) => CODE[Math.floor(n / CODE.length ** i) % CODE.length]).join("")}`;
      n++;
      // Some items are dated in the past (as imports will be), spreading them over two months.
      const createdAt = r() < 0.3 ? clock - Math.floor(r() * 40 * DAY) : clock;
      const target = r() < 0.15 ? null : pick(TARGETS);
      const item = makeItem({ id, createdAt, target, category: pick(CATEGORIES), place: pick(PLACES), residentId: 100 + Math.floor(r() * 20), history: [{ at: createdAt, by: { role: "resident", id: 1 }, action: "submitted", to: "new" }] });
      await apply([{ kind: "create", item, queueScore: queueScore(item) }]);
      continue;
    }
    const kind = pick(["forward", "accept", "answer", "rate", "reopen", "return", "reroute", "merge", "reject", "close", "erase"] as const);
    const answered = all.filter((i) => i.status === "answered");
    const item = (kind === "rate" || kind === "reopen") && answered.length ? pick(answered) : pick(all);
    const ctx = { ...staff, now: Math.max(clock, item.createdAt + Math.floor(r() * 30 * DAY)) };
    try {
      if (kind === "forward") await apply(act.forward(item.target ? item : { ...item, target: pick(TARGETS) }, ctx, deputies).writes.map((w) => ({ ...w, before: item })));
      else if (kind === "accept") await apply(act.accept(item, { ...ctx, by: { role: "deputy", id: 1 } }).writes);
      else if (kind === "answer") await apply(act.answer(item, { ...ctx, by: { role: "deputy", id: 1 } }, "已处理").writes);
      else if (kind === "rate" && item.status === "answered") {
        const after = transition(item, "closed", { role: "resident", id: 1 }, ctx.now, "rated", undefined, { rating: 1 + Math.floor(r() * 5) });
        await apply([{ kind: "update", item: after, expectedRev: item.rev, before: item, queueScore: null }]);
      } else if (kind === "reopen" && item.status === "answered") {
        const after = transition(item, "accepted", { role: "resident", id: 1 }, ctx.now, "reopened", undefined, { rating: null });
        await apply([{ kind: "update", item: after, expectedRev: item.rev, before: item }]);
      } else if (kind === "return") await apply(act.returnToTriage(item, ctx, "不归我管", []).writes);
      else if (kind === "reroute") await apply(act.reroute(item, ctx, pick(TARGETS), "换个地方", []).writes);
      else if (kind === "merge") {
        const into = pick(all.filter((i) => i.id !== item.id));
        await apply(act.merge(item, into, ctx, []).writes);
      } else if (kind === "reject") await apply(act.reject(item, ctx, "重复", []).writes);
      else if (kind === "close") await apply(act.close(item, ctx, "办结", []).writes);
      else if (kind === "erase") {
        // What /forget writes (handlers/resident/conversation.ts): no `before`, nothing the aggregates count changes.
        const after = { ...item, rev: item.rev + 1, updatedAt: ctx.now, residentId: null, residentChatId: null, residentName: null, contact: null, history: [...item.history, { at: ctx.now, by: { role: "resident" as const }, action: "anonymised" }] };
        await apply([{ kind: "update", item: after, expectedRev: item.rev }]);
      }
    } catch (error) {
      // A refused action (wrong status, same target…) writes nothing.
      if (!(error instanceof Error) || error.name !== "StaffRefusal") throw error;
    }
  }
  return items;
}

function expectClose(actual: ItemStats, exact: ItemStats) {
  const { toMilestone: a, ...counts } = actual;
  const { toMilestone: e, ...exactCounts } = exact;
  expect(counts).toEqual(exactCounts);
  for (const m of ["forwarded", "accepted", "answered"] as const) {
    expect(a[m].count, m).toBe(e[m].count);
    if (e[m].medianMs === null) expect(a[m].medianMs).toBeNull();
    else if (e[m].medianMs! < 1000) expect(a[m].medianMs!).toBeLessThan(1000);
    else expect(Math.abs(a[m].medianMs! - e[m].medianMs!) / e[m].medianMs!, m).toBeLessThanOrEqual(MEDIAN_RELATIVE_ERROR + 1e-9);
  }
}

describe("aggregates kept by every write", () => {
  let items: Map<string, Item>;
  beforeAll(async () => {
    items = await randomHistory(20261202, 900);
  }, 120_000);

  it("the history did all the things it should (so the test is not vacuous)", () => {
    const actions = new Set([...items.values()].flatMap((i) => i.history.map((h) => h.action)));
    for (const a of ["forwarded", "accepted", "answered", "rated", "reopened", "returned", "rerouted", "merged", "merged-in", "rejected", "closed", "anonymised"]) expect(actions, a).toContain(a);
    expect(items.size).toBeGreaterThan(150);
  });

  it("incremental == rebuild, key by key and field by field", async () => {
    const incremental = await snapshot();
    expect(Object.keys(incremental).length).toBeGreaterThan(100);
    const rebuilt = await rebuildAggregates(redis, k);
    expect(rebuilt.items).toBe(items.size);
    expect(await snapshot()).toEqual(incremental);
  });

  it("statistics from the aggregates equal the exact ones, for any filter and whole county days", async () => {
    const all = [...items.values()];
    const days = [...new Set(all.map((i) => countyDay(i.createdAt)))].sort();
    const queries: ItemQuery[] = [
      {},
      { target: "room-renhe" },
      { status: "closed" },
      { category: "health", place: "renhe" },
      { target: "deputy-fengming", category: "roads-transport", place: "fengming" },
      { from: countyDayStart(days[3]!), to: countyDayStart(days[days.length - 4]!) },
      { from: countyDayStart(days[10]!), status: "forwarded", place: "unknown" },
      { to: countyDayStart(days[20]!), target: "undecided" },
    ];
    for (const q of queries) {
      const exact = itemStats(
        all.filter(
          (i) =>
            (q.status === undefined || i.status === q.status) &&
            (q.target === undefined || (i.target ?? "undecided") === q.target) &&
            (q.category === undefined || i.category === q.category) &&
            (q.place === undefined || i.place === q.place) &&
            (q.from === undefined || i.createdAt >= q.from) &&
            (q.to === undefined || i.createdAt < q.to),
        ),
      );
      const { stats } = await repo.stats(q);
      expectClose(stats, exact);
    }
  });

  it("reads a bounded number of keys in two round trips, however many items there are", async () => {
    up.stats.reset();
    await repo.stats({ target: "room-renhe", category: "health" });
    expect(up.stats.requests).toBeLessThanOrEqual(2);
  });

  it("an update that changes a counted field without `before` is refused, and the counters stay", async () => {
    const item = [...items.values()].find((i) => i.status === "new")!;
    const before = await snapshot();
    const after = transition(item, "rejected", { role: "staff", id: 1 }, item.createdAt + HOUR, "rejected", "x");
    expect(await repo.write([{ kind: "update", item: after, expectedRev: item.rev }])).toEqual({ ok: false, reason: "conflict" });
    expect(await snapshot()).toEqual(before);
  });

  it("an item written before the aggregates existed (an upgraded store) is counted in on its first update, not refused", async () => {
    const legacy = makeItem({ id: "LHCYAA", createdAt: Date.UTC(2025, 0, 5), status: "new" });
    const other = createUpstashItemRepository(redis, "legacy:");
    const lk = keys("legacy:");
    expect(await other.write([{ kind: "create", item: legacy, queueScore: queueScore(legacy) }])).toEqual({ ok: true });
    // As if written by the previous release: no aggregates at all.
    const aggKeys = await redis.keys("legacy:agg:*");
    await redis.del(...aggKeys);
    expect((await other.stats({})).stats.total).toBe(0);
    const after = transition(legacy, "rejected", { role: "staff", id: 1 }, legacy.createdAt + HOUR, "rejected", "x");
    expect(await other.write([{ kind: "update", item: after, expectedRev: legacy.rev, before: legacy }])).toEqual({ ok: true });
    const stats = (await other.stats({})).stats;
    expect(stats.total).toBe(1);
    expect(stats.byStatus.rejected).toBe(1);
    expect(await redis.exists(lk.aggregateSig(legacy.id))).toBe(1);
  });
});
