/**
 * /forget erases the person, not just their index (Node server, real Redis,
 * fake Bot API): after it, a dump of every key and value holds none of the
 * resident's Telegram id, chat id, name or phone — not in items they owned
 * (one with consent) or followed (merged), not in profiles, sessions, the
 * outbox or rate-limit keys — and a message to them that was still owed is
 * never sent.
 */
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContainer } from "../../api/container.js";
import { runSweep } from "../../api/cron.js";
import { parseConfig } from "../../api/env.js";
import { parseItem } from "../../handlers/items/model.js";
import { RESIDENT_TOKEN, testEnv } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, messageUpdate, textUpdate } from "../support/updates.js";

let stack: NodeStack;
let redis: Redis;
beforeAll(async () => {
  stack = await startNodeStack();
  redis = new Redis({ url: stack.upstash.url, token: stack.upstash.token, automaticDeserialization: false });
});
afterAll(async () => stack?.stop());

const ID = 7730019;
const NAME = "Xiaoyezhang";
const HAN_NAME = "张晓烨";
const PHONE = "13912345678";
const person = { id: ID, first_name: NAME, language_code: "zh-hans" };
const admin = { id: 900001, first_name: "Admin", language_code: "en" };

/** Every key under the app's prefix with its whole value, as text. */
async function dump(): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const key of await redis.keys("*")) {
    const type = await redis.type(key);
    let value: unknown;
    if (type === "string") value = await redis.get(key);
    else if (type === "hash") value = await redis.hgetall(key);
    else if (type === "set") value = await redis.smembers(key);
    else if (type === "zset") value = await redis.zrange(key, 0, -1, { withScores: true });
    else if (type === "list") value = await redis.lrange(key, 0, -1);
    out.push([key, JSON.stringify(value)]);
  }
  return out;
}
const mentions = (text: string) => new RegExp(`(^|\\D)${ID}(\\D|$)`).test(text) || text.includes(NAME) || text.includes(HAN_NAME) || text.includes(PHONE) || text.includes("139 1234 5678");

describe("/forget", () => {
  it("leaves no id, chat id, name or phone of the resident in any key or value, and sends nothing owed to them afterwards", async () => {
    const say = async (update: unknown) => expect((await stack.post("resident", update)).status).toBe(200);
    await say(textUpdate(person, "/start"));
    // The resident shares their own contact: it lands in their profile.
    await say(messageUpdate(person, { contact: { phone_number: PHONE, first_name: "晓烨", last_name: "张", user_id: ID } }));

    // Items: one with consent (contact kept for deputies), its words naming the person; one anonymous;
    // one of theirs merged into another resident's item, so they follow that one.
    const byMe = { role: "resident" as const, id: ID };
    const withConsent = makeItem({
      id: "KXKXKA",
      residentId: ID,
      residentChatId: ID,
      residentName: NAME,
      contact: { name: HAN_NAME, phone: PHONE },
      contactConsent: true,
      text: `我叫${HAN_NAME}，电话139 1234 5678，凤鸣镇老街的路灯坏了`,
      thread: [{ at: 1, from: "deputy", kind: "question", text: "哪一段？", byId: 900002 }, { at: 2, from: "resident", kind: "reply", text: `老街东段，${NAME}`, byId: ID }],
      history: [{ at: 0, by: byMe, action: "submitted", to: "new" }],
    });
    const anonymous = makeItem({ id: "KXKXKC", residentId: ID, residentChatId: ID, history: [{ at: 0, by: byMe, action: "submitted", to: "new" }] });
    const mine = makeItem({ id: "KXKXKD", residentId: ID, residentChatId: ID, history: [{ at: 0, by: byMe, action: "submitted", to: "new" }] });
    const theirs = makeItem({ id: "KXKXKE", residentId: 7730020, residentChatId: 7730020 });
    for (const item of [withConsent, anonymous, mine, theirs]) expect(await stack.items.write([{ kind: "create", item, queueScore: 1 }])).toEqual({ ok: true });
    expect((await stack.post("staff", textUpdate(admin, `/merge ${mine.id} ${theirs.id}`))).status).toBe(200);
    const merged = parseItem((await stack.items.get(theirs.id))!.item)!;
    expect(merged.followers?.map((f) => f.residentId)).toContain(ID);

    // A staff message to the resident that Telegram refuses for now: owed in the outbox, with the phone in it.
    stack.telegram.fail({ method: "sendMessage", chatId: ID, status: 500, times: 2 });
    expect((await stack.post("staff", textUpdate(admin, `/reply ${withConsent.id} 我们会打 ${PHONE} 联系您`))).status).toBe(200);
    expect((await dump()).some(([, v]) => v.includes(PHONE) && v.includes("联系您"))).toBe(true);

    await say(textUpdate(person, "/forget"));
    await say(callbackUpdate(person, "1f:y"));
    const sentBefore = stack.telegram.sent({ chatId: ID, token: RESIDENT_TOKEN }).length;
    expect(String(stack.telegram.sent({ chatId: ID, token: RESIDENT_TOKEN }).at(-1)!.params.text)).toMatch(/删除|清除|忘记/);

    // The sweep runs: the owed message to the forgotten resident is not sent.
    await runSweep(createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url }))), Date.now() + 3600_000);
    expect(stack.telegram.sent({ chatId: ID, token: RESIDENT_TOKEN })).toHaveLength(sentBefore);

    const leaks = (await dump()).filter(([k, v]) => mentions(k) || mentions(v));
    expect(leaks).toEqual([]);

    // The matters stay for the county: the items exist, readable, with the deputies' side of the thread.
    const kept = parseItem((await stack.items.get(withConsent.id))!.item)!;
    expect(kept.text).toContain("凤鸣镇老街的路灯坏了");
    expect(kept.thread.map((t) => t.from)).toEqual(["deputy", "resident", "staff"]);
    expect(kept.contactConsent).toBe(false);
  });
});
