import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { awayFromMinuteBoundary } from "../support/clock.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, textUpdate, type Person } from "../support/updates.js";

let stack: NodeStack;
beforeAll(async () => {
  stack = await startNodeStack({ RATE_MESSAGES_PER_MINUTE: "10", RATE_ITEMS_PER_DAY: "1" });
});
afterAll(async () => stack?.stop());

async function say(person: Person, update: unknown): Promise<RecordedCall[]> {
  const before = stack.telegram.calls.length;
  expect((await stack.post("resident", update)).status).toBe(200);
  // Messages, and the read-back edited into the confirmation.
  return stack.telegram.calls.slice(before).filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.params.chat_id) === person.id);
}
type Markup = { inline_keyboard?: Array<Array<{ callback_data: string }>>; keyboard?: Array<Array<{ text: string }>> };
const markup = (c: RecordedCall | undefined) => (c?.params.reply_markup ?? {}) as Markup;

describe("per-resident rate limits", () => {
  it("a flood gets one kind warning, then silence, and nothing is stored from the flood", async () => {
    // A flood straddling a clock minute may rightly get one more message through: start it well inside one.
    await awayFromMinuteBoundary();
    const person = { id: 51001, first_name: "A", language_code: "en" };
    const answered: number[] = [];
    for (let i = 0; i < 13; i++) answered.push((await say(person, textUpdate(person, `The bus in Fengming is late again, day ${i}`))).length);
    // 10 handled turns, one warning, then nothing.
    expect(answered.slice(0, 10).every((n) => n >= 1)).toBe(true);
    expect(answered[10]).toBe(1);
    expect(answered.slice(11)).toEqual([0, 0]);
    const warning = stack.telegram.sent({ chatId: person.id }).at(-1)!;
    expect(String(warning.params.text)).toMatch(/very quickly/);
    // Still over the limit: /help and /cancel are answered all the same.
    expect(String((await say(person, textUpdate(person, "/help"))).at(-1)?.params.text)).toMatch(/\S/);
    expect(String((await say(person, textUpdate(person, "/cancel"))).at(-1)?.params.text)).toMatch(/discarded/);
  }, 60_000);

  it("a second item on the same day is refused and the draft is kept", async () => {
    const person = { id: 51002, first_name: "B", language_code: "en" };
    const submitOne = async (text: string) => {
      let got = await say(person, textUpdate(person, text));
      got = await say(person, textUpdate(person, markup(got.at(-1)).keyboard![1]![0]!.text));
      got = await say(person, textUpdate(person, markup(got.at(-1)).keyboard![1]![0]!.text));
      return say(person, callbackUpdate(person, markup(got.at(-1)).inline_keyboard![0]![0]!.callback_data));
    };
    expect(String((await submitOne("Street lights broken in Renhe"))[0]!.params.text)).toMatch(/Submitted/);
    const second = await submitOne("Garbage not collected in Renhe");
    expect(String(second[0]!.params.text)).toMatch(/most items allowed for today/);
  });
});

describe("bounded inputs at entry", () => {
  it("a 1 MB first name and a 100 KB phone are clipped where they enter: the profile stays small and every reply fits Telegram", async () => {
    const person = { id: 51003, first_name: "名".repeat(1_000_000), language_code: "zh-hans" };
    const replies = await say(person, textUpdate(person, "/start"));
    const contact = { update_id: 88_000_001, message: { message_id: 1, date: 0, chat: { id: person.id, type: "private" }, from: { is_bot: false, ...person }, contact: { phone_number: "1".repeat(100_000), first_name: "王".repeat(300_000), user_id: person.id } } };
    replies.push(...(await say(person, contact)));
    replies.push(...(await say(person, textUpdate(person, "/privacy"))));
    for (const r of replies) expect(String(r.params.text).length).toBeLessThanOrEqual(4096);
    const redis = new Redis({ url: stack.upstash.url, token: stack.upstash.token, automaticDeserialization: false });
    const profile = await redis.hget<string>(`yy:prof:resident:${person.id}`, "s");
    expect(profile).toBeTruthy();
    expect(profile!.length).toBeLessThan(1_000);
    expect(JSON.parse(profile!)).toMatchObject({ firstName: "名".repeat(200), contact: { phone: "1".repeat(40), name: "王".repeat(200) } });
  });
});
