/**
 * The public item page in headless chromium (Debian's, driven by
 * playwright-core like the playground tests), in all three languages, served
 * by the Node server over real Redis: what a visitor sees, and that nothing
 * of the residents is on the page.
 */
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app.js";
import { createContainer } from "../../../api/container.js";
import { parseConfig } from "../../../api/env.js";
import { queueScore } from "../../../handlers/items/model.js";
import { testEnv } from "../../support/env.js";
import { startTestUpstash, type TestUpstash } from "../../support/upstash.js";
import { launchChromium, type LaunchedBrowser } from "../../playground/chromium.js";
import { personalItem, residentFields } from "../../support/public-items.js";

let up: TestUpstash;
let server: ServerType;
let base: string;
let browser: LaunchedBrowser;

beforeAll(async () => {
  up = await startTestUpstash();
  const container = createContainer(parseConfig({ ...testEnv({ upstashUrl: up.url, upstashToken: up.token, telegramUrl: "http://127.0.0.1:9" }), REDIS_KEY_PREFIX: "pubb:" }), () => {});
  const item = personalItem();
  expect(await container.items.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
  const app = createApp(container);
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium({ width: 1000, height: 800 });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await up?.stop();
});

describe("the public item page in chromium", { timeout: 60_000 }, () => {
  it.each([
    ["zh-CN", "意见 PAAAAA", "已答复", "2 位居民反映或支持", "代表答复"],
    ["zh-TW", "意見 PAAAAA", "已答覆", "2 位居民反映或支持", "代表答覆"],
    ["en", "Matter PAAAAA", "answered", "2 residents back this matter", "The deputies' answer"],
  ])("%s: title, status, support, timeline, answer — and no resident's words, name, contact, photo or pin", async (lang, title, status, support, answerHead) => {
    const page = await browser.context.newPage();
    const res = await page.goto(`${base}/t/PAAAAA?lang=${lang}`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe(title);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    expect(await page.locator("p.status").innerText()).toBe(status);
    expect(await page.locator("p.support").innerText()).toBe(support);
    expect(await page.locator("h2").allInnerTexts()).toContain(answerHead);
    expect(await page.locator("ol.timeline li").count()).toBe(4);
    expect(await page.locator("ol.timeline li time").first().innerText()).toBe("2026-05-01");
    expect(await page.locator("blockquote.answer").innerText()).toContain("5月3日");
    // No script runs on the page, and nothing of the residents is in its HTML or its visible text.
    expect(await page.locator("script").count()).toBe(0);
    const html = await page.content();
    const text = await page.locator("body").innerText();
    for (const field of residentFields(personalItem())) {
      expect(html, field).not.toContain(field);
      expect(text, field).not.toContain(field);
    }
    // The language links lead to the same page in the other languages.
    await page.locator('nav.lang a[hreflang="en"]').click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator("p.status").innerText()).toBe("answered");
    await page.close();
  });

  it("the overview links each open item to its page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/t/?lang=zh-CN`);
    await page.locator('a[href="/t/PAAAAA?lang=zh-CN"]').click();
    await page.waitForURL(/\/t\/PAAAAA/);
    expect(await page.title()).toBe("意见 PAAAAA");
    await page.close();
  });
});
