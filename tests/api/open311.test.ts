import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpen311Routes, DEFAULT_WINDOW_MS, MAX_REQUESTS, statusNotes } from "../../api/routes/open311.js";
import { loadDefaultDirectory } from "../../handlers/directory/default.js";
import { NAME_MAX, parseItem, queueScore, type HistoryEntry, type Item } from "../../handlers/items/model.js";
import { anonymise } from "../../handlers/privacy/anonymise.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { createRouter } from "../../handlers/routing/router.js";
import { STAFF_TOKEN, TEST_API_TOKEN } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { textUpdate } from "../support/updates.js";

// Field lists of the GeoReport v2 specification (wiki.open311.org/GeoReport_v2, Service Discovery).
const DISCOVERY_FIELDS = ["changeset", "contact", "key_service", "endpoints"];
const ENDPOINT_FIELDS = ["specification", "url", "changeset", "type", "formats"];
const SERVICE_FIELDS = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"];
const DEFINITION_FIELDS = ["service_code", "attributes"];
const REQUEST_FIELDS = [
  "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
  "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
];
const REQUIRED_REQUEST_FIELDS = ["service_request_id", "status", "service_code", "service_name", "description", "requested_datetime", "updated_datetime"];
const POST_RESPONSE_FIELDS = ["service_request_id", "service_notice", "account_id", "token"];
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const directory = loadDefaultDirectory();
let stack: NodeStack;
let repo: ItemRepository;
beforeAll(async () => {
  stack = await startNodeStack();
  repo = stack.items;
});
afterAll(async () => stack?.stop());

