/**
 * Retention (api/store/archive.ts): old closed/rejected/merged items leave
 * Redis for an NDJSON export, the statistics keep counting them, and a
 * rebuild given the export gives the same aggregates as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildAggregates } from "../../../api/store/aggregates.js";
import { archiveItems } from "../../../api/store/archive.js";
import { createUpstashItemRepository } from "../../../api/store/item-repo.js";
import { keys } from "../../../api/store/keys.js";
import { createRedis, type Redis } from "../../../api/store/redis.js";
import { queueScore, type Item } from "../../../handlers/items/model.js";
import { transition } from "../../../handlers/items/status.js";
import type { ItemRepository } from "../../../handlers/ports.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

const PREFIX = "arch:";
let up: TestUpstash;
let redis: Redis;
let repo: ItemRepository;
const k = keys(PREFIX);
beforeAll(async () => {
  up = await startTestUpstash();
  redis = createRedis({ url: up.url, token: up.token });
  repo = createUpstashItemRepository(redis, PREFIX);
});
afterAll(async () => up?.stop());

const DAY = 24 * 3600_000;
const NOW = Date.parse("2033-06-01T00:00:00Z");
const CODE = "ACDEFHJKMNPQRTUVWXY3479";

describe("archiving old finished items", () => {
  it("moves them to the export, keeps their statistics, and a rebuild with the export agrees", async () => {
    const items: Item[] = [];
    for (let n = 0; n < 40; n++) {
      const createdAt = NOW - (400 - n * 7) * DAY;
      const item = makeItem({ id: `Z${CODE[n % 23]}${CODE[Math.floor(n / 23)]}AAA`, createdAt, residentId: 300 + (n % 3), history: [{ at: createdAt, by: { role: "resident", id: 1 }, action: "submitted", to: "new" }] });
      expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
      // A third end closed, a third rejected (at creation + 1 day), the rest stay open.
      const to = n % 3 === 0 ? "closed" : n % 3 === 1 ? "rejected" : null;
      if (to === null) items.push(item);
      else {
        const after = transition(item, to, { role: "staff", id: 1 }, createdAt + DAY, to, "x", to === "closed" ? { rating: 1 + (n % 5) } : {});
        expect(await repo.write([{ kind: "update", item: after, expectedRev: item.rev, before: item, queueScore: null }])).toEqual({ ok: true });
        items.push(after);
      }
    }
    const statsBefore = (await repo.stats({})).stats;
    let exported = "";
    const result = await archiveItems(redis, k, repo, { afterDays: 180, now: NOW, emit: async (lines) => void (exported += lines) });
    const old = items.filter((i) => i.status !== "new" && i.updatedAt < NOW - 180 * DAY);
    expect(old.length).toBeGreaterThan(5);
    expect(result).toEqual({ archived: old.length, kept: 0 });
    const lines = exported.trim().split("\n").map((l) => JSON.parse(l) as Item);
    expect(lines.map((i) => i.id).sort()).toEqual(old.map((i) => i.id).sort());
    expect(lines[0]!.history.length).toBeGreaterThan(1);

    for (const i of old) expect(await repo.get(i.id)).toBeNull();
    const listed: string[] = [];
    for await (const i of repo.scan({})) if (i.id.startsWith("Z")) listed.push(i.id);
    expect(listed.sort()).toEqual(items.filter((i) => !old.includes(i)).map((i) => i.id).sort());
    expect((await repo.list({ status: "closed", target: "deputy-fengming" })).items.map((i) => i.id).filter((id) => old.some((o) => o.id === id))).toEqual([]);
    expect((await repo.byResident(300, 100)).some((i) => old.some((o) => o.id === i.id))).toBe(false);
    // The statistics count them still.
    expect((await repo.stats({})).stats).toEqual(statsBefore);

    await rebuildAggregates(redis, k, { archived: lines });
    expect((await repo.stats({})).stats).toEqual(statsBefore);
    await rebuildAggregates(redis, k);
    expect((await repo.stats({})).stats.total).toBe(statsBefore.total - old.length);
  });
});
