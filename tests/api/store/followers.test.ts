/**
 * Followers in storage (#15): joining and leaving an item moves its support
 * in the queue, in the resident's /my index and in GET /stats' supporters per
 * target, all in the one atomic write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstashItemRepository } from "../../../api/store/item-repo.js";
import { createRedis } from "../../../api/store/redis.js";
import { followersWrite, joinItem, leaveItem } from "../../../handlers/items/followers.js";
import { queueScore, type Item } from "../../../handlers/items/model.js";
import type { ItemRepository } from "../../../handlers/ports.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let repo: ItemRepository;
const NOW = 1_770_000_000_000;

beforeAll(async () => {
  up = await startTestUpstash();
  repo = createUpstashItemRepository(createRedis({ url: up.url, token: up.token }), "fol:");
});
afterAll(async () => up?.stop());

describe("followers against real Redis", () => {
  it("a join moves the item up the queue, into the follower's /my, and into the supporters per target; leaving undoes all three", async () => {
    const older = makeItem({ id: "FAAAAA", createdAt: NOW, target: "deputy-fengming" });
    const lamps = makeItem({ id: "FCCCCC", createdAt: NOW + 1000, target: "deputy-fengming", residentId: 501, residentChatId: 501 });
    for (const i of [older, lamps]) expect(await repo.write([{ kind: "create", item: i, queueScore: queueScore(i) }])).toEqual({ ok: true });
    expect((await repo.queue(10)).map((i) => i.id)).toEqual(["FAAAAA", "FCCCCC"]);
    expect((await repo.stats({})).stats.supportByTarget).toEqual({ "deputy-fengming": 2 });

    const joined = joinItem(lamps, { residentId: 602, chatId: 602, locale: "zh-CN", at: NOW + 2000, note: "凤鸣镇老街路灯不亮了" }, NOW + 2000) as Item;
    expect(await repo.write([followersWrite(lamps, joined, { indexForResidents: [602] })])).toEqual({ ok: true });
    expect((await repo.queue(10)).map((i) => i.id)).toEqual(["FCCCCC", "FAAAAA"]);
    expect((await repo.byResident(602, 10)).map((i) => i.id)).toEqual(["FCCCCC"]);
    expect((await repo.stats({})).stats.supportByTarget).toEqual({ "deputy-fengming": 3 });
    expect((await repo.stats({ target: "deputy-fengming", status: "new" })).stats.supportByTarget).toEqual({ "deputy-fengming": 3 });

    const stored = (await repo.get("FCCCCC"))!;
    const left = leaveItem({ ...stored.item, rev: stored.rev }, 602, NOW + 3000)!;
    expect(await repo.write([followersWrite({ ...stored.item, rev: stored.rev }, left, { unindexResidents: [602] })])).toEqual({ ok: true });
    expect((await repo.queue(10)).map((i) => i.id)).toEqual(["FAAAAA", "FCCCCC"]);
    expect(await repo.byResident(602, 10)).toEqual([]);
    expect((await repo.stats({})).stats.supportByTarget).toEqual({ "deputy-fengming": 2 });
  });

  it("a follower change written without the item as read is refused, so the counters never drift", async () => {
    const item = makeItem({ id: "FDDDDD", createdAt: NOW, target: "room-shuangjiang" });
    expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
    const joined = joinItem(item, { residentId: 603, chatId: 603, locale: "en" }, NOW) as Item;
    expect(await repo.write([{ kind: "update", item: joined, expectedRev: item.rev }])).toEqual({ ok: false, reason: "conflict" });
  });
});