type Json = Record<string, unknown>;
const open311 = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${stack.url}/open311/v2/${path}`, init);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as unknown };
};
const form = (fields: Record<string, string>) => open311("requests.json", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
const postJson = (fields: Record<string, unknown>, query = "") => open311(`requests.json${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fields) });
const api = async (path: string) => (await fetch(`${stack.url}/api/v1${path}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } })).json() as Promise<Json>;
const seed = async (items: Item[]) => {
  for (let i = 0; i < items.length; i += 100) expect(await repo.write(items.slice(i, i + 100).map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
};
/** The standard's error list with one entry of this code. */
const expectError = (res: { status: number; body: unknown }, code: number, pattern: RegExp) => {
  expect(res.status).toBe(code);
  expect(res.body).toEqual([{ code, description: expect.stringMatching(pattern) }]);
};
const expectSpecFields = (record: Json, allowed: string[], required: string[] = []) => {
  for (const key of Object.keys(record)) expect(allowed, `unexpected field ${key}`).toContain(key);
  for (const key of required) expect(record, `missing ${key}`).toHaveProperty(key);
};

describe("Open311 discovery and services", () => {
  it("discovery.json lists this JSON endpoint", async () => {
    const { status, type, body } = await open311("discovery.json");
    expect(status).toBe(200);
    expect(type).toMatch(/application\/json/);
    const d = body as Json & { endpoints: Json[] };
    expectSpecFields(d, DISCOVERY_FIELDS, DISCOVERY_FIELDS);
    expect(d.endpoints).toHaveLength(1);
    expectSpecFields(d.endpoints[0]!, ENDPOINT_FIELDS, ENDPOINT_FIELDS);
    expect(d.endpoints[0]).toMatchObject({ specification: "http://wiki.open311.org/GeoReport_v2", url: `${stack.url}/open311/v2`, type: "production", formats: ["application/json"] });
    expect(d.changeset).toMatch(W3C);
  });

  it("services.json has one realtime service per directory topic, named in zh-CN by default", async () => {
    const { status, body } = await open311("services.json");
    expect(status).toBe(200);
    expect((await fetch(`${stack.url}/open311/v2/services.json`, { headers: { origin: "https://map.example" } })).headers.get("access-control-allow-origin")).toBe("*");
    const services = body as Json[];
    expect(services.map((s) => s.service_code)).toEqual(directory.categories.map((c) => c.id));
    for (const s of services) {
      expectSpecFields(s, SERVICE_FIELDS, SERVICE_FIELDS);
      expect(s).toMatchObject({ metadata: false, type: "realtime" });
      expect(typeof s.keywords).toBe("string");
      expect(typeof s.description).toBe("string");
    }
    const roads = services.find((s) => s.service_code === "roads-transport")!;
    expect(roads).toMatchObject({ service_name: "道路交通", group: directory.categories.find((c) => c.id === "roads-transport")!.group });
    expect(String(roads.keywords).split(",").length).toBeGreaterThan(1);
  });

  it("?locale= picks the language; a bad one is a 400", async () => {
    const en = (await open311("services.json?locale=en")).body as Json[];
    expect(en.find((s) => s.service_code === "health")!.service_name).toBe(directory.categories.find((c) => c.id === "health")!.name.en);
    const tw = (await open311("services.json?locale=zh-TW")).body as Json[];
    expect(tw.find((s) => s.service_code === "health")!.service_name).toBe(directory.categories.find((c) => c.id === "health")!.name["zh-TW"]);
    expectError(await open311("services.json?locale=fr"), 400, /^locale:/);
  });

  it("services/{code}.json is the service definition; unknown codes are 404", async () => {
    const { status, body } = await open311("services/health.json");
    expect(status).toBe(200);
    expectSpecFields(body as Json, DEFINITION_FIELDS, DEFINITION_FIELDS);
    expect(body).toEqual({ service_code: "health", attributes: [] });
    expectError(await open311("services/no-such-topic.json"), 404, /not found/);
  });

  it("answers JSON only: .xml is a 400 that says so; other formats and resources are 404", async () => {
    expectError(await open311("services.xml"), 400, /JSON only.*\.json/);
    expectError(await open311("requests.xml"), 400, /JSON only/);
    expectError(await open311("services/health.xml"), 400, /JSON only/);
    expectError(await open311("services.yaml"), 404, /format/);
    expectError(await open311("services"), 404, /\.json/);
    expectError(await open311("nothing.json"), 404, /no resource/);
    expectError(await open311("a/b/c.json"), 404, /no such resource/);
  });
});

describe("POST requests.json", () => {
  const valid = { api_key: TEST_API_TOKEN, service_code: "roads-transport", description: "老街的路面坑坑洼洼，下雨天全是积水。", address_string: "凤鸣镇老街12号" };

  it.each([
    ["no api_key", { ...valid, api_key: "" }, 403, /^api_key/],
    ["a wrong api_key", { ...valid, api_key: "not-the-token-0123456789" }, 403, /^api_key/],
    ["no service_code", { ...valid, service_code: "" }, 400, /^service_code: /],
    ["an unknown service_code", { ...valid, service_code: "potholes" }, 400, /^service_code: "potholes" not found/],
    ["no description", { ...valid, description: "  " }, 400, /^description: /],
    ["a huge description", { ...valid, description: "路".repeat(4001) }, 400, /^description: /],
    ["lat without long", { ...valid, lat: "30.93" }, 400, /^long: /],
    ["lat out of range", { ...valid, lat: "130", long: "108.7" }, 400, /^lat: /],
    ["long not a number", { ...valid, lat: "30.9", long: "east" }, 400, /^long: /],
    ["a bad e-mail", { ...valid, email: "not-an-email" }, 400, /^email: /],
    ["a bad phone", { ...valid, phone: "call me maybe" }, 400, /^phone: /],
  ])("refuses %s (form-encoded) with the standard's error list", async (_name, fields, code, pattern) => {
    expectError(await form(fields), code, pattern);
  });

  it("refuses bodies that are neither form nor JSON, and malformed JSON", async () => {
    expectError(await open311("requests.json", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" }), 400, /^body: /);
    expectError(await open311("requests.json", { method: "POST", headers: { "content-type": "application/json" }, body: "{api_key:" }), 400, /^body: /);
    expectError(await open311("services.json", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }), 404, /cannot POST/);
  });

  it("refuses bodies over 64 KiB before reading them", async () => {
    // In process: over a socket the server answers early and drops the connection, which a pooled client then trips over.
    const app = createOpen311Routes({ apiKey: TEST_API_TOKEN, items: repo, directory, router: createRouter(directory), defaultLocale: "zh-CN" });
    const body = new URLSearchParams({ ...valid, description: "路".repeat(30_000) }).toString();
    const res = await app.request("/requests.json", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) }, body });
    expectError({ status: res.status, body: await res.json() }, 413, /too large/);
  });

  it("a storage outage is a 500 in the standard's shape, and nothing half-done", async () => {
    const before = await repo.countByStatus();
    stack.upstash.setOutage(true);
    try {
      expectError(await form(valid), 500, /try again/);
      expectError(await open311("requests.json"), 500, /try again/);
    } finally {
      stack.upstash.setOutage(false);
    }
    expect(await repo.countByStatus()).toEqual(before);
  });

  let formCode = "";
  it("creates a new item from a form-encoded request, routed by the directory, on the triage queue", async () => {
    const res = await form({ ...valid, lat: "30.9461", long: "108.6972", first_name: "芳", last_name: "王", phone: "13800001111", email: "wang@example.cn", "attribute[foo]": "ignored" });
    expect(res.status).toBe(200);
    const answer = res.body as Json[];
    expect(answer).toHaveLength(1);
    expectSpecFields(answer[0]!, POST_RESPONSE_FIELDS, ["service_request_id", "service_notice"]);
    formCode = String(answer[0]!.service_request_id);
    expect(formCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(answer[0]!.service_notice).toBe(`已受理，编号 ${formCode}。将转交凤鸣镇人大代表之家办理。`);

    const stored = parseItem((await repo.get(formCode))?.item);
    expect(stored).toMatchObject({
      status: "new",
      source: "open311",
      category: "roads-transport",
      place: "fengming",
      target: "deputy-fengming",
      residentId: null,
      residentChatId: null,
      residentName: "王芳",
      contact: { name: "王芳", phone: "13800001111", email: "wang@example.cn" },
      contactConsent: true,
      location: { latitude: 30.9461, longitude: 108.6972 },
      text: `${valid.description}\n📍 ${valid.address_string}`,
    });
    expect(stored!.history).toEqual([expect.objectContaining({ by: { role: "api", name: "open311" }, action: "submitted", to: "new" })]);
    const queue = ((await repo.queue(500)) as Item[]).map((i) => i.id);
    expect(queue).toContain(formCode);
  });

  it("accepts JSON too; an urgent matter jumps the queue; service_notice follows ?locale=", async () => {
    const res = await postJson({ api_key: TEST_API_TOKEN, service_code: "public-safety", description: "山体有裂缝，可能滑坡", address_string: "巴阳镇" }, "?locale=en");
    expect(res.status).toBe(200);
    const [created] = res.body as Json[];
    const code = String(created!.service_request_id);
    expect(created!.service_notice).toBe(`Received as ${code}. It goes to ${directory.targets.find((t) => t.id === "deputy-bayang")!.name.en}.`);
    const queue = (await repo.queue(500)) as Item[];
    expect(queue[0]!.id).toBe(code);
    expect(queue[0]).toMatchObject({ urgent: true, source: "open311", contact: null, contactConsent: false, locale: "en" });
    const none = await postJson({ api_key: TEST_API_TOKEN, service_code: "roads-transport", description: "路面坑坑洼洼" });
    const [undecided] = none.body as Json[];
    expect(undecided!.service_notice).toMatch(/工作人员将确定承办单位/);
  });

  it("first and last names at their limits (astral characters too) are clipped to the item's: the item stays visible", async () => {
    for (const [first_name, last_name] of [["A".repeat(100), "B".repeat(100)], ["😀".repeat(50), "🙂".repeat(50)]]) {
      const res = await postJson({ ...valid, first_name, last_name });
      expect(res.status).toBe(200);
      const code = String((res.body as Json[])[0]!.service_request_id);
      const stored = parseItem((await repo.get(code))?.item);
      expect(stored?.contact?.name).toBe(`${first_name} ${last_name}`.slice(0, NAME_MAX).replace(/[\ud800-\udbff]$/, ""));
      expect(((await open311(`requests/${code}.json`)).body as Json[])[0]).toMatchObject({ service_request_id: code, status: "open" });
      expect(((await api("/items?status=new&limit=200")) as { items: Json[] }).items.map((i) => i.id)).toContain(code);
    }
  });

  it("the created item is first-class: in GET /api/v1/items (with its consented contact) and in the staff bot's /queue", async () => {
    const list = (await api("/items?status=new&limit=10")) as { items: Json[] };
    const mine = list.items.find((i) => i.id === formCode);
    expect(mine).toMatchObject({ source: "open311", status: "new", target: "deputy-fengming", contact: { name: "王芳", phone: "13800001111", email: "wang@example.cn" } });
    const [pub] = (await open311(`requests/${formCode}.json`)).body as Json[];
    expect(pub).toMatchObject({ status: "open", service_code: "roads-transport", // The street number is a house address: the public feed drops it.
      description: `${valid.description}\n📍 凤鸣镇老街***`, address: "凤鸣镇", agency_responsible: "凤鸣镇人大代表之家", lat: 30.946, long: 108.697 });
    expect(JSON.stringify(pub)).not.toMatch(/13800001111|王芳|wang@example/);
    const detail = await api(`/items/${formCode}`);
    expect(detail.history).toEqual([expect.objectContaining({ by: "api", action: "submitted", to: "new" })]);

    const admin = { id: 900001, first_name: "Admin", language_code: "en" };
    const before = stack.telegram.calls.length;
    expect((await stack.post("staff", textUpdate(admin, "/queue"))).status).toBe(200);
    const replies = stack.telegram.calls.slice(before).filter((c) => c.token === STAFF_TOKEN && Number(c.params.chat_id) === admin.id);
    expect(replies.map((c) => String(c.params.text)).join("\n")).toContain(formCode);
  });
});

describe("GET requests.json and requests/{id}.json", () => {
  const now = Date.now();
  const H = 3600_000;
  const staff = { role: "staff" as const, id: 900003 };
  const step = (at: number, from: Item["status"], to: Item["status"], note?: string): HistoryEntry => ({ at, by: staff, action: to, from, to, ...(note && { note }) });
  const submitted = (at: number): HistoryEntry => ({ at, by: { role: "resident", id: 424242 }, action: "submitted", to: "new" });
  const answered = makeItem({
    id: "RQAAAA", createdAt: now - 50 * H, updatedAt: now - 2 * H, status: "answered", category: "public-facilities", place: "shuangjiang", target: "room-shuangjiang",
    text: "滨江路路灯坏了，联系我 13712345678 或 me@example.cn。我家在三楼，老人晚上出门不方便。", summary: "滨江路路灯坏了，联系我 13712345678 或 me@example.cn", answer: "已修好，谢谢反映。", residentId: 424242, residentChatId: 424242,
    residentName: "赵六", contact: { phone: "13712345678" }, contactConsent: true, location: { latitude: 30.95, longitude: 108.69 },
    history: [submitted(now - 50 * H), step(now - 40 * H, "new", "forwarded"), step(now - 30 * H, "forwarded", "accepted"), step(now - 2 * H, "accepted", "answered")],
  });
  const rejected = makeItem({ id: "RQCCCC", createdAt: now - 20 * H, status: "rejected", target: null, place: "unknown", category: "other", history: [submitted(now - 20 * H), step(now - 19 * H, "new", "rejected", "不属于本县事务")] });
  const closedAfterAnswer = makeItem({
    id: "RQDDDD", createdAt: now - 10 * H, status: "closed", answer: "已协调", category: "health", target: "member-medical",
    history: [submitted(now - 10 * H), step(now - 9 * H, "new", "forwarded"), step(now - 8 * H, "forwarded", "accepted"), step(now - 7 * H, "accepted", "answered"), step(now - 6 * H, "answered", "closed", "已电话回访，问题解决")],
  });
  const old = makeItem({ id: "RQEEEE", createdAt: now - DEFAULT_WINDOW_MS - 24 * H });
  beforeAll(() => seed([answered, rejected, closedAfterAnswer, old]));

  it("requests/{id}.json answers the standard's fields, public: no contact, the bot item's summary only, masked", async () => {
    const { status, body } = await open311("requests/rqaaaa.json");
    expect(status).toBe(200);
    const [r] = body as Json[];
    expectSpecFields(r!, REQUEST_FIELDS, REQUIRED_REQUEST_FIELDS);
    expect(r).toEqual({
      service_request_id: "RQAAAA",
      status: "open",
      status_notes: "已修好，谢谢反映。",
      service_name: "公共设施",
      service_code: "public-facilities",
      description: "滨江路路灯坏了，联系我 *** 或 ***",
      agency_responsible: directory.targets.find((t) => t.id === "room-shuangjiang")!.name["zh-CN"],
      requested_datetime: new Date(answered.createdAt).toISOString(),
      updated_datetime: new Date(answered.updatedAt).toISOString(),
      address: "双江街道",
      lat: 30.95,
      long: 108.69,
    });
    expect(r!.requested_datetime).toMatch(W3C);
    expect(JSON.stringify(body)).not.toMatch(/13712345678|赵六|424242|me@example|三楼/);
    expectError(await open311("requests/ZZZZZZ.json"), 404, /not found/);
    expectError(await open311("requests/x.json"), 404, /not found/);
  });

  it("status is open/closed; status_notes is the latest public answer or reject/close note", async () => {
    const [r] = (await open311("requests/RQCCCC.json")).body as Json[];
    expect(r).toMatchObject({ status: "closed", status_notes: "不属于本县事务", agency_responsible: null, address: null });
    expect(r).not.toHaveProperty("lat");
    const [d] = (await open311("requests/RQDDDD.json")).body as Json[];
    expect(d).toMatchObject({ status: "closed", status_notes: "已电话回访，问题解决", agency_responsible: "医药卫生界委员工作室" });
  });

  it("lists the last 90 days by default, newest first; ids override other filters", async () => {
    const all = (await open311("requests.json")).body as Json[];
    const ids = all.map((r) => r.service_request_id);
    expect(ids).toEqual(expect.arrayContaining(["RQAAAA", "RQCCCC", "RQDDDD"]));
    expect(ids).not.toContain("RQEEEE");
    expect(ids.indexOf("RQDDDD")).toBeLessThan(ids.indexOf("RQCCCC"));
    for (const r of all) expectSpecFields(r, REQUEST_FIELDS, REQUIRED_REQUEST_FIELDS);
    expect(JSON.stringify(all)).not.toMatch(/13800001111|wang@example|王芳|424242/);

    const picked = (await open311("requests.json?service_request_id=RQEEEE,rqcccc,NOPE77&status=open")).body as Json[];
    expect(picked.map((r) => r.service_request_id)).toEqual(["RQEEEE", "RQCCCC"]);
  });

  it.each([
    ["status=closed", ["RQDDDD", "RQCCCC"]],
    ["status=open&service_code=public-facilities", ["RQAAAA"]],
    ["service_code=health,other", ["RQDDDD", "RQCCCC"]],
    [`start_date=${new Date(now - 25 * H).toISOString()}&end_date=${new Date(now - 15 * H).toISOString()}`, ["RQCCCC"]],
  ])("filters by %s", async (query, expected) => {
    const { status, body } = await open311(`requests.json?${query}`);
    expect(status).toBe(200);
    expect((body as Json[]).map((r) => r.service_request_id).filter((id) => String(id).startsWith("RQ"))).toEqual(expected);
  });

  it.each([
    ["status=pending", /^status: /],
    ["start_date=yesterday", /^start_date: /],
    ["end_date=2026-01-01T00:00:00", /^end_date: /],
    [`start_date=${new Date(now).toISOString()}&end_date=${new Date(now - H).toISOString()}`, /^end_date: must be after/],
    ["service_code=potholes", /^service_code: "potholes"/],
    ["service_request_id=AB", /^service_request_id: /],
  ])("refuses %s with a 400 naming the parameter", async (query, pattern) => {
    expectError(await open311(`requests.json?${query}`), 400, pattern);
  });

  it(`answers at most ${MAX_REQUESTS} requests`, async () => {
    const base = Date.parse("2095-01-01T00:00:00Z");
    await seed(Array.from({ length: MAX_REQUESTS + 5 }, (_, i) => makeItem({ id: `B${String(i).padStart(5, "0").replace(/0/g, "A").replace(/1/g, "C").replace(/2/g, "D").replace(/5/g, "E").replace(/6/g, "F").replace(/8/g, "H")}`, createdAt: base + i })));
    const { body } = await open311(`requests.json?start_date=${new Date(base).toISOString()}&end_date=${new Date(base + 60_000).toISOString()}`);
    expect((body as Json[]).length).toBe(MAX_REQUESTS);
  });
});

describe("public-read helpers", () => {
  it.each([
    ["电话13812345678", "电话***"],
    ["手机 138-1234-5678 谢谢", "手机 *** 谢谢"],
    ["+86 138 1234 5678", "***"],
    ["身份证 50023519800101123X", "身份证 ***"],
    ["邮箱 a.b+c@mail.example.cn。", "邮箱 ***。"],
    ["2026年5月1日，3号楼，房租2000元", "2026年5月1日，3号楼，房租2000元"],
    ["会议在2026-05-01召开", "会议在2026-05-01召开"],
  ])("anonymise(%j) = %j", (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });

  it("statusNotes prefers the later of the answer and a close note", () => {
    const t = 1_800_000_000_000;
    const by = { role: "staff" as const };
    const base = makeItem({ answer: "答复", history: [{ at: t, by, action: "answered", to: "answered" }] });
    expect(statusNotes(base)).toBe("答复");
    expect(statusNotes({ ...base, history: [...base.history, { at: t + 1, by, action: "closed", to: "closed", note: "结案" }] })).toBe("结案");
    expect(statusNotes({ ...base, history: [{ at: t - 1, by, action: "closed", to: "closed", note: "旧" }, ...base.history] })).toBe("答复");
    expect(statusNotes(makeItem())).toBeNull();
  });
});
