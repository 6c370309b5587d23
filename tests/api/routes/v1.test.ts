import { Validator } from "@seriousme/openapi-schema-validator";
import { parse } from "csv-parse/sync";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app.js";
import { createContainer } from "../../../api/container.js";
import { parseConfig } from "../../../api/env.js";
import { ItemDetailJsonSchema, ItemJsonSchema } from "../../../api/openapi.js";
import { DirectoryJsonSchema, RouteResultSchema } from "../../../api/routes/routing-openapi.js";
import { CSV_COLUMNS } from "../../../handlers/items/csv.js";
import { queueScore, type HistoryEntry, type Item } from "../../../handlers/items/model.js";
import type { ItemRepository } from "../../../handlers/ports.js";
import { TEST_API_TOKEN, testEnv } from "../../support/env.js";
import { makeItem } from "../../support/items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";

let up: TestUpstash;
let app: Hono;
let repo: ItemRepository;

beforeAll(async () => {
  up = await startTestUpstash();
  // The bots are never built here, so the Telegram URL is never called.
  const container = createContainer(parseConfig(testEnv({ upstashUrl: up.url, upstashToken: up.token, telegramUrl: "http://127.0.0.1:9" })), () => {});
  app = createApp(container);
  repo = container.items;
});
afterAll(async () => up?.stop());

const AUTH = { authorization: `Bearer ${TEST_API_TOKEN}` };
const get = (path: string, headers: Record<string, string> = AUTH) => app.request(`/api/v1${path}`, { headers });
const getJson = async <T = Record<string, unknown>>(path: string) => {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as T };
};
const postRoute = (body: string, headers: Record<string, string> = AUTH) =>
  app.request("/api/v1/route", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

let seq = 0;
/** Item codes unique to this file: V + 5 code characters. */
const code = () => `V${String(seq++).padStart(5, "0").replace(/0/g, "A").replace(/1/g, "C").replace(/2/g, "D").replace(/5/g, "E").replace(/6/g, "F").replace(/8/g, "H")}`;
async function seed(items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 100) {
    const batch = items.slice(i, i + 100);
    expect(await repo.write(batch.map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
  }
}
const iso = (ms: number) => new Date(ms).toISOString();
const window = (from: number, to: number) => `from=${encodeURIComponent(iso(from))}&to=${encodeURIComponent(iso(to))}`;

describe("/api/v1 authentication", () => {
  const protectedRoutes: Array<[string, () => (headers: Record<string, string>) => Response | Promise<Response>]> = [
    ["GET /items", () => (h) => get("/items", h)],
    ["GET /items/{id}", () => (h) => get("/items/ABCDEF", h)],
    ["GET /items.csv", () => (h) => get("/items.csv", h)],
    ["GET /stats", () => (h) => get("/stats", h)],
    ["GET /directory", () => (h) => get("/directory", h)],
    ["POST /route", () => (h) => postRoute(JSON.stringify({ text: "路灯坏了" }), h)],
  ];
  it.each(protectedRoutes)("%s answers 401 without, with a wrong or with a malformed token", async (_name, call) => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: "Bearer wrong-token-0123456789" }, { authorization: `Basic ${TEST_API_TOKEN}` }, { authorization: TEST_API_TOKEN }];
    for (const headers of attempts) {
      const res = await call()(headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: "unauthorized" });
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("the document and the docs page are public", async () => {
    const doc = await get("/openapi.json", {});
    expect(doc.status).toBe(200);
    const page = await get("/docs", {});
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("openapi.json");
    expect(html).toMatch(/needs network access/);
  });

  it("unknown paths under /api/v1 stay behind the token", async () => {
    expect((await get("/nothing-here", {})).status).toBe(401);
    expect((await get("/nothing-here")).status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3 document describing every route, with bearer security", async () => {
    const doc = (await (await get("/openapi.json", {})).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown>; parameters?: Array<{ name: string }> }>>;
      components: { securitySchemes: Record<string, unknown> };
      security: unknown;
    };
    const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/directory", "/items", "/items.csv", "/items/import", "/items/{id}", "/route", "/scorecards", "/stats",
      "/topics", "/topics/suggestions", "/topics/{id}", "/topics/{id}/agenda", "/topics/{id}/items", "/topics/{id}/outcome", "/topics/{id}/session",
    ]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining([path === "/topics" && method === "post" ? "201" : "200", "401"]));
      }
    }
    expect(doc.paths["/items"]!.get!.parameters!.map((p) => p.name).sort()).toEqual(["category", "cursor", "from", "limit", "place", "status", "target", "to"]);
    expect(doc.paths["/items.csv"]!.get!.responses["200"]).toMatchObject({ content: { "text/csv": expect.anything() } });
  });
});

