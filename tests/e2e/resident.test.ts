import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { RESIDENT_TOKEN, TEST_API_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, messageUpdate, textUpdate, type Person } from "../support/updates.js";

let stack: NodeStack;
beforeAll(async () => {
  stack = await startNodeStack();
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.telegram.reset());

const api = async (path: string) => {
  const res = await fetch(`${stack.url}/api/v1${path}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** Sends an update to the resident webhook and returns the bot's messages to that chat caused by it. */
async function say(person: Person, update: unknown): Promise<RecordedCall[]> {
  const before = stack.telegram.calls.length;
  const res = await stack.post("resident", update);
  expect(res.status).toBe(200);
  return stack.telegram.calls.slice(before).filter((c) => c.token === RESIDENT_TOKEN && Number(c.params.chat_id) === person.id && c.method !== "answerCallbackQuery");
}

const textOf = (calls: RecordedCall[]) => calls.map((c) => String(c.params.text ?? c.params.caption ?? "")).join("\n---\n");
type Markup = { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; keyboard?: Array<Array<{ text: string; request_contact?: boolean; request_location?: boolean }>> };
const markup = (call: RecordedCall | undefined) => (call?.params.reply_markup ?? {}) as Markup;
const keyboardText = (calls: RecordedCall[], index: number) => markup(calls.find((c) => markup(c).keyboard))?.keyboard?.[index]?.[0]?.text ?? "";
const inline = (calls: RecordedCall[], pattern: RegExp) => calls.flatMap((c) => markup(c).inline_keyboard?.flat() ?? []).find((b) => pattern.test(b.callback_data))!;

/** Walks one resident from first message to a submitted item; returns the code and every bot message. */
async function submitFlow(person: Person, first: string): Promise<{ code: string; transcript: RecordedCall[] }> {
  const transcript: RecordedCall[] = [];
  let calls = await say(person, textUpdate(person, first));
  transcript.push(...calls);
  expect(calls.at(-1)?.params.reply_markup).toBeDefined();
  // Optional attachment: skip via the reply keyboard's second button (its text comes back as a message).
  calls = await say(person, textUpdate(person, keyboardText(calls, 1)));
  transcript.push(...calls);
  // Contact: stay anonymous, again a reply-keyboard button.
  calls = await say(person, textUpdate(person, keyboardText(calls, 1)));
  transcript.push(...calls);
  const submit = inline(calls, /^1s:/);
  calls = await say(person, callbackUpdate(person, submit.callback_data));
  transcript.push(...calls);
  const code = /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(calls))?.[1];
  expect(code, textOf(calls)).toBeDefined();
  return { code: code!, transcript };
}

describe("resident intake end to end (Node server, real Redis, fake Bot API)", () => {
  it("a zh-CN resident's bus complaint becomes one new item for the Fengming deputies, visible in the API", async () => {
    const person = { id: 31001, first_name: "王", language_code: "zh-hans" };
    const { code, transcript } = await submitFlow(person, "凤鸣镇到县城的公交车太少了，希望增加班次。");
    expect(textOf(transcript)).toMatch(/提交前请核对/);
    expect(textOf(transcript)).toMatch(/凤鸣镇人大代表之家/);
    const list = await api("/items?status=new");
    const items = list.body.items as Array<Record<string, unknown>>;
    const mine = items.filter((i) => i.id === code);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: "new", place: "fengming", target: "deputy-fengming", category: "roads-transport", text: "凤鸣镇到县城的公交车太少了，希望增加班次。" });
    const one = await api(`/items/${code}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: code, contact: null });
    expect(JSON.stringify(one.body)).not.toContain("31001");
    expect((one.body.history as unknown[]).length).toBe(1);
  });

  it("an en and a zh-TW resident get every reply in their language", async () => {
    const en = await submitFlow({ id: 31002, first_name: "Ann", language_code: "en" }, "The street lights on Binjiang Road in Shuangjiang have been broken for a week.");
    const enText = textOf(en.transcript);
    expect(enText).toMatch(/Please check your item/);
    expect(enText).toMatch(/Submitted/);
    expect(enText).not.toMatch(/请|提交|您|核对/);
    const tw = await submitFlow({ id: 31003, first_name: "陳", language_code: "zh-hant" }, "雙江街道濱江路的路燈壞了一個星期，晚上很危險。");
    const twText = textOf(tw.transcript);
    expect(twText).toMatch(/送出前請核對/);
    expect(twText).toMatch(/送出成功/);
    expect(twText).not.toMatch(/提交前请核对|您的意见编号/);
  });

  it("resident HTML is escaped wherever it is shown", async () => {
    const person = { id: 31004, first_name: "<b>x</b>", language_code: "en" };
    const calls = await say(person, textUpdate(person, "<script>alert(1)</script> the bus in Fengming <b>never</b> comes & nobody cares"));
    const sent = textOf(calls);
    expect(sent).not.toContain("<script>");
    expect(sent).not.toContain("<b>never</b>");
    // Send the review card and check the resident's words are escaped there too.
    let next = await say(person, textUpdate(person, keyboardText(calls, 1)));
    next = await say(person, textUpdate(person, keyboardText(next, 1)));
    expect(textOf(next)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("the same submit delivered 5 times at once makes one item and one confirmation", async () => {
    const person = { id: 31005, first_name: "李", language_code: "zh-hans" };
    let calls = await say(person, textUpdate(person, "青龙街道北部新区的停车场收费太乱了"));
    calls = await say(person, textUpdate(person, keyboardText(calls, 1)));
    calls = await say(person, textUpdate(person, keyboardText(calls, 1)));
    const submit = callbackUpdate(person, inline(calls, /^1s:/).callback_data);
    const before = stack.telegram.calls.length;
    const statuses = await Promise.all(Array.from({ length: 5 }, () => stack.post("resident", submit).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    // The read-back is edited into the confirmation: one edit, no second message.
    const confirmations = stack.telegram.calls.slice(before).filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.params.chat_id) === person.id);
    expect(confirmations).toHaveLength(1);
    const list = await api("/items?limit=500");
    expect((list.body.items as Array<{ text: string }>).filter((i) => i.text === "青龙街道北部新区的停车场收费太乱了")).toHaveLength(1);
  });

  it("two different updates of one chat racing each other both land: no text is lost", async () => {
    const person = { id: 31006, first_name: "赵", language_code: "zh-hans" };
    await say(person, textUpdate(person, "巴阳镇的自来水这几天一直是浑的"));
    const raced = await Promise.all([stack.post("resident", textUpdate(person, "水龙头放出来是黄色的")), stack.post("resident", textUpdate(person, "已经持续三天了"))]);
    expect(raced.map((r) => r.status)).toEqual([200, 200]);
    // Both landed: walk on to the review card and read the text back.
    let step = await say(person, textUpdate(person, "跳过"));
    for (let i = 0; i < 4 && !textOf(step).includes("提交前请核对"); i++) step = await say(person, textUpdate(person, keyboardText(step, 1) || "匿名提交"));
    const review = textOf(step);
    expect(review).toContain("巴阳镇的自来水这几天一直是浑的");
    expect(review).toContain("水龙头放出来是黄色的");
    expect(review).toContain("已经持续三天了");
  });

  it("with storage down a message gets 5xx; the redelivery after recovery continues the conversation once", async () => {
    const person = { id: 31007, first_name: "周", language_code: "zh-hans" };
    await say(person, textUpdate(person, "盘龙街道菜市场门口的路灯坏了"));
    const update = textUpdate(person, "晚上经过很危险");
    stack.upstash.setOutage(true);
    const down = await stack.post("resident", update);
    stack.upstash.setOutage(false);
    expect(down.status).toBeGreaterThanOrEqual(500);
    const before = stack.telegram.calls.length;
    expect((await stack.post("resident", update)).status).toBe(200);
    expect((await stack.post("resident", update)).status).toBe(200);
    const replies = stack.telegram.calls.slice(before).filter((c) => Number(c.params.chat_id) === person.id);
    expect(replies.map((c) => String(c.params.text)).join()).toContain("已补充");
    expect(replies.filter((c) => String(c.params.text).includes("已补充"))).toHaveLength(1);
  });

  it("stickers, voice and huge texts get a clear answer", async () => {
    const person = { id: 31008, first_name: "E", language_code: "en" };
    expect(textOf(await say(person, messageUpdate(person, { sticker: { file_id: "s", file_unique_id: "u", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } })))).toMatch(/only read text/);
    expect(textOf(await say(person, messageUpdate(person, { voice: { file_id: "v", file_unique_id: "u", duration: 3 } })))).toMatch(/voice/);
    expect(textOf(await say(person, textUpdate(person, "x".repeat(4001))))).toMatch(/4,001 characters/);
  });

  it("one free-text turn costs at most 3 Redis round trips (read, commit with outbox, delivery record) and 9 commands", async () => {
    const person = { id: 31009, first_name: "F", language_code: "zh-hans" };
    await say(person, textUpdate(person, "人和街道的垃圾站太臭了")); // warm scripts
    stack.upstash.stats.reset();
    await say(person, textUpdate(person, "夏天尤其严重，苍蝇很多"));
    expect(stack.upstash.stats.requests).toBeLessThanOrEqual(3);
    expect(stack.upstash.stats.commands).toBeLessThanOrEqual(9);
  });
});
