/**
 * The playground in a real browser: the whole system started the way
 * `npm start` starts it (free ports), Debian's chromium driven by
 * playwright-core, and one item's whole life played by pressing buttons in
 * the three chat panes. What each pane shows is checked, and the side panel
 * and the REST API must agree.
 *
 * PLAYGROUND_SCREENSHOT=docs/playground.png also saves the README's screenshot.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type Playground } from "../../dev/playground/system.js";
import { launchChromium, type LaunchedBrowser } from "./chromium.js";

let pg: Playground;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  pg = await startPlayground({ port: 0 });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(pg.url);
  await page.locator("body[data-ready=true]").waitFor();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await pg?.stop();
});

/** expect.poll with room for a loaded machine (the side panel itself polls every 1.5 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

const pane = (id: "resident" | "deputy" | "staff") => page.locator(`[data-pane="${id}"]`);
const botMessages = (p: Locator) => p.locator(".msg.bot");
const lastBot = (p: Locator) => botMessages(p).last();

/** Picks who you are in a pane and waits until that person's chat is shown. */
async function becomes(id: "resident" | "deputy" | "staff", personaId: number): Promise<void> {
  await pane(id).locator("select.persona").selectOption(String(personaId));
  await page.locator(`[data-pane="${id}"][data-chat$=":${personaId}"]`).waitFor();
}

async function say(p: Locator, text: string): Promise<void> {
  const before = await botMessages(p).count();
  await p.locator("textarea.input").fill(text);
  await p.locator("textarea.input").press("Enter");
  // Wait until the bot has answered something new.
  await poll(() => botMessages(p).count()).toBeGreaterThan(before);
}

async function pressInline(p: Locator, prefix: string): Promise<void> {
  const button = p.locator(`button.ib[data-data^="${prefix}"]`).last();
  await button.waitFor();
  const before = await botMessages(p).count();
  await button.click();
  await poll(() => botMessages(p).count()).toBeGreaterThan(before);
}