describe("input validation", () => {
  it.each([
    ["/items?status=open", "status"],
    ["/items?limit=0", "limit"],
    ["/items?limit=501", "limit"],
    ["/items?limit=many", "limit"],
    ["/items?from=yesterday", "from"],
    ["/items?to=2026-13-01", "to"],
    ["/items?from=2026-05-02&to=2026-05-01", "to"],
    ["/items?cursor=garbage!!", "cursor"],
    [`/items?target=${"x".repeat(65)}`, "target"],
    ["/items/ab", "id"],
    ["/items/ab-cd", "id"],
    ["/items.csv?status=done", "status"],
    ["/items.csv?from=05/01/2026", "from"],
    ["/stats?place=" + "p".repeat(65), "place"],
    ["/stats?to=soon", "to"],
  ])("GET %s → 400 naming %s", async (path, field) => {
    const { status, body } = await getJson<{ error: string; field: string; message: string }>(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "invalid_request", field });
    expect(body.message.length).toBeGreaterThan(0);
  });

  it.each([
    ["{}", "text"],
    [JSON.stringify({ text: 42 }), "text"],
    ["{text:", "body"],
  ])("POST /route %s → 400 naming %s", async (body, field) => {
    const res = await postRoute(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field });
  });

  it("unknown item ids are 404", async () => {
    const { status, body } = await getJson("/items/ZZZZZZ");
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: "not_found" });
  });
});

describe("GET /items and /items/{id}", () => {
  const base = Date.parse("2031-03-01T00:00:00Z");
  const walk: HistoryEntry[] = [
    { at: base + 1000, by: { role: "resident", id: 70001 }, action: "submitted", to: "new" },
    { at: base + 3600_000, by: { role: "staff", id: 900003 }, action: "forwarded", from: "new", to: "forwarded" },
  ];
  const items = [
    makeItem({ id: "VFAAAA", createdAt: base + 1000, status: "forwarded", history: walk, residentId: 70001, residentChatId: 70001 }),
    makeItem({ id: "VFCCCC", createdAt: base + 2000, target: "room-renhe", place: "renhe", category: "public-facilities", residentName: "陈明", contact: { phone: "13800002222" }, contactConsent: true }),
    makeItem({ id: "VFDDDD", createdAt: base + 3000, target: null, place: "unknown", category: "environment", contact: { phone: "13900003333" }, contactConsent: false }),
    // 23:30 in the county on 1 March is 15:30 UTC.
    makeItem({ id: "VFEEEE", createdAt: Date.parse("2031-03-01T15:30:00Z"), category: "health", target: "member-medical" }),
    makeItem({ id: "VFFFFF", createdAt: Date.parse("2031-03-01T16:30:00Z") }),
  ];
  beforeAll(() => seed(items));
  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);
  const inWindow = window(base, base + 2 * 24 * 3600_000);

  it.each([
    ["", ["VFFFFF", "VFEEEE", "VFDDDD", "VFCCCC", "VFAAAA"]],
    ["&status=forwarded", ["VFAAAA"]],
    ["&target=room-renhe", ["VFCCCC"]],
    ["&category=environment", ["VFDDDD"]],
    ["&place=unknown", ["VFDDDD"]],
    ["&place=fengming&category=roads-transport", ["VFFFFF", "VFAAAA"]],
  ])("filters %s", async (filter, expected) => {
    const { status, body } = await getJson<{ items: Array<{ id: string }>; next_cursor: string | null }>(`/items?${inWindow}${filter}`);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(expected);
    expect(body.next_cursor).toBeNull();
  });

  it("reads bare dates as county days (UTC+8): to= includes its whole day", async () => {
    const { body } = await getJson<{ items: Array<{ id: string }> }>("/items?from=2031-03-01&to=2031-03-01");
    expect(ids(body)).toEqual(["VFEEEE", "VFDDDD", "VFCCCC", "VFAAAA"]);
    const next = await getJson<{ items: Array<{ id: string }> }>("/items?from=2031-03-02&to=2031-03-02");
    expect(ids(next.body)).toEqual(["VFFFFF"]);
  });

  it("answers the documented shape, never resident ids, contact only with consent", async () => {
    const { body } = await getJson<{ items: Array<Record<string, unknown>> }>(`/items?${inWindow}`);
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(Object.keys(ItemJsonSchema.shape).sort());
      expect(ItemJsonSchema.safeParse(item).success).toBe(true);
    }
    const shared = body.items.find((i) => i.id === "VFCCCC")!;
    expect(shared.contact).toEqual({ name: "陈明", phone: "13800002222", email: null });
    expect(body.items.find((i) => i.id === "VFDDDD")!.contact).toBeNull();
    const text = JSON.stringify(body);
    expect(text).not.toContain("13900003333");
    expect(text).not.toContain("70001");
  });

  it("GET /items/{id} has the history (case-insensitive code), by role only", async () => {
    const { status, body } = await getJson<Record<string, unknown> & { history: Array<Record<string, unknown>> }>("/items/vfaaaa");
    expect(status).toBe(200);
    expect(ItemDetailJsonSchema.safeParse(body).success).toBe(true);
    expect(Object.keys(body).sort()).toEqual(Object.keys(ItemDetailJsonSchema.shape).sort());
    expect(body).toMatchObject({ id: "VFAAAA", status: "forwarded", text: items[0]!.text, summary: items[0]!.summary, category: "roads-transport", place: "fengming", target: "deputy-fengming", created_at: iso(base + 1000) });
    expect(body.history).toEqual([
      { at: iso(base + 1000), by: "resident", action: "submitted", to: "new" },
      { at: iso(base + 3600_000), by: "staff", action: "forwarded", from: "new", to: "forwarded" },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/70001|900003/);
  });
});

