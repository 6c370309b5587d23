/**
 * End to end against telegram-test-api, a third-party Bot API emulator: the
 * resident is its client, the bots talk to it through TELEGRAM_API_ROOT, and
 * a relay hands the emulator's updates to our webhook with the secret header
 * (the emulator's own webhook push does not send Telegram's secret).
 */
import TelegramServer from "telegram-test-api";
import type { TelegramClient } from "telegram-test-api/lib/modules/telegramClient.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../api/env.js";
import { startNodeServer } from "../../api/node.js";
import { RESIDENT_TOKEN, TEST_API_TOKEN, TEST_SECRET, testEnv } from "../support/env.js";
import { startTestUpstash, type TestUpstash } from "../support/upstash.js";

/** Fixed port: the emulator cannot take port 0. Unique to this file. */
const EMULATOR_PORT = 19_317;

let emulator: InstanceType<typeof TelegramServer>;
let upstash: TestUpstash;
let app: { port: number; close(): Promise<void> };

beforeAll(async () => {
  emulator = new TelegramServer({ port: EMULATOR_PORT, host: "127.0.0.1", storeTimeout: 600 });
  await emulator.start();
  upstash = await startTestUpstash();
  const config = parseConfig(testEnv({ upstashUrl: upstash.url, upstashToken: upstash.token, telegramUrl: emulator.config.apiURL }));
  app = await startNodeServer(config, 0, "127.0.0.1");
});
afterAll(async () => {
  await app?.close();
  await emulator?.stop();
  await upstash?.stop();
});

/** Relays every pending update of the resident bot to our webhook, as Telegram would. */
async function relay(): Promise<void> {
  for (const update of emulator.getUpdates(RESIDENT_TOKEN)) {
    const res = await fetch(`http://127.0.0.1:${app.port}/telegram/resident`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TEST_SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(200);
  }
}

interface BotMessage {
  message: { text: string; reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; keyboard?: Array<Array<{ text: string }>> } };
  messageId: number;
}

/** Sends as the resident, relays, and returns what the bot answered. */
async function exchange(client: TelegramClient, send: () => Promise<unknown>): Promise<BotMessage[]> {
  await send();
  await relay();
  return ((await client.getUpdates()).result as unknown as BotMessage[]).map((u) => ({ ...u, message: { ...u.message, reply_markup: typeof u.message.reply_markup === "string" ? JSON.parse(u.message.reply_markup) : u.message.reply_markup } }));
}

/** Presses a button and returns the message that carried it as it is now (Submit edits the read-back into the confirmation). */
async function pressEdited(client: TelegramClient, chatId: number, card: BotMessage, data: string): Promise<BotMessage> {
  await client.sendCallback(client.makeCallbackQuery(data, { message: { message_id: card.messageId }, from: { language_code: "zh-hans" } } as never));
  await relay();
  const stored = emulator.storage.botMessages.find((u) => String(u.messageId) === String(card.messageId) && String(u.message.chat_id) === String(chatId));
  expect(stored, "the pressed message").toBeDefined();
  const message = stored!.message as unknown as BotMessage["message"];
  return { ...card, message: { ...message, reply_markup: typeof message.reply_markup === "string" ? JSON.parse(message.reply_markup) : message.reply_markup } };
}

const texts = (ms: BotMessage[]) => ms.map((m) => m.message.text).join("\n---\n");

function resident(userId: number): TelegramClient {
  return emulator.getClient(RESIDENT_TOKEN, { userId, chatId: userId, firstName: "王芳", userName: `resident${userId}`, timeout: 2000 });
}
const zh = { from: { language_code: "zh-hans" } } as never;

describe("resident bot against telegram-test-api", () => {
  it("happy path: free text, skip, anonymous, submit — one item in the API", async () => {
    const client = resident(41001);
    let got = await exchange(client, () => client.sendCommand(client.makeCommand("/start", zh)));
    expect(texts(got)).toMatch(/群众的意见和建议/);

    got = await exchange(client, () => client.sendMessage(client.makeMessage("凤鸣镇到县城的公交车太少了，希望增加班次。", zh)));
    const skip = got.at(-1)!.message.reply_markup!.keyboard![1]![0]!.text;
    expect(skip).toBe("跳过");

    got = await exchange(client, () => client.sendMessage(client.makeMessage(skip, zh)));
    const anonymous = got.at(-1)!.message.reply_markup!.keyboard![1]![0]!.text;
    expect(anonymous).toBe("匿名提交");

    got = await exchange(client, () => client.sendMessage(client.makeMessage(anonymous, zh)));
    const card = got.at(-1)!;
    expect(card.message.text).toMatch(/提交前请核对/);
    const submit = card.message.reply_markup!.inline_keyboard![0]![0]!;
    expect(submit.text).toMatch(/提交/);

    // The read-back itself becomes the confirmation: its text is edited, its buttons are gone.
    const confirmed = await pressEdited(client, 41001, card, submit.callback_data);
    expect(confirmed.message.text).toMatch(/提交成功/);
    expect(confirmed.message.reply_markup?.inline_keyboard ?? []).toEqual([]);
    const code = /<code>([A-Z0-9]{6})<\/code>/.exec(confirmed.message.text)?.[1];
    expect(code).toBeDefined();

    const res = await fetch(`http://127.0.0.1:${app.port}/api/v1/items/${code}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: code, status: "new", place: "fengming", target: "deputy-fengming" });
  });

  it("/forget after a confirm erases the resident and anonymises their items", async () => {
    const client = resident(41002);
    let got = await exchange(client, () => client.sendMessage(client.makeMessage("人和街道的垃圾站太臭了，夏天苍蝇很多", zh)));
    got = await exchange(client, () => client.sendMessage(client.makeMessage("跳过", zh)));
    got = await exchange(client, () => client.sendMessage(client.makeMessage("匿名提交", zh)));
    const card = got.at(-1)!;
    const confirmed = await pressEdited(client, 41002, card, card.message.reply_markup!.inline_keyboard![0]![0]!.callback_data);
    const code = /<code>([A-Z0-9]{6})<\/code>/.exec(confirmed.message.text)![1]!;

    got = await exchange(client, () => client.sendCommand(client.makeCommand("/forget", zh)));
    const confirm = got.at(-1)!;
    expect(confirm.message.text).toMatch(/确定吗/);
    const yes = confirm.message.reply_markup!.inline_keyboard![0]![0]!;
    got = await exchange(client, () => client.sendCallback(client.makeCallbackQuery(yes.callback_data, { message: { message_id: confirm.messageId } } as never)));
    expect(texts(got)).toMatch(/个人信息已删除，1 条意见已转为匿名/);

    // The item is still there for the county, without anything that points at the resident.
    const redisKeys = await fetch(`${upstash.url}/keys/*41002*`, { headers: { authorization: `Bearer ${upstash.token}` } }).then((r) => r.json() as Promise<{ result: string[] }>);
    expect(redisKeys.result.filter((k) => !k.includes(":rl:"))).toEqual([]);
    const item = await fetch(`http://127.0.0.1:${app.port}/api/v1/items/${code}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } }).then((r) => r.json() as Promise<{ history: Array<{ action: string }> }>);
    expect(item.history.map((h) => h.action)).toEqual(["submitted", "anonymised"]);

    // /my now knows nothing about them.
    got = await exchange(client, () => client.sendCommand(client.makeCommand("/my", zh)));
    expect(texts(got)).toMatch(/还没有提交过意见/);
  });
});