// Each step waits on a real browser and the real bots; leave room for a loaded CI machine.
describe("the offline playground in chromium", { timeout: 120_000 }, () => {
  let code = "";

  it("shows three Telegram-like chats and the side panel, with how the system was started", async () => {
    await poll(() => page.locator(".pane").count()).toBe(3);
    expect(await pane("resident").locator(".name").textContent()).toContain("Yunyang Voice");
    expect(await pane("staff").locator(".handle").textContent()).toBe("@yunyang_desk_bot");
    expect(await page.locator("#chip-storage").textContent()).toBe(pg.storage.kind === "redis" ? "redis-server" : "in-memory store");
    expect(await page.locator("#chip-runtime").textContent()).toBe(pg.runtime.kind === "workerd" ? "app on workerd" : "app on Node");
    await poll(() => page.locator("#chip-live").textContent()).toBe("live");
    // The command menu comes from the bot's own setMyCommands, in the persona's language.
    await pane("resident").locator("button.cmd").click();
    expect(await pane("resident").locator(".commands-menu [data-command]").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\/new/), expect.stringMatching(/^\/status/)]));
    await page.keyboard.press("Escape");
    await page.locator(".topbar").click();
  });

  it("a zh-CN resident submits by typing and pressing buttons: location pin, own contact, submit", async () => {
    const resident = pane("resident");
    await say(resident, "凤鸣镇到县城的公交车太少了，早上要等一个小时，希望增加班次。");
    // The reply keyboard asks for an attachment; its location button sends the fixed Yunyang pin.
    await resident.locator('.reply-kb button[data-request="location"]').click();
    await resident.locator(".msg.user .location").waitFor();
    await resident.locator('.reply-kb button[data-request="contact"]').click();
    await resident.locator(".msg.user .contact").waitFor();
    expect(await resident.locator(".msg.user .contact").last().textContent()).toContain("+86 138 2345 0101");
    await poll(() => lastBot(resident).textContent()).toContain("提交前请核对");
    expect(await lastBot(resident).textContent()).toContain("凤鸣镇人大代表之家");
    // Submit edits the read-back into the confirmation: no new message, its buttons gone.
    const readBack = lastBot(resident);
    await readBack.locator('button.ib[data-data^="1s:"]').click();
    await poll(() => lastBot(resident).textContent()).toContain("提交成功");
    expect(await lastBot(resident).locator("button.ib").count()).toBe(0);
    code = (await lastBot(resident).locator(".text code").first().textContent()) ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    // The reply keyboard is gone once used, and the side panel's queue shows the new item.
    expect(await resident.locator(".reply-kb").isHidden()).toBe(true);
    await page.locator(`#queue li[data-id="${code}"]`).waitFor();
    const listed = await pg.api<{ items: Array<{ id: string; status: string; target: string }> }>("/items");
    expect(listed.body.items.find((i) => i.id === code)).toMatchObject({ status: "new", target: "deputy-fengming" });
  });

  it("staff see it in /queue and forward it; the deputy gets the card", async () => {
    const staff = pane("staff");
    await say(staff, "/queue");
    expect(await lastBot(staff).textContent()).toContain(code);
    await say(staff, `/forward ${code}`);
    await poll(() => lastBot(staff).textContent()).toContain(code);
    const deputy = pane("deputy");
    const card = deputy.locator(".msg.bot", { has: page.locator(`button.ib[data-data^="1a:${code}:"]`) });
    await card.waitFor();
    expect(await card.textContent()).toContain("凤鸣镇到县城的公交车太少了");
    expect(await card.locator("button.ib").count()).toBe(4);
    await poll(() => page.locator(`#queue li[data-id="${code}"]`).count()).toBe(0);
    // The resident hears it through the resident bot.
    await poll(() => lastBot(pane("resident")).textContent()).toContain("已转给");
  });

  it("the deputy accepts and answers; the resident gets the answer and rates it", async () => {
    const deputy = pane("deputy");
    await pressInline(deputy, `1a:${code}:`);
    // "You accepted" is said on the button (a toast); the card itself is edited in place, with the next buttons.
    await poll(() => deputy.locator(".toast").textContent()).toContain("您已接收");
    await deputy.locator(`.msg.bot button.ib[data-data^="1n:${code}:"]`).first().waitFor();
    await pressInline(deputy, `1n:${code}:`);
    await poll(() => lastBot(deputy).textContent()).toContain("请输入对");
    // The typed answer completes what the card's button began: the card itself says so (edited in place), no new message.
    await deputy.locator("textarea.input").fill("已与县交通局沟通：下月起早高峰每20分钟一班。");
    await deputy.locator("textarea.input").press("Enter");
    await poll(() => deputy.locator(".msg.bot", { hasText: "已发给居民" }).count()).toBe(1);

    const resident = pane("resident");
    const answer = resident.locator(".msg.bot", { has: page.locator(`button.ib[data-data^="1r:${code}:"][data-data$=":5"]`) });
    await answer.waitFor();
    expect(await answer.textContent()).toContain("早高峰每20分钟一班");
    expect(await answer.locator("button.ib").count()).toBe(6);
    await resident.locator(`button.ib[data-data^="1r:${code}:"][data-data$=":5"]`).last().click();
    await poll(() => lastBot(resident).textContent()).toContain("5 分");
  });

  it("the side panel shows the item's whole history, as the REST API does", async () => {
    await page.locator(`#items li[data-id="${code}"]`).click();
    await poll(() => page.locator("#detail .badge").first().textContent()).toBe("closed");
    expect(await page.locator("#detail .history li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-to")).filter(Boolean))).toEqual(["new", "forwarded", "accepted", "answered", "closed"]);
    const item = await pg.api<{ status: string; rating: number; history: unknown[] }>(`/items/${code}`);
    expect(item.body).toMatchObject({ status: "closed", rating: 5 });
    expect(item.body.history).toHaveLength(5);

    const shot = process.env.PLAYGROUND_SCREENSHOT;
    if (shot) {
      await page.locator(`#items li[data-id="${code}"][data-status="closed"]`).waitFor();
      mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot });
    }
  });

  it("renders only Telegram's tags: a resident's HTML stays text everywhere", async () => {
    const resident = pane("resident");
    await becomes("resident", 31003);
    await poll(() => resident.locator("select.lang").inputValue()).toBe("en");
    await say(resident, "<b>bold?</b> <script>window.__pwned = 1</script> <img src=x onerror=window.__pwned=2> the bus in Fengming never comes");
    // The user's own bubble shows the characters; the bot's reply is in English.
    expect(await resident.locator(".msg.user .text").last().textContent()).toContain("<script>window.__pwned = 1</script>");
    expect(await resident.locator(".msg.user .text b").count()).toBe(0);
    expect(await resident.locator(".messages script, .messages img:not(.photo)").count()).toBe(0);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await lastBot(resident).textContent()).toMatch(/[A-Za-z]/);
    expect(await lastBot(resident).textContent()).not.toMatch(/请|您/);
  });

  it("a photo sent from the attach menu shows in the chat and is served by the emulator", async () => {
    const resident = pane("resident");
    await resident.locator("button.attach").click();
    const before = await botMessages(resident).count();
    await resident.locator('[data-attach="photo"]').click();
    const img = resident.locator(".msg.user img.photo").last();
    await img.waitFor();
    await poll(() => img.evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    await poll(() => botMessages(resident).count()).toBeGreaterThan(before);
  });

  it("switching language: the zh-TW resident is answered in traditional Chinese", async () => {
    const resident = pane("resident");
    await becomes("resident", 31002);
    await say(resident, "/start");
    const text = (await lastBot(resident).textContent()) ?? "";
    expect(text).toMatch(/[您你]/);
    expect(text).not.toMatch(/[们这说]/); // simplified-only characters
  });
});
