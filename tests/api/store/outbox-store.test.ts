/**
 * The outbox in storage: a commit stores its messages atomically, leased to
 * the committing request; the next update of the party, the redelivery and
 * the sweep find what is still owed; progress and erasure are kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedis, type Redis } from "../../../api/store/redis.js";
import { createUpstashOutboxStore } from "../../../api/store/outbox-store.js";
import { createUpstashTurnStore } from "../../../api/store/turn-store.js";
import type { Outbound, OutboxStore, TurnStore } from "../../../handlers/ports.js";
import { reply } from "../../../handlers/replies.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let redis: Redis;
let clock = 1_800_000_000_000;
let store: TurnStore;
let outbox: OutboxStore;
const party = (userId: number) => ({ scope: "resident" as const, userId });
const msg = (chatId: number, key = "help", bot: "resident" | "staff" = "resident"): Outbound => ({ bot, chatId, locale: "en", replies: [reply(key)] });

beforeAll(async () => {
  up = await startTestUpstash();
  redis = createRedis({ url: up.url, token: up.token });
  store = createUpstashTurnStore(redis, { prefix: "o:", messagesPerMinute: 100, itemsPerDay: 100, now: () => clock });
  outbox = createUpstashOutboxStore(redis, "o:");
});
afterAll(async () => up?.stop());

describe("outbox batches in Redis", () => {
  it("a commit returns its batch, leased: nobody else gets it until the lease ends, then the party's next update does", async () => {
    await store.begin({ bot: "resident", updateId: 1, party: party(5), limits: [] });
    const c = await store.commit({ bot: "resident", updateId: 1, party: party(5), outbox: [msg(5), msg(900, "staff-unsupported", "staff")] });
    expect(c.ok && c.batch).toMatchObject({ id: "resident:1", sent: [0, 0], attempts: 0 });
    expect((await store.begin({ bot: "resident", updateId: 2, party: party(5), limits: [] })).pending).toEqual([]);
    expect(await outbox.claimDue(clock, 10)).toEqual([]);
    clock += 31_000;
    const next = await store.begin({ bot: "resident", updateId: 3, party: party(5), limits: [] });
    expect(next.pending.map((b) => b.id)).toEqual(["resident:1"]);
    expect(next.pending[0]!.messages).toEqual([msg(5), msg(900, "staff-unsupported", "staff")]);
    // Leased again to that update: the sweep does not get it meanwhile.
    expect(await outbox.claimDue(clock, 10)).toEqual([]);
  });

  it("progress is kept: an unfinished batch comes back with what was sent; a finished one is gone from every index", async () => {
    await store.begin({ bot: "resident", updateId: 10, party: party(6), limits: [] });
    const c = await store.commit({ bot: "resident", updateId: 10, party: party(6), outbox: [msg(6), msg(7)] });
    const batch = c.ok ? c.batch! : null;
    batch!.sent = [1, 0];
    await outbox.settle(batch!, false, clock + 5_000);
    const mine = async (at: number) => (await outbox.claimDue(at, 100)).filter((b) => b.id === "resident:10");
    expect(await mine(clock)).toEqual([]);
    const [again] = await mine(clock + 5_000);
    expect(again).toMatchObject({ id: "resident:10", sent: [1, 0], attempts: 1 });
    await outbox.settle(again!, true, 0);
    expect(await mine(clock + 3600_000)).toEqual([]);
    const left = (await redis.keys("o:*ob*")).filter((k) => k.includes("resident:10") || k.endsWith(":6") || k.endsWith(":7"));
    expect(left).toEqual([]);
  });

  it("a redelivered update that already ran is done, and its owed batch is due at once after a failed request released it", async () => {
    await store.begin({ bot: "resident", updateId: 20, party: party(8), limits: [] });
    expect((await store.commit({ bot: "resident", updateId: 20, party: party(8), outbox: [msg(8)] })).ok).toBe(true);
    // The request died after its commit (its answer lost): it releases, which makes the batch due now.
    await store.release("resident", 20);
    const redelivered = await store.begin({ bot: "resident", updateId: 20, party: party(8), limits: [] });
    expect(redelivered.claim).toBe("done");
    expect(redelivered.pending.map((b) => b.id)).toEqual(["resident:20"]);
  });

  it("a second commit of a done update (a fresh write, not the client's retry) is checked as usual", async () => {
    await store.begin({ bot: "resident", updateId: 30, party: party(9), limits: [] });
    const plan = { bot: "resident" as const, updateId: 30, party: party(9), session: { expectedVersion: 0, value: { n: 1 }, ttlSeconds: 60 }, outbox: [msg(9)] };
    expect((await store.commit(plan)).ok).toBe(true);
    // A second commit of the same update with a fresh token is a real conflict (the session moved on).
    expect(await store.commit(plan)).toEqual({ ok: false, reason: "conflict" });
  });

  it("/forget cancels the resident's own owed batches and every owed message to their chat, keeping others' messages", async () => {
    // A staff turn owes a notice to resident 40 and one to deputy 41.
    await store.begin({ bot: "staff", updateId: 40, party: { scope: "staff", userId: 99 }, limits: [] });
    await store.commit({ bot: "staff", updateId: 40, party: { scope: "staff", userId: 99 }, outbox: [msg(99, "help", "staff"), msg(40, "notice"), msg(41, "card", "staff")] });
    // The resident's own turn owes a reply.
    await store.begin({ bot: "resident", updateId: 41, party: party(40), limits: [] });
    await store.commit({ bot: "resident", updateId: 41, party: party(40), outbox: [msg(40, "reply-with-phone")] });
    await store.begin({ bot: "resident", updateId: 42, party: party(40), limits: [] });
    await store.commit({ bot: "resident", updateId: 42, party: party(40), forgetResident: 40 });
    const owed = await outbox.claimDue(clock + 3600_000, 100);
    const staffBatch = owed.find((b) => b.id === "staff:40");
    expect(staffBatch?.messages).toEqual([msg(99, "help", "staff"), null, msg(41, "card", "staff")]);
    expect(owed.find((b) => b.id === "resident:41")).toBeUndefined();
    const obKeys = await redis.keys("o:*ob*");
    expect(obKeys.filter((k) => k.endsWith(":r:40") || k.endsWith(":p:resident:40") || k.endsWith("ob:resident:41"))).toEqual([]);
    const values = JSON.stringify(await Promise.all(obKeys.filter((k) => k.startsWith("o:ob:")).map((k) => redis.hgetall(k))));
    expect(values).not.toContain("reply-with-phone");
    expect(values).not.toContain('\\"chatId\\":40,');
  });
});
