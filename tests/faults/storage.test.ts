/**
 * Storage faults: Upstash down mid-conversation (every request 503), a
 * turn's commit failing before it reaches Redis, and a commit that landed
 * but whose answer was lost. The webhook answers 5xx so Telegram redelivers;
 * after recovery the redelivered update completes; nothing is lost or doubled.
 */
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackUpdate, inlineButtons, replyKeyboard, textOf, textUpdate, type Person } from "../../bench/telegram.js";
import { createUpstashItemRepository } from "../../api/store/item-repo.js";
import { createRedis } from "../../api/store/redis.js";
import { parseItem, type Item } from "../../handlers/items/model.js";
import { RESIDENT_TOKEN, STAFF_TOKEN } from "../support/env.js";
import { isCommit, startFaultStack, type FaultStack } from "./support.js";

let stack: FaultStack;
let redis: Redis;
beforeAll(async () => {
  stack = await startFaultStack();
  redis = new Redis({ url: stack.upstash.url, token: stack.upstash.token, automaticDeserialization: false });
});
afterAll(async () => stack?.stop());

const repo = () => createUpstashItemRepository(createRedis({ url: stack.upstash.url, token: stack.upstash.token }), "yy:");
async function itemsOf(residentId: number): Promise<Item[]> {
  const raw = await repo().byResident(residentId, 100);
  return raw.map(parseItem).filter((i): i is Item => i !== null);
}
async function session(residentId: number): Promise<{ step: string; draft: unknown } | null> {
  const s = await redis.hget<string>(`yy:sess:resident:${residentId}`, "s");
  return s ? (JSON.parse(s) as { step: string; draft: unknown }) : null;
}
const codes = (text: string) => [...text.matchAll(/<code>([A-Z0-9]{6})<\/code>/g)].map((m) => m[1]);

/** The next update of the intake, read from what the bot last sent this resident. */
function nextUpdate(person: Person, first: string): unknown {
  const calls = stack.to(RESIDENT_TOKEN, person.id).filter((c) => !c.method.includes("!"));
  if (calls.length === 0) return textUpdate(person, first);
  const last = calls.slice(-2);
  const submit = inlineButtons(last).find((b) => b.callback_data.startsWith("1s:"));
  if (submit) return callbackUpdate(person, submit.callback_data);
  const kb = replyKeyboard(last);
  if (kb?.[1]?.[0]) return textUpdate(person, kb[1][0].text);
  throw new Error(`intake stuck: ${textOf(last)}`);
}

