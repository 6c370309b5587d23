import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstashItemRepository, createUpstashMemberDirectory, InvalidCursorError } from "../../../api/store/item-repo.js";
import { createRedis } from "../../../api/store/redis.js";
import { createUpstashTurnStore } from "../../../api/store/turn-store.js";
import { queueScore, type Item } from "../../../handlers/items/model.js";
import type { ItemRepository } from "../../../handlers/ports.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let repo: ItemRepository;
const create = (item: Item) => repo.write([{ kind: "create", item, queueScore: queueScore(item) }]);

beforeAll(async () => {
  up = await startTestUpstash();
  repo = createUpstashItemRepository(createRedis({ url: up.url, token: up.token }), "r:");
});
afterAll(async () => up?.stop());

describe("Upstash item repository against real Redis", () => {
  it("stores and reads back an item with Chinese text intact", async () => {
    const item = makeItem({ id: "AAAAAA", text: "<b>路灯</b> 坏了 & 没人管" });
    expect(await create(item)).toEqual({ ok: true });
    const got = await repo.get("AAAAAA");
    expect(got?.rev).toBe(1);
    expect(got?.item).toEqual(item);
    expect(await repo.get("NOPE77")).toBeNull();
  });

  it("orders the queue urgent first, then oldest first, and drops items that leave it", async () => {
    const base = 1_770_000_000_000;
    const old = makeItem({ id: "QAAAAA", createdAt: base });
    const young = makeItem({ id: "QCCCCC", createdAt: base + 5000 });
    const urgent = makeItem({ id: "QDDDDD", createdAt: base + 9000, urgent: true, category: "public-safety" });
    for (const i of [young, urgent, old]) await create(i);
    const ids = ((await repo.queue(50)) as Item[]).map((i) => i.id).filter((id) => id.startsWith("Q"));
    expect(ids).toEqual(["QDDDDD", "QAAAAA", "QCCCCC"]);
    const forwarded = { ...urgent, status: "forwarded" as const, rev: 2 };
    expect(await repo.write([{ kind: "update", item: forwarded, expectedRev: 1, queueScore: null, before: urgent }])).toEqual({ ok: true });
    expect(((await repo.queue(50)) as Item[]).map((i) => i.id)).not.toContain("QDDDDD");
    expect(await repo.idsByStatus("forwarded", 10)).toContain("QDDDDD");
    expect(await repo.idsByStatus("new", 100)).not.toContain("QDDDDD");
    // A stale revision is refused.
    expect(await repo.write([{ kind: "update", item: { ...forwarded, rev: 2 }, expectedRev: 1, before: urgent }])).toEqual({ ok: false, reason: "conflict" });
  });

  it("lists newest first with filters and a cursor that survives concurrent inserts", async () => {
    const base = 1_780_000_000_000;
    const ids = ["LAAAAA", "LCCCCC", "LDDDDD", "LEEEEE", "LFFFFF", "LHHHHH", "LJJJJJ"];
    for (const [i, id] of ids.entries()) await create(makeItem({ id, createdAt: base + i * 1000, target: i % 2 ? "room-renhe" : "deputy-fengming", residentId: 600 }));
    const from = base;
    const page1 = await repo.list({ limit: 3, from });
    expect((page1.items as Item[]).map((i) => i.id)).toEqual(["LJJJJJ", "LHHHHH", "LFFFFF"]);
    // New items arrive between pages: they are newer, so they never shift the pages already being read.
    await create(makeItem({ id: "LKKKKK", createdAt: base + 100_000 }));
    const page2 = await repo.list({ limit: 3, from, cursor: page1.nextCursor! });
    expect((page2.items as Item[]).map((i) => i.id)).toEqual(["LEEEEE", "LDDDDD", "LCCCCC"]);
    const page3 = await repo.list({ limit: 3, from, cursor: page2.nextCursor! });
    expect((page3.items as Item[]).map((i) => i.id)).toEqual(["LAAAAA"]);
    expect(page3.nextCursor).toBeNull();
    const renhe = await repo.list({ target: "room-renhe", from, limit: 10 });
    expect((renhe.items as Item[]).map((i) => i.id)).toEqual(["LHHHHH", "LEEEEE", "LCCCCC"]);
    await expect(repo.list({ cursor: "garbage!!" })).rejects.toThrow(InvalidCursorError);
  });

  it("pages through items created in the same millisecond without skipping or repeating", async () => {
    const at = 1_790_000_000_000;
    const ids = ["SAAAAA", "SCCCCC", "SDDDDD", "SEEEEE", "SFFFFF"];
    for (const id of ids) await create(makeItem({ id, createdAt: at }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repo.list({ limit: 2, from: at, to: at + 1, ...(cursor && { cursor }) });
      seen.push(...(page.items as Item[]).map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(ids);
  });

  it("finds a resident's items newest first and counts by status", async () => {
    const mine = (await repo.byResident(600, 3)) as Item[];
    expect(mine.map((i) => i.id)).toEqual(["LJJJJJ", "LHHHHH", "LFFFFF"]);
    const counts = await repo.countByStatus();
    expect(counts.forwarded).toBe(1);
    expect(counts.new).toBeGreaterThanOrEqual(10);
  });

  it("an item can be indexed for further residents (followers of a merged duplicate)", async () => {
    const item = makeItem({ id: "MAAAAA", residentId: 700 });
    await create(item);
    expect(await repo.write([{ kind: "update", item: { ...item, rev: 2 }, expectedRev: 1, indexForResidents: [701] }])).toEqual({ ok: true });
    expect(((await repo.byResident(701, 10)) as Item[]).map((i) => i.id)).toEqual(["MAAAAA"]);
  });

  it("indexes members by role and by the targets they serve", async () => {
    const redis = createRedis({ url: up.url, token: up.token });
    const store = createUpstashTurnStore(redis, { prefix: "r:", messagesPerMinute: 10, itemsPerDay: 10 });
    const members = createUpstashMemberDirectory(redis, "r:");
    const grant = { userId: 900002, expectedVersion: 0, value: { roles: ["deputy"], targets: ["deputy-fengming"] }, roles: ["deputy"], targets: ["deputy-fengming"], previousRoles: [], previousTargets: [] };
    await store.begin({ bot: "staff", updateId: 1, party: { scope: "staff", userId: 900001 }, limits: [] });
    expect(await store.commit({ bot: "staff", updateId: 1, party: { scope: "staff", userId: 900001 }, members: [grant] })).toEqual({ ok: true });
    expect(await members.deputiesOf("deputy-fengming")).toEqual([900002]);
    expect(await members.withRole("deputy")).toEqual([900002]);
    expect((await members.get(900002)).value).toEqual({ roles: ["deputy"], targets: ["deputy-fengming"] });
    expect(await members.deputyProfilesOf("deputy-fengming")).toEqual([{ userId: 900002, value: { roles: ["deputy"], targets: ["deputy-fengming"] } }]);
    const revoke = { userId: 900002, expectedVersion: 1, value: { roles: [], targets: [] }, roles: [], targets: [], previousRoles: ["deputy"], previousTargets: ["deputy-fengming"] };
    await store.begin({ bot: "staff", updateId: 2, party: { scope: "staff", userId: 900001 }, limits: [] });
    expect(await store.commit({ bot: "staff", updateId: 2, party: { scope: "staff", userId: 900001 }, members: [revoke] })).toEqual({ ok: true });
    expect(await members.deputiesOf("deputy-fengming")).toEqual([]);
    expect(await members.deputyProfilesOf("deputy-fengming")).toEqual([]);
    expect(await members.withRole("deputy")).toEqual([]);
  });
});
