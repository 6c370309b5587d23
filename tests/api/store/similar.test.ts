/**
 * The "me too" lookup in storage (#15): a place's open items from its facet
 * indexes, in one request, either for a given place or for the place a
 * resident's session marks (read in the same request as the turn's begin).
 * Runs on redis-server and, with TEST_UPSTASH_BACKEND=memory, on the in-memory store.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstashItemRepository } from "../../../api/store/item-repo.js";
import { createRedis } from "../../../api/store/redis.js";
import { createUpstashTurnStore } from "../../../api/store/turn-store.js";
import { transition } from "../../../handlers/items/status.js";
import { queueScore, type Item } from "../../../handlers/items/model.js";
import type { ItemRepository, TurnStore } from "../../../handlers/ports.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let repo: ItemRepository;
let store: TurnStore;
const NOW = 1_770_000_000_000;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  up = await startTestUpstash();
  const redis = createRedis({ url: up.url, token: up.token });
  repo = createUpstashItemRepository(redis, "sim:");
  store = createUpstashTurnStore(redis, { prefix: "sim:", messagesPerMinute: 100, itemsPerDay: 100 });
});
afterAll(async () => up?.stop());

const ids = (items: Item[]) => items.map((i) => i.id).sort();

describe("open items of a place", () => {
  it("holds the place's new, forwarded, accepted and answered items since the given time, not closed ones, old ones or another place's", async () => {
    const open = makeItem({ id: "SAAAAA", createdAt: NOW - DAY });
    const old = makeItem({ id: "SBBBBB", createdAt: NOW - 100 * DAY });
    const elsewhere = makeItem({ id: "SCCCCC", createdAt: NOW - DAY, place: "shuangjiang", target: "room-shuangjiang" });
    const closing = makeItem({ id: "SDDDDD", createdAt: NOW - DAY });
    const forwarding = makeItem({ id: "SEEEEE", createdAt: NOW - 2 * DAY });
    for (const i of [open, old, elsewhere, closing, forwarding]) expect(await repo.write([{ kind: "create", item: i, queueScore: queueScore(i) }])).toEqual({ ok: true });
    const staff = { role: "staff" as const, id: 1 };
    const closed = transition(closing, "rejected", staff, NOW, "rejected", "duplicate");
    const forwarded = transition(forwarding, "forwarded", staff, NOW, "forwarded");
    expect(await repo.write([{ kind: "update", item: closed, expectedRev: closing.rev, before: closing, queueScore: null }, { kind: "update", item: forwarded, expectedRev: forwarding.rev, before: forwarding, queueScore: null }])).toEqual({ ok: true });

    const found = await repo.openAt("fengming", NOW - 90 * DAY);
    expect(found.place).toBe("fengming");
    expect(ids(found.items)).toEqual(["SAAAAA", "SEEEEE"]);
    expect((await repo.openAt("shuangjiang", NOW - 90 * DAY)).items.map((i) => i.id)).toEqual(["SCCCCC"]);
    expect((await repo.openAt("huangshi", NOW - 90 * DAY)).items).toEqual([]);
  });

  it("a turn's begin reads them for the place its session marks, in the same request; without a mark, none", async () => {
    const party = { scope: "resident" as const, userId: 7001 };
    // Warm: every script loaded once (a first EVALSHA misses and falls back to EVAL).
    await store.begin({ bot: "resident", updateId: 99, party: { scope: "resident", userId: 7999 }, limits: [{ limiter: "messages", identity: "7999" }], similar: { since: 0 } });
    up.stats.reset();
    const first = await store.begin({ bot: "resident", updateId: 1, party, limits: [], similar: { since: NOW - 90 * DAY } });
    expect(up.stats.requests).toBe(1);
    expect(first.similar).toBeNull();
    expect(await store.commit({ bot: "resident", updateId: 1, party, session: { expectedVersion: 0, value: { step: "ask-contact" }, ttlSeconds: 60, lookupPlace: "fengming" } })).toEqual({ ok: true });

    up.stats.reset();
    const second = await store.begin({ bot: "resident", updateId: 2, party, limits: [{ limiter: "messages", identity: "7001" }], similar: { since: NOW - 90 * DAY } });
    expect(up.stats.requests).toBe(1);
    expect(second.similar?.place).toBe("fengming");
    expect(ids(second.similar!.items)).toEqual(["SAAAAA", "SEEEEE"]);
    expect(second.session.value).toEqual({ step: "ask-contact" });

    // Cleared by the next session write that says so (the draft was looked at).
    expect(await store.commit({ bot: "resident", updateId: 2, party, session: { expectedVersion: 1, value: { step: "review" }, ttlSeconds: 60, lookupPlace: null } })).toEqual({ ok: true });
    expect((await store.begin({ bot: "resident", updateId: 3, party, limits: [], similar: { since: NOW - 90 * DAY } })).similar).toBeNull();
    // Not asked: not read.
    expect((await store.begin({ bot: "resident", updateId: 4, party, limits: [] })).similar).toBeUndefined();
  });
});
