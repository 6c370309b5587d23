/**
 * Facet indexes (api/store/facets.ts): any combination of status, target,
 * category and place pages through exactly the matching items, newest first,
 * one round trip per page, with cursors that survive concurrent inserts and
 * long runs of items created in the same millisecond (as imports make).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstashItemRepository } from "../../../api/store/item-repo.js";
import { createRedis } from "../../../api/store/redis.js";
import { queueScore, type Item } from "../../../handlers/items/model.js";
import { transition } from "../../../handlers/items/status.js";
import type { ItemQuery, ItemRepository } from "../../../handlers/ports.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";
import { seededRandom } from "../../../bench/rng.js";

let up: TestUpstash;
let repo: ItemRepository;
const CODE = "ACDEFHJKMNPQRTUVWXY3479";
const code = (letter: string, n: number) => `${letter}${[0, 1, 2, 3, 4].map((i) => CODE[Math.floor(n / CODE.length ** i) % CODE.length]).join("")}`;

beforeAll(async () => {
  up = await startTestUpstash();
  repo = createUpstashItemRepository(createRedis({ url: up.url, token: up.token }), "facets:");
});
afterAll(async () => up?.stop());

const rng = seededRandom;

async function all(q: ItemQuery, limit: number, between?: () => Promise<void>): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await repo.list({ ...q, limit, ...(cursor && { cursor }) });
    ids.push(...page.items.map((i) => (i as Item).id));
    cursor = page.nextCursor ?? undefined;
    pages++;
    await between?.();
  } while (cursor);
  return { ids, pages };
}

const newestFirst = (a: Item, b: Item) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

describe("facet indexes", () => {
  const items = new Map<string, Item>();
  const base = 1_900_000_000_000;
  beforeAll(async () => {
    const r = rng(14);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const batch: Item[] = [];
    for (let n = 0; n < 400; n++) {
      // Runs of equal timestamps: every fifth group shares one millisecond.
      const createdAt = base + Math.floor(n / 5) * 1000;
      batch.push(makeItem({ id: code("F", n), createdAt, target: pick(["deputy-fengming", "room-renhe", null]), category: pick(["health", "roads-transport"]), place: pick(["fengming", "renhe", "unknown"]), history: [{ at: createdAt, by: { role: "resident", id: 1 }, action: "submitted", to: "new" }] }));
    }
    for (let i = 0; i < batch.length; i += 100) expect(await repo.write(batch.slice(i, i + 100).map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
    for (const i of batch) items.set(i.id, i);
    // Some move on: status and target change, and the indexes follow.
    for (const item of batch.filter(() => r() < 0.3)) {
      const after = { ...transition(item, "rejected", { role: "staff", id: 1 }, item.createdAt + 5, "rejected", "x"), target: pick(["room-renhe", "member-medical"]) };
      expect(await repo.write([{ kind: "update", item: after, expectedRev: item.rev, before: item }])).toEqual({ ok: true });
      items.set(after.id, after);
    }
  });

  const queries: ItemQuery[] = [
    {},
    { status: "rejected" },
    { target: "room-renhe" },
    { target: "room-renhe", category: "health", place: "renhe" },
    { status: "new", category: "roads-transport", place: "unknown" },
    { status: "rejected", target: "member-medical", category: "health", place: "fengming" },
    { place: "fengming", from: base + 20_000, to: base + 60_000 },
  ];
  it.each(queries.map((q) => [JSON.stringify(q), q] as const))("%s pages through exactly the matching items, newest first", async (_name, q) => {
    const exact = [...items.values()]
      .filter(
        (i) =>
          i.id.startsWith("F") &&
          (q.status === undefined || i.status === q.status) &&
          (q.target === undefined || i.target === q.target) &&
          (q.category === undefined || i.category === q.category) &&
          (q.place === undefined || i.place === q.place) &&
          (q.from === undefined || i.createdAt >= q.from) &&
          (q.to === undefined || i.createdAt < q.to),
      )
      .sort(newestFirst)
      .map((i) => i.id);
    expect(exact.length).toBeGreaterThan(0);
    const { ids } = await all(q, 3);
    expect(ids.filter((id) => id.startsWith("F"))).toEqual(exact);
  });

  it("the scanner walks the same items as the pages, parsed, a page per round trip, and stops at max", async () => {
    const q: ItemQuery = { target: "room-renhe" };
    const { ids, pages } = await all(q, 7);
    up.stats.reset();
    const scanned: Item[] = [];
    for await (const item of repo.scan({ ...q, limit: 7 })) scanned.push(item);
    expect(scanned.map((i) => i.id)).toEqual(ids);
    expect(scanned.every((i) => Array.isArray(i.history) && typeof i.urgent === "boolean")).toBe(true);
    expect(up.stats.requests).toBe(pages);
    const first: string[] = [];
    for await (const item of repo.scan(q, { max: 5 })) first.push(item.id);
    expect(first).toEqual(ids.slice(0, 5));
  });

  it("a page of a rare three-facet combination is one round trip", async () => {
    up.stats.reset();
    const page = await repo.list({ target: "room-renhe", category: "health", place: "renhe", limit: 50 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(up.stats.requests).toBe(1);
  });

  it("cursors stay stable while items arrive, even inside a run of equal timestamps longer than a script batch", async () => {
    const at = base + 10_000_000;
    const run = Array.from({ length: 450 }, (_, n) => makeItem({ id: code("H", n), createdAt: at, category: "environment", place: "renhe", target: "room-renhe" }));
    for (let i = 0; i < run.length; i += 150) expect(await repo.write(run.slice(i, i + 150).map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
    let n = 0;
    const { ids } = await all({ category: "environment" }, 40, async () => {
      // Newer items, some in the same millisecond with ids sorting above and below the cursor's.
      const fresh = [makeItem({ id: code("J", n++), createdAt: at + 1, category: "environment" }), makeItem({ id: code("K", n++), createdAt: at, category: "environment" })];
      expect(await repo.write(fresh.map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
    });
    const expected = run.map((i) => i.id).sort().reverse();
    const seen = ids.filter((id) => id.startsWith("H"));
    expect(seen).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith("J"))).toBe(false);
  });
});
