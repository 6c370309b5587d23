import { env, SELF } from "cloudflare:test";
import { fetchSettled } from "./settled.js";
import { beforeEach, describe, expect, it } from "vitest";
import { RESIDENT_TOKEN, TEST_API_TOKEN, TEST_SECRET } from "../support/env.js";
import { callbackUpdate, messageUpdate, textUpdate, type Person } from "../support/updates.js";

const telegram = (env as unknown as Record<string, string>).TEST_TELEGRAM_URL!;
interface Call { token: string; method: string; params: Record<string, unknown> }
const calls = async (): Promise<Call[]> => (await (await fetch(`${telegram}/__calls`)).json()) as Call[];

const post = (body: unknown) =>
  fetchSettled("https://bots.example/telegram/resident", { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TEST_SECRET }, body: JSON.stringify(body) });

async function say(person: Person, update: unknown): Promise<Call[]> {
  const before = (await calls()).length;
  const res = await post(update);
  expect(res.status).toBe(200);
  return (await calls()).slice(before).filter((c) => c.token === RESIDENT_TOKEN && (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.params.chat_id) === person.id);
}
type Markup = { inline_keyboard?: Array<Array<{ callback_data: string }>>; keyboard?: Array<Array<{ text: string }>> };
const markup = (c: Call | undefined) => (c?.params.reply_markup ?? {}) as Markup;

describe("resident adapter inside workerd", () => {
  beforeEach(async () => {
    await fetch(`${telegram}/__reset`, { method: "POST" });
  });

  it("takes a resident from free text to a submitted item", async () => {
    const person = { id: 820001 + Math.floor(Math.random() * 1000), first_name: "Li", language_code: "en" };
    let got = await say(person, textUpdate(person, "The bus from Fengming to the county town only runs twice a day."));
    expect(String(got.at(-1)!.params.text)).toMatch(/photo or a location pin/);
    got = await say(person, textUpdate(person, markup(got.at(-1)).keyboard![1]![0]!.text));
    got = await say(person, textUpdate(person, markup(got.at(-1)).keyboard![1]![0]!.text));
    const card = got.at(-1)!;
    expect(String(card.params.text)).toMatch(/Fengming Town/);
    got = await say(person, callbackUpdate(person, markup(card).inline_keyboard![0]![0]!.callback_data));
    const code = /<code>([A-Z0-9]{6})<\/code>/.exec(String(got[0]!.params.text))![1];
    const res = await SELF.fetch(`https://bots.example/api/v1/items/${code}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
    expect(await res.json()).toMatchObject({ id: code, status: "new", place: "fengming", target: "deputy-fengming" });
  });

  it("answers stickers kindly and refuses a forged button", async () => {
    const person = { id: 821001 + Math.floor(Math.random() * 1000), first_name: "Wu", language_code: "zh-hant" };
    const sticker = await say(person, messageUpdate(person, { sticker: { file_id: "s", file_unique_id: "u", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }));
    expect(String(sticker[0]!.params.text)).toMatch(/只能讀取文字/);
    const before = (await calls()).length;
    const forged = await say(person, callbackUpdate(person, "1s:zzzz"));
    // A stale button answers on the button itself (a toast), not with a new message.
    expect(forged).toHaveLength(0);
    const answers = (await calls()).slice(before).filter((c) => c.method === "answerCallbackQuery");
    expect(answers.map((c) => String(c.params.text))).toEqual([expect.stringMatching(/已經失效/)]);
  });

  it("the API needs the bearer token", async () => {
    expect((await SELF.fetch("https://bots.example/api/v1/items")).status).toBe(401);
    expect((await SELF.fetch("https://bots.example/api/v1/items", { headers: { authorization: "Bearer nope" } })).status).toBe(401);
  });
});