describe("cursor paging", () => {
  it("pages with concurrent inserts: nothing skipped, nothing repeated; new items show up from the top", async () => {
    const base = Date.parse("2090-01-01T00:00:00Z");
    // Two share a millisecond to exercise the tie-break.
    const initial = Array.from({ length: 11 }, (_, i) => makeItem({ id: code(), createdAt: base + Math.min(i, 9) * 1000 }));
    await seed(initial);
    const seen: string[] = [];
    const late: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const insert: Item[] = [makeItem({ id: code(), createdAt: base + 1_000_000 + pages })];
      late.push(insert[0]!.id);
      // One insert lands between page requests, one while the page is being read.
      await seed(insert);
      const concurrent = makeItem({ id: code(), createdAt: base + 2_000_000 + pages });
      late.push(concurrent.id);
      const [page]: [{ status: number; body: { items: Array<{ id: string }>; next_cursor: string | null } }, void] = await Promise.all([
        getJson<{ items: Array<{ id: string }>; next_cursor: string | null }>(`/items?from=${encodeURIComponent(iso(base))}&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`),
        seed([concurrent]),
      ]);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.next_cursor;
      pages++;
    } while (cursor && pages < 20);
    // The first page may have caught the first late inserts; every later page is older than the cursor.
    const initialSeen = seen.filter((id) => !late.includes(id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(initialSeen.sort()).toEqual(initial.map((i) => i.id).sort());
    expect(seen.slice(-initial.length).sort()).toEqual(initial.map((i) => i.id).sort());
    const fresh = await getJson<{ items: Array<{ id: string }> }>(`/items?from=${encodeURIComponent(iso(base))}&limit=500`);
    expect(fresh.body.items.map((i) => i.id).sort()).toEqual([...initial.map((i) => i.id), ...late].sort());
  });
});

describe("GET /items.csv", () => {
  it("streams every matching item page by page: BOM, quoting, Chinese intact, same filters", async () => {
    const base = Date.parse("2040-06-01T00:00:00Z");
    const tricky = makeItem({
      id: "VCAAAA",
      createdAt: base + 5_000_000,
      text: '双江街道"滨江路",路灯坏了\n晚上很黑，老人容易摔跤',
      summary: "滨江路, 路灯坏了",
      answer: '已安排维修，"本周内"完成\r\n谢谢',
      rating: 4,
      target: "room-shuangjiang",
      place: "shuangjiang",
      category: "public-facilities",
      residentName: "李华",
      contact: { phone: "13700004444", email: "li@example.cn" },
      contactConsent: true,
    });
    const formula = makeItem({ id: "VCCCCC", createdAt: base + 5_000_001, text: "=HYPERLINK(\"http://x\")", summary: "-1" });
    const bulk = Array.from({ length: 1100 }, (_, i) => makeItem({ id: code(), createdAt: base + i * 1000 }));
    await seed([...bulk, tricky, formula]);

    const res = await get(`/items.csv?${window(base, base + 10_000_000)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="items-\d{8}\.csv"$/);
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    // Header, then one chunk per page of 500.
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1102);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1102);
    expect(rows[0]!.id).toBe("VCCCCC");
    expect(rows[1]).toMatchObject({ id: "VCAAAA", text: tricky.text, summary: tricky.summary, answer: tricky.answer, rating: "4", contact_name: "李华", contact_phone: "13700004444", contact_email: "li@example.cn", created_at: iso(tricky.createdAt) });
    expect(rows[0]).toMatchObject({ text: "'=HYPERLINK(\"http://x\")", summary: "'-1", contact_phone: "" });
    expect(rows.at(-1)!.id).toBe(bulk[0]!.id);

    const filtered = parse(await (await get(`/items.csv?${window(base, base + 10_000_000)}&target=room-shuangjiang`)).text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(filtered.map((r) => r.id)).toEqual(["VCAAAA"]);
    // Response.text() would drop the BOM, so the bytes are read.
    const none = Buffer.from(await (await get(`/items.csv?${window(base - 10_000, base - 5_000)}`)).arrayBuffer()).toString("utf8");
    expect(none).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("storage outages", () => {
  it("answer 500 before any CSV byte is sent, never a truncated 200", async () => {
    up.setOutage(true);
    try {
      expect((await get("/items.csv")).status).toBe(500);
      expect((await get("/items")).status).toBe(500);
      expect((await get("/stats")).status).toBe(500);
    } finally {
      up.setOutage(false);
    }
    expect((await get("/items?limit=1")).status).toBe(200);
  });
});

describe("GET /stats", () => {
  it("counts and medians from the items' histories", async () => {
    const base = Date.parse("2050-01-01T00:00:00Z");
    const H = 3600_000;
    const hist = (steps: Array<[Item["status"], number]>): HistoryEntry[] => {
      const out: HistoryEntry[] = [{ at: base, by: { role: "resident", id: 1 }, action: "submitted", to: "new" }];
      let from: Item["status"] = "new";
      for (const [to, h] of steps) {
        out.push({ at: base + h * H, by: { role: "staff" }, action: to, from, to });
        from = to;
      }
      return out;
    };
    await seed([
      makeItem({ id: code(), createdAt: base, status: "closed", rating: 5, history: hist([["forwarded", 1], ["accepted", 3], ["answered", 10], ["closed", 12]]) }),
      makeItem({ id: code(), createdAt: base, status: "answered", rating: 2, target: "room-renhe", place: "renhe", history: hist([["forwarded", 3], ["accepted", 5], ["answered", 30]]) }),
      makeItem({ id: code(), createdAt: base, status: "forwarded", category: "health", target: "member-medical", history: hist([["forwarded", 2]]) }),
      makeItem({ id: code(), createdAt: base, status: "new", target: null, place: "unknown", history: hist([]) }),
    ]);
    const { status, body } = await getJson(`/stats?${window(base, base + 1000)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total: 4,
      by_status: { new: 1, forwarded: 1, accepted: 0, answered: 1, closed: 1, rejected: 0, merged: 0 },
      by_target: { "deputy-fengming": 1, "room-renhe": 1, "member-medical": 1, undecided: 1 },
      by_category: { "roads-transport": 3, health: 1 },
      by_place: { fengming: 2, renhe: 1, unknown: 1 },
      durations: { to_forward: { count: 3 }, to_accept: { count: 2 }, to_answer: { count: 2 } },
      rating: { mean: 3.5, count: 2 },
      complete: true,
      period: { from: "2049-12-31T16:00:00.000Z", to: "2050-01-01T16:00:00.000Z" },
    });
    // Medians come from log-scale buckets: within the documented 4.5% of the exact ones.
    const durations = body.durations as Record<string, { median_seconds: number }>;
    for (const [step, exact] of [["to_forward", 2 * 3600], ["to_accept", 4 * 3600], ["to_answer", 20 * 3600]] as const) {
      expect(Math.abs(durations[step]!.median_seconds - exact) / exact, step).toBeLessThanOrEqual(0.045);
    }
    expect((await getJson(`/stats?${window(base, base + 1000)}&target=room-renhe`)).body).toMatchObject({ total: 1, rating: { mean: 2, count: 1 } });
  });
});

describe("GET /directory and POST /route", () => {
  it("answer what the document says", async () => {
    const dir = await getJson("/directory");
    expect(dir.status).toBe(200);
    expect(DirectoryJsonSchema.safeParse(dir.body).success).toBe(true);
    const routed = await postRoute(JSON.stringify({ text: "凤鸣镇到县城的公交车太少了，希望增加班次。" }));
    expect(routed.status).toBe(200);
    const body = (await routed.json()) as Record<string, unknown>;
    expect(RouteResultSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ category: "roads-transport", place: "fengming", target: "deputy-fengming" });
    expect(((await (await postRoute(JSON.stringify({ text: "路灯坏了" }))).json()) as { target: unknown }).target).toBeNull();
  });
});
