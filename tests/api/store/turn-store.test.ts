import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRedis } from "../../../api/store/redis.js";
import { createUpstashTurnStore } from "../../../api/store/turn-store.js";
import type { TurnStore } from "../../../handlers/ports.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let store: TurnStore;
const party = (userId: number) => ({ scope: "resident" as const, userId });
let nextId = 1;

beforeAll(async () => {
  up = await startTestUpstash();
  store = createUpstashTurnStore(createRedis({ url: up.url, token: up.token }), { prefix: "t:", messagesPerMinute: 3, itemsPerDay: 2 });
  // Warm the script cache so budgets below measure the steady state.
  await store.begin({ bot: "resident", updateId: 0, party: party(1), limits: [{ limiter: "messages", identity: "warm" }] });
  await store.commit({ bot: "resident", updateId: 0, party: party(1) });
});
afterAll(async () => up?.stop());
beforeEach(() => up.stats.reset());

describe("Upstash turn store against real Redis", () => {
  it("claims an update once: claimed, then busy while in flight, then done after commit", async () => {
    const id = nextId++;
    const a = await store.begin({ bot: "resident", updateId: id, party: party(10), limits: [] });
    expect(a.claim).toBe("claimed");
    expect((await store.begin({ bot: "resident", updateId: id, party: party(10), limits: [] })).claim).toBe("busy");
    expect(await store.commit({ bot: "resident", updateId: id, party: party(10) })).toEqual({ ok: true });
    expect((await store.begin({ bot: "resident", updateId: id, party: party(10), limits: [] })).claim).toBe("done");
    // The same id at the other bot is a different update.
    expect((await store.begin({ bot: "staff", updateId: id, party: party(10), limits: [] })).claim).toBe("claimed");
  });

  it("release frees a failed claim so the redelivery runs, but never un-marks a handled update", async () => {
    const id = nextId++;
    await store.begin({ bot: "resident", updateId: id, party: party(11), limits: [] });
    await store.release("resident", id);
    expect((await store.begin({ bot: "resident", updateId: id, party: party(11), limits: [] })).claim).toBe("claimed");
    await store.commit({ bot: "resident", updateId: id, party: party(11) });
    await store.release("resident", id);
    expect((await store.begin({ bot: "resident", updateId: id, party: party(11), limits: [] })).claim).toBe("done");
  });

  it("stores a session with its version and refuses a stale write", async () => {
    const p = party(12);
    const id1 = nextId++;
    const s1 = await store.begin({ bot: "resident", updateId: id1, party: p, limits: [] });
    expect(s1.session).toEqual({ value: null, version: 0 });
    expect(await store.commit({ bot: "resident", updateId: id1, party: p, session: { expectedVersion: 0, value: { draft: "路灯坏了" }, ttlSeconds: 60 } })).toEqual({ ok: true });
    const id2 = nextId++;
    const s2 = await store.begin({ bot: "resident", updateId: id2, party: p, limits: [] });
    expect(s2.session).toEqual({ value: { draft: "路灯坏了" }, version: 1 });
    // A writer that read version 0 loses, and nothing it wanted is written, not even the update mark.
    expect(await store.commit({ bot: "resident", updateId: id2, party: p, session: { expectedVersion: 0, value: { draft: "lost" }, ttlSeconds: 60 } })).toEqual({ ok: false, reason: "conflict" });
    expect((await store.reload(p)).session).toEqual({ value: { draft: "路灯坏了" }, version: 1 });
    expect((await store.begin({ bot: "resident", updateId: id2, party: p, limits: [] })).claim).toBe("busy");
  });

  it("creates an item with its indexes atomically, and refuses a taken id without writing anything", async () => {
    const item = { id: "K7M3QX", rev: 1, status: "new", target: "deputy-fengming", residentId: 13, createdAt: 1_700_000_000_000, text: "公交太少" };
    const id = nextId++;
    await store.begin({ bot: "resident", updateId: id, party: party(13), limits: [] });
    const ok = await store.commit({ bot: "resident", updateId: id, party: party(13), session: { expectedVersion: 0, value: { step: "idle" }, ttlSeconds: 60 }, items: [{ kind: "create", item, queueScore: 5 }] });
    expect(ok).toEqual({ ok: true });
    const redis = createRedis({ url: up.url, token: up.token });
    expect(Number(await redis.zscore("t:ix:queue", "K7M3QX"))).toBe(5);
    expect(Number(await redis.zscore("t:ix:res:13", "K7M3QX"))).toBe(item.createdAt);
    expect(Number(await redis.zscore("t:ix:status:new", "K7M3QX"))).toBe(item.createdAt);

    const id2 = nextId++;
    await store.begin({ bot: "resident", updateId: id2, party: party(14), limits: [] });
    const clash = await store.commit({ bot: "resident", updateId: id2, party: party(14), session: { expectedVersion: 0, value: { step: "x" }, ttlSeconds: 60 }, items: [{ kind: "create", item: { ...item, residentId: 14 }, queueScore: 1 }] });
    expect(clash).toEqual({ ok: false, reason: "id-taken" });
    expect(await redis.zscore("t:ix:res:14", "K7M3QX")).toBeNull();
    expect((await store.reload(party(14))).session.version).toBe(0);
  });

  it("rate-limits messages per user", async () => {
    const verdicts = [];
    for (let i = 0; i < 4; i++) {
      const start = await store.begin({ bot: "resident", updateId: nextId++, party: party(15), limits: [{ limiter: "messages", identity: "15" }] });
      verdicts.push(start.limits[0]!.allowed);
    }
    expect(verdicts).toEqual([true, true, true, false]);
  });

  it("costs one round trip to begin (claim, session, profile, rate limit) and one to commit", async () => {
    const p = party(16);
    const id = nextId++;
    up.stats.reset();
    await store.begin({ bot: "resident", updateId: id, party: p, limits: [{ limiter: "messages", identity: "16" }] });
    expect(up.stats.requests).toBe(1);
    expect(up.stats.commands).toBeLessThanOrEqual(2);
    up.stats.reset();
    await store.commit({ bot: "resident", updateId: id, party: p, session: { expectedVersion: 0, value: { a: 1 }, ttlSeconds: 60 } });
    expect(up.stats.requests).toBe(1);
    expect(up.stats.commands).toBe(1);
  });
});