describe("storage down in the middle of a conversation", () => {
  it("every step first fails with 5xx and sends nothing, then completes once on redelivery; one item, its own text", async () => {
    const person: Person = { id: 71001, first_name: "王", language_code: "zh-hans" };
    const text = "凤鸣镇到县城的公交车太少了，希望增加班次。";
    for (let step = 0; step < 6; step++) {
      const update = nextUpdate(person, text);
      const before = stack.to(RESIDENT_TOKEN, person.id).length;
      stack.upstash.setOutage(true);
      const down = await stack.post("resident", update);
      stack.upstash.setOutage(false);
      expect(down.status, `step ${step}`).toBeGreaterThanOrEqual(500);
      expect(stack.to(RESIDENT_TOKEN, person.id).length, "nothing is said while storage is down").toBe(before);

      expect((await stack.post("resident", update)).status).toBe(200);
      const said = stack.to(RESIDENT_TOKEN, person.id).length;
      expect(said).toBeGreaterThan(before);
      // A second redelivery after success changes nothing and says nothing.
      expect((await stack.post("resident", update)).status).toBe(200);
      expect(stack.to(RESIDENT_TOKEN, person.id).length).toBe(said);
      if ((update as { callback_query?: unknown }).callback_query) break; // that was the submit
    }
    const items = await itemsOf(person.id);
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toBe(text);
    expect(codes(textOf(stack.to(RESIDENT_TOKEN, person.id)))).toEqual([items[0]!.id]);
    expect((await session(person.id))?.draft ?? null).toBeNull();
  });

  it("a commit that never reached Redis: 5xx, the claim is released, the redelivered submit makes the item once", async () => {
    const person: Person = { id: 71002, first_name: "李", language_code: "zh-hans" };
    const text = "人和街道的垃圾站太臭了，夏天苍蝇很多";
    let update = nextUpdate(person, text);
    for (let i = 0; i < 4 && !(update as { callback_query?: unknown }).callback_query; i++) {
      expect((await stack.post("resident", update)).status).toBe(200);
      update = nextUpdate(person, text);
    }
    const fired = stack.proxy.fired;
    stack.proxy.failNext({ match: isCommit, when: "before" });
    expect((await stack.post("resident", update)).status).toBeGreaterThanOrEqual(500);
    expect(stack.proxy.fired).toBe(fired + 1);
    expect(await itemsOf(person.id)).toHaveLength(0);
    expect((await session(person.id))?.step).toBe("review"); // the draft is intact

    expect((await stack.post("resident", update)).status).toBe(200);
    expect((await stack.post("resident", update)).status).toBe(200);
    const items = await itemsOf(person.id);
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toBe(text);
    expect(codes(textOf(stack.to(RESIDENT_TOKEN, person.id)))).toEqual([items[0]!.id]);
  });

  it("a commit that landed but whose answer was lost: 5xx, the redelivery is a duplicate, still one item (found with /my)", async () => {
    const person: Person = { id: 71003, first_name: "赵", language_code: "zh-hans" };
    const text = "盘龙街道菜市场门口的路灯坏了";
    let update = nextUpdate(person, text);
    for (let i = 0; i < 4 && !(update as { callback_query?: unknown }).callback_query; i++) {
      expect((await stack.post("resident", update)).status).toBe(200);
      update = nextUpdate(person, text);
    }
    stack.proxy.failNext({ match: isCommit, when: "after" });
    expect((await stack.post("resident", update)).status).toBeGreaterThanOrEqual(500);
    const before = stack.to(RESIDENT_TOKEN, person.id).length;
    expect((await stack.post("resident", update)).status).toBe(200);
    // The redelivery finds the turn done and delivers what it owed: the confirmation with the code, once; no second item.
    const items = await itemsOf(person.id);
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toBe(text);
    const messages = () => stack.to(RESIDENT_TOKEN, person.id).slice(before).filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
    const after = messages();
    expect(after).toHaveLength(1);
    expect(codes(textOf(after))).toEqual([items[0]!.id]);
    expect((await stack.post("resident", update)).status).toBe(200);
    expect(messages()).toHaveLength(1);
    expect((await stack.post("resident", textUpdate(person, "/my"))).status).toBe(200);
    expect(textOf(stack.to(RESIDENT_TOKEN, person.id).slice(-1))).toContain(items[0]!.id);
  });

  it("storage down during a staff /forward: 5xx, then the redelivery forwards once and the deputy gets one card", async () => {
    const admin: Person = { id: 900001, first_name: "Admin", language_code: "en" };
    const deputy: Person = { id: 71090, first_name: "Deputy", language_code: "en" };
    expect((await stack.post("staff", textUpdate(admin, `/grant ${deputy.id} deputy deputy-fengming`))).status).toBe(200);
    const person: Person = { id: 71004, first_name: "周", language_code: "zh-hans" };
    const text = "凤鸣镇中学门口的路灯坏了两个星期，晚上很黑。";
    let update = nextUpdate(person, text);
    for (let i = 0; i < 5; i++) {
      expect((await stack.post("resident", update)).status).toBe(200);
      if ((update as { callback_query?: unknown }).callback_query) break;
      update = nextUpdate(person, text);
    }
    const [item] = await itemsOf(person.id);
    expect(item).toBeDefined();
    const forward = textUpdate(admin, `/forward ${item!.id}`);
    stack.upstash.setOutage(true);
    expect((await stack.post("staff", forward)).status).toBeGreaterThanOrEqual(500);
    stack.upstash.setOutage(false);
    expect(stack.to(STAFF_TOKEN, deputy.id).filter((c) => textOf([c]).includes(item!.id))).toHaveLength(0);
    // The commit of the forward fails once more, before Redis; then it goes through.
    stack.proxy.failNext({ match: isCommit, when: "before" });
    expect((await stack.post("staff", forward)).status).toBeGreaterThanOrEqual(500);
    expect((await stack.post("staff", forward)).status).toBe(200);
    expect((await stack.post("staff", forward)).status).toBe(200);
    expect(stack.to(STAFF_TOKEN, deputy.id).filter((c) => textOf([c]).includes(item!.id))).toHaveLength(1);
    expect(stack.to(RESIDENT_TOKEN, person.id).filter((c) => /已转给/.test(textOf([c])))).toHaveLength(1);
    const [after] = await itemsOf(person.id);
    expect(after!.status).toBe("forwarded");
    expect(after!.history.filter((h) => h.to === "forwarded")).toHaveLength(1);
  });
});

