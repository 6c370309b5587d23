/**
 * `POST /api/v1/items/import`: NDJSON and the items.csv columns, per-row
 * results, idempotent by external_id, routed when the target is absent,
 * counted by the statistics and found by the facet filters.
 */
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app.js";
import { createContainer } from "../../../api/container.js";
import { parseConfig } from "../../../api/env.js";
import { parseCsv } from "../../../handlers/items/import.js";
import type { Item } from "../../../handlers/items/model.js";
import type { ItemRepository } from "../../../handlers/ports.js";
import { TEST_API_TOKEN, testEnv } from "../../support/env.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let app: Hono;
let repo: ItemRepository;

beforeAll(async () => {
  up = await startTestUpstash();
  const container = createContainer(parseConfig(testEnv({ upstashUrl: up.url, upstashToken: up.token, telegramUrl: "http://127.0.0.1:9" })), () => {});
  app = createApp(container);
  repo = container.items;
});
afterAll(async () => up?.stop());

const AUTH = { authorization: `Bearer ${TEST_API_TOKEN}` };
const post = (body: string, type = "application/x-ndjson", headers: Record<string, string> = AUTH) =>
  app.request("/api/v1/items/import", { method: "POST", headers: { "content-type": type, ...headers }, body });
const ndjson = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join("\n");
type Body = { created: number; duplicates: number; invalid: number; results: Array<{ row: number; result: string; id?: string; field?: string }> };
const getJson = async (path: string) => (await (await app.request(`/api/v1${path}`, { headers: AUTH })).json()) as Record<string, unknown>;

describe("POST /api/v1/items/import", () => {
  it("needs the bearer token", async () => {
    expect((await post("{}", "application/x-ndjson", {})).status).toBe(401);
  });

  it("creates, reports duplicates and names the wrong field, row by row; the same rows again are all duplicates", async () => {
    const rows = [
      { external_id: "Y-1", text: "凤鸣镇到县城的公交车太少了，希望增加班次。", created_at: "2041-03-02" },
      { external_id: "Y-2", text: "双江街道的路灯坏了", category: "public-facilities", place: "shuangjiang", status: "closed", created_at: "2041-03-02T09:00:00+08:00", forwarded_at: "2041-03-03T09:00:00+08:00", closed_at: "2041-03-20T09:00:00+08:00", rating: 4 },
      { external_id: "Y-3", text: "x", category: "no-such-topic" },
      { external_id: "Y-4", summary: "" },
      { external_id: "Y-1", text: "the same external id again" },
      { text: "人和街道菜市场门口积水", created_at: "2041-03-04", target: "room-renhe", category: "environment", place: "renhe" },
    ];
    const res = await post(ndjson(rows));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.results.map((r) => [r.row, r.result, r.field ?? null])).toEqual([
      [1, "created", null], [2, "created", null], [3, "invalid", "category"], [4, "invalid", "text"], [5, "duplicate", null], [6, "created", null],
    ]);
    expect(body.results[4]!.id).toBe(body.results[0]!.id);
    expect(body).toMatchObject({ created: 3, duplicates: 1, invalid: 2 });

    const routed = (await repo.get(body.results[0]!.id!))!.item as Item;
    // No target given: the directory rules routed it, as for a resident's message.
    expect(routed).toMatchObject({ status: "new", target: "deputy-fengming", category: "roads-transport", place: "fengming", source: "api", residentId: null });
    const closed = (await repo.get(body.results[1]!.id!))!.item as Item;
    expect(closed.history.map((h) => h.to)).toEqual(["new", "forwarded", "closed"]);
    expect(closed.rating).toBe(4);
    // An imported closed item is not on the triage queue.
    expect(((await repo.queue(500)) as Item[]).map((i) => i.id)).not.toContain(closed.id);

    const again = (await (await post(ndjson(rows))).json()) as Body;
    expect(again).toMatchObject({ created: 1, duplicates: 3, invalid: 2 }); // row 6 has no external_id: imported twice
    expect(again.results.slice(0, 2).map((r) => r.id)).toEqual(body.results.slice(0, 2).map((r) => r.id));

    const stats = await getJson("/stats?from=2041-03-01&to=2041-03-31");
    expect(stats).toMatchObject({ total: 4, complete: true, by_status: { new: 3, closed: 1 }, rating: { mean: 4, count: 1 }, durations: { to_forward: { count: 1 } } });
    const page = await getJson("/items?target=room-renhe&category=environment&place=renhe&from=2041-03-01");
    expect((page.items as unknown[]).length).toBe(2);
  });

  it("reads back what items.csv exports", async () => {
    const csv = await (await app.request("/api/v1/items.csv?from=2041-03-01&to=2041-03-31", { headers: AUTH })).text();
    const exported = parseCsv(csv);
    expect(exported.length).toBe(4);
    const body = (await (await post(csv.replace(/^\uFEFF/, ""), "text/csv")).json()) as Body;
    expect(body).toMatchObject({ created: 4, invalid: 0 });
    const copies = await Promise.all(body.results.map(async (r) => (await repo.get(r.id!))!.item as Item));
    expect(copies.map((i) => [i.status, i.category, i.place, i.target, i.createdAt]).sort()).toEqual(
      exported.map((r) => [r.status, r.category, r.place, r.target || null, Date.parse(r.created_at!)]).sort(),
    );
  });

  it("takes at most 1,000 rows, in one lookup and one write per 100 rows", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ external_id: `BULK-${i}`, text: `人和街道第${i}号路灯坏了`, created_at: "2042-01-05", category: "public-facilities", place: "renhe" }));
    up.stats.reset();
    const body = (await (await post(ndjson(rows))).json()) as Body;
    expect(body.created).toBe(1000);
    expect(up.stats.requests).toBeLessThanOrEqual(11);
    expect((await post(ndjson([...rows, { text: "one more" }]))).status).toBe(413);
    expect((await post("id,text\r\n", "application/pdf")).status).toBe(415);
    expect(await getJson("/stats?from=2042-01-05&to=2042-01-05")).toMatchObject({ total: 1000 });
  });
});
