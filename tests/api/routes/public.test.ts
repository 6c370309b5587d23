/**
 * The public pages (#15): GET /t/:code and GET /t/, through the whole app
 * against real Redis. No field of a resident ever reaches their HTML.
 */
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app.js";
import { createContainer } from "../../../api/container.js";
import { parseConfig } from "../../../api/env.js";
import { pageLocale } from "../../../api/routes/public.js";
import { queueScore } from "../../../handlers/items/model.js";
import type { ItemRepository } from "../../../handlers/ports.js";
import { testEnv } from "../../support/env.js";
import { personalItem, residentFields } from "../../support/public-items.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";
import { awayFromMinuteBoundary } from "../../support/clock.js";

let up: TestUpstash;
let app: Hono;
let repo: ItemRepository;

beforeAll(async () => {
  up = await startTestUpstash();
  const container = createContainer(parseConfig({ ...testEnv({ upstashUrl: up.url, upstashToken: up.token, telegramUrl: "http://127.0.0.1:9" }), PUBLIC_PAGES_PER_MINUTE: "40", REDIS_KEY_PREFIX: "pub:" }), () => {});
  app = createApp(container);
  repo = container.items;
  const item = personalItem();
  expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
});
afterAll(async () => up?.stop());

/** A request from one address (Cloudflare's header). */
const get = (path: string, ip: string, headers: Record<string, string> = {}) => app.request(path, { headers: { "cf-connecting-ip": ip, ...headers } });

describe("GET /t/:code", () => {
  it("answers HTML with the summary, status, place, target, timeline with dates, answer and support", async () => {
    const res = await get("/t/PAAAAA?lang=zh-CN", "10.0.0.1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("凤鸣镇老街的路灯坏了好几盏");
    expect(html).toContain("已答复");
    expect(html).toContain("凤鸣镇");
    expect(html).toContain("2 位居民反映或支持");
    expect(html).toMatch(/2026-05-01.*已收到，待分派/s);
    expect(html).toMatch(/2026-05-04.*已答复/s);
    expect(html).toContain("路灯已于5月3日修好");
  });

  it("contains no field of any resident of the item, nor the deputy's name", async () => {
    for (const lang of ["zh-CN", "zh-TW", "en"]) {
      const html = await (await get(`/t/PAAAAA?lang=${lang}`, "10.0.0.2")).text();
      for (const field of residentFields(personalItem())) expect(html, `${lang}: ${field}`).not.toContain(field);
    }
  });

  it("speaks ?lang=, else Accept-Language, else the default", async () => {
    expect(await (await get("/t/PAAAAA?lang=en", "10.0.0.3")).text()).toContain("2 residents back this matter");
    expect(await (await get("/t/PAAAAA", "10.0.0.3", { "accept-language": "zh-TW,zh;q=0.8" })).text()).toContain("已答覆");
    expect(await (await get("/t/PAAAAA", "10.0.0.3", { "accept-language": "fr-FR, en;q=0.5" })).text()).toContain("answered");
    expect(await (await get("/t/PAAAAA", "10.0.0.3")).text()).toContain("已答复");
    const c = (lang: string | undefined, accept: string | undefined) => pageLocale({ req: { query: () => lang, header: () => accept } } as never, "zh-CN");
    expect([c("en", "zh-TW"), c("xx", "zh-HK"), c(undefined, "de, zh-Hans;q=0.1"), c(undefined, "de")]).toEqual(["en", "zh-TW", "zh-CN", "zh-CN"]);
  });

  it("costs one round trip to Redis: the limit and the item read go out together", async () => {
    await get("/t/PAAAAA", "10.0.0.5");
    up.stats.reset();
    expect((await get("/t/PAAAAA", "10.0.0.5")).status).toBe(200);
    expect({ roundTrips: up.stats.requests, commands: up.stats.commands }).toEqual({ roundTrips: 1, commands: 2 });
  });

  it("an unknown or malformed code is a 404 page", async () => {
    expect((await get("/t/QQQQQQ", "10.0.0.4")).status).toBe(404);
    expect((await get("/t/%3Cscript%3E", "10.0.0.4")).status).toBe(404);
  });

  it("one address gets PUBLIC_PAGES_PER_MINUTE requests, found or not; then 429 — another address is not affected", async () => {
    // The window resets at each clock minute: a burst straddling one would rightly get more through.
    await awayFromMinuteBoundary();
    const codes = ["PAAAAA", "QQQQQQ", "RRRRRR", "TTTTTT"];
    const statuses: number[] = [];
    for (let i = 0; i < 42; i++) statuses.push((await get(`/t/${codes[i % 4]}`, "10.9.9.9")).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(statuses.slice(40)).toEqual([429, 429]);
    expect((await get("/t/PAAAAA", "10.9.9.8")).status).toBe(200);
    expect((await get("/t/", "10.9.9.9")).status).toBe(429);
  }, 60_000);
});

describe("GET /t/ (overview)", () => {
  it("lists open items per target with the median days to an answer, no personal data, paged", async () => {
    const res = await get("/t/?lang=en", "10.0.1.1");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Fengming");
    expect(html).toContain('href="/t/PAAAAA?lang=en"');
    // Three days to the answer, from the bucketed median (within 4.5%).
    expect(html).toMatch(/data-target="deputy-fengming"[\s\S]*?<td class="open">1<\/td><td>(2\.9|3|3\.1)<\/td>/);
    for (const field of residentFields(personalItem())) expect(html).not.toContain(field);
    expect(await (await get("/t/?page=2&lang=en", "10.0.1.1")).text()).toContain("Previous page");
    // The limit first (a refused request reads nothing), then the months of the aggregates and every target's newest
    // items together, then every target's counters in one script: 4 round trips for a page of ten targets.
    up.stats.reset();
    await get("/t/?lang=en", "10.0.1.1");
    expect(up.stats.requests).toBe(4);
  });
});