describe("exactly once when the connection to storage drops after a commit (the client retries the same request)", () => {
  it("a text is kept once and answered once", async () => {
    const person: Person = { id: 71011, first_name: "钱", language_code: "zh-hans" };
    expect((await stack.post("resident", textUpdate(person, "黄石镇场镇的红绿灯坏了"))).status).toBe(200);
    const before = stack.to(RESIDENT_TOKEN, person.id).length;
    stack.proxy.failNext({ match: isCommit, when: "drop" });
    expect((await stack.post("resident", textUpdate(person, "已经坏了三天了"))).status).toBe(200);
    expect(stack.proxy.fired).toBeGreaterThan(0);
    const s = await session(person.id);
    expect((s?.draft as { parts: string[] }).parts.filter((p) => p.includes("已经坏了三天了"))).toHaveLength(1);
    expect(stack.to(RESIDENT_TOKEN, person.id).slice(before)).toHaveLength(1);
  });

  it("a Submit makes one item and its code reaches the resident once", async () => {
    const person: Person = { id: 71012, first_name: "孙", language_code: "zh-hans" };
    const text = "双江街道滨江路的下水道堵了，一下雨就淹";
    let update = nextUpdate(person, text);
    for (let i = 0; i < 5 && !(update as { callback_query?: unknown }).callback_query; i++) {
      expect((await stack.post("resident", update)).status).toBe(200);
      update = nextUpdate(person, text);
    }
    const before = stack.to(RESIDENT_TOKEN, person.id).length;
    stack.proxy.failNext({ match: isCommit, when: "drop" });
    expect((await stack.post("resident", update)).status).toBe(200);
    const items = await itemsOf(person.id);
    expect(items).toHaveLength(1);
    const after = stack.to(RESIDENT_TOKEN, person.id).slice(before).filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
    expect(after).toHaveLength(1);
    expect(codes(textOf(after))).toEqual([items[0]!.id]);
    expect(textOf(after)).not.toMatch(/失效/);
  });

  it("a /forward whose answer was lost still delivers the deputy's card, the resident's notice and the staff reply, each once", async () => {
    const admin: Person = { id: 900001, first_name: "Admin", language_code: "en" };
    const deputy: Person = { id: 71091, first_name: "Deputy", language_code: "en" };
    expect((await stack.post("staff", textUpdate(admin, `/grant ${deputy.id} deputy deputy-huangshi`))).status).toBe(200);
    for (const [when, id] of [["after", 71013], ["drop", 71014]] as const) {
      const person: Person = { id, first_name: "吴", language_code: "zh-hans" };
      const text = "黄石镇中心小学门口没有斑马线，孩子过马路很危险。";
      let update = nextUpdate(person, text);
      for (let i = 0; i < 6; i++) {
        expect((await stack.post("resident", update)).status).toBe(200);
        if ((update as { callback_query?: unknown }).callback_query) break;
        update = nextUpdate(person, text);
      }
      const [item] = await itemsOf(person.id);
      expect(item).toBeDefined();
      const staffBefore = stack.to(STAFF_TOKEN, admin.id).length;
      const forward = textUpdate(admin, `/forward ${item!.id}`);
      stack.proxy.failNext({ match: isCommit, when });
      const first = (await stack.post("staff", forward)).status;
      if (when === "after") {
        expect(first).toBeGreaterThanOrEqual(500);
        expect((await stack.post("staff", forward)).status).toBe(200);
      } else {
        expect(first).toBe(200);
      }
      expect((await stack.post("staff", forward)).status).toBe(200);
      expect(stack.to(STAFF_TOKEN, deputy.id).filter((c) => textOf([c]).includes(item!.id)), when).toHaveLength(1);
      expect(stack.to(RESIDENT_TOKEN, person.id).filter((c) => /已转给/.test(textOf([c]))), when).toHaveLength(1);
      expect(stack.to(STAFF_TOKEN, admin.id).slice(staffBefore), when).toHaveLength(1);
      const [after] = await itemsOf(person.id);
      expect(after!.history.filter((h) => h.to === "forwarded"), when).toHaveLength(1);
    }
  });
});
