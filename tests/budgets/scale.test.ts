/**
 * Round trips of the reads that must not grow with the number of items
 * (issue 14), counted at the local Upstash REST endpoint under the Node
 * server, after importing through `POST /api/v1/items/import`: `GET /stats`
 * in at most 3 (complete, counts equal to what was imported), a page of a rare
 * target + category + place combination in at most 4, and no more at three
 * times the items. Times are only reported by `npm run bench` (scale section).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importUpTo, RARE, type ScaleTarget } from "../../bench/scale.js";
import { TEST_API_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";

let stack: NodeStack;
let target: ScaleTarget;
beforeAll(async () => {
  stack = await startNodeStack();
  target = { apiUrl: stack.url, apiToken: TEST_API_TOKEN, stats: stack.upstash.stats, usedMemory: async () => 0 };
});
afterAll(async () => stack?.stop());

async function cost(path: string): Promise<{ requests: number; body: Record<string, unknown> }> {
  stack.upstash.stats.reset();
  const res = await fetch(`${stack.url}/api/v1${path}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
  expect(res.status).toBe(200);
  return { requests: stack.upstash.stats.requests, body: (await res.json()) as Record<string, unknown> };
}

describe("reads cost the same round trips at any number of items", () => {
  it("GET /stats ≤ 3 and a rare three-facet page ≤ 4, at 1,000 and at 3,000 imported items", async () => {
    const seen: Array<{ items: number; stats: number; page: number; pageItems: number }> = [];
    let have = 0;
    for (const size of [1000, 3000]) {
      await importUpTo(target, have, size);
      have = size;
      const stats = await cost("/stats");
      // The process's first call of a script pays one more round trip (EVALSHA miss, then EVAL): still within budget.
      expect(stats.requests).toBeLessThanOrEqual(3);
      const warm = await cost("/stats");
      expect(stats.body).toMatchObject({ total: size, complete: true });
      const byStatus = stats.body.by_status as Record<string, number>;
      expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(size);
      const rare = `/items?target=${RARE.target}&category=${RARE.category}&place=${RARE.place}&limit=50`;
      expect((await cost(rare)).requests).toBeLessThanOrEqual(4);
      const page = await cost(rare);
      const items = page.body.items as Array<{ target: string; category: string; place: string }>;
      expect(items.length).toBeGreaterThan(0);
      for (const i of items) expect(i).toMatchObject(RARE);
      seen.push({ items: size, stats: warm.requests, page: page.requests, pageItems: items.length });
    }
    for (const s of seen) {
      expect(s.stats, JSON.stringify(s)).toBeLessThanOrEqual(3);
      expect(s.page, JSON.stringify(s)).toBeLessThanOrEqual(4);
    }
    expect(seen[1]!.stats).toBe(seen[0]!.stats);
    expect(seen[1]!.page).toBe(seen[0]!.page);
    expect(seen[1]!.pageItems).toBeGreaterThan(seen[0]!.pageItems);
  }, 120_000);
});
