/**
 * The Telegram emulator on its own: a tiny webhook stands in for the app, so
 * each Bot API behaviour is checked directly (the browser and demo tests
 * cover it with the real bots).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../../dev/playground/telegram-html.js";
import { startTelegramEmulator, type TelegramEmulator } from "../../dev/telegram-emulator.js";

const BOT = { name: "resident", token: "111:abc", info: { id: 111, first_name: "Voice", username: "voice_bot" } };
const OTHER = { name: "staff", token: "222:def", info: { id: 222, first_name: "Desk", username: "desk_bot" } };
const ann = { id: 501, first_name: "Ann", language_code: "en", phone_number: "+86 137 0000 0000" };

let emulator: TelegramEmulator;
let hook: Server;
let hookUrl = "";
const received: Array<{ headers: Record<string, unknown>; body: Record<string, unknown> }> = [];
/** What the fake bot does with each update; default: answer 200 and nothing else. */
let behaviour: (update: Record<string, unknown>) => Promise<number> = async () => 200;

const call = async (method: string, params: Record<string, unknown>, token = BOT.token) => {
  const res = await fetch(`${emulator.url}/bot${token}/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(params) });
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: Record<string, unknown>; description?: string } };
};

beforeAll(async () => {
  emulator = await startTelegramEmulator({ bots: [BOT, OTHER], retries: 2, retryDelayMs: 20, samplePhoto: { bytes: Buffer.from("<svg/>"), mime: "image/svg+xml", width: 640, height: 480 } });
  hook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      received.push({ headers: req.headers, body });
      void behaviour(body).then((status) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status < 300 })));
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/telegram/resident`;
  expect((await call("setWebhook", { url: hookUrl, secret_token: "s3cret-token_x", allowed_updates: ["message", "callback_query"] })).body.ok).toBe(true);
});
afterAll(async () => {
  await emulator?.close();
  await new Promise<void>((r) => hook.close(() => r()));
});
beforeEach(() => {
  received.length = 0;
  behaviour = async () => 200;
});

describe("Telegram emulator", () => {
  it("delivers user messages to the webhook with the secret header and increasing update_ids", async () => {
    const a = await emulator.sendText("resident", ann, "/start");
    const b = await emulator.sendText("resident", ann, "hello");
    expect(a.delivery).toMatchObject({ ok: true, status: 200, attempts: 1 });
    expect(b.update_id).toBe(a.update_id + 1);
    expect(received.map((r) => r.headers["x-telegram-bot-api-secret-token"])).toEqual(["s3cret-token_x", "s3cret-token_x"]);
    const first = received[0]!.body as { message: { text: string; entities: unknown[]; from: { id: number; language_code: string }; chat: { id: number; type: string } } };
    expect(first.message).toMatchObject({ text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }], from: { id: 501, language_code: "en" }, chat: { id: 501, type: "private" } });
    expect(emulator.webhook("resident")).toMatchObject({ url: hookUrl, allowed_updates: ["message", "callback_query"] });
  });

  it("numbers messages per chat, both sides, and parses HTML into entities like Telegram", async () => {
    behaviour = async (u) => {
      const chat = (u.message as { chat: { id: number } }).chat.id;
      await call("sendMessage", { chat_id: chat, text: "<b>Hi</b> &lt;you&gt; <code>AB12CD</code> <a href=\"https://example.org\">link</a>", parse_mode: "HTML" });
      return 200;
    };
    const bo = { id: 502, first_name: "Bo" };
    const r = await emulator.sendText("resident", bo, "hi");
    expect(r.message?.message_id).toBe(1);
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]).toMatchObject({ message_id: 2, side: "bot", text: "Hi <you> AB12CD link" });
    expect(r.replies[0]!.entities).toEqual([
      { type: "bold", offset: 0, length: 2 },
      { type: "code", offset: 9, length: 6 },
      { type: "text_link", offset: 16, length: 4, url: "https://example.org" },
    ]);
    expect(emulator.chat("resident", 502).messages.map((m) => m.message_id)).toEqual([1, 2]);
  });

  it("refuses what Telegram refuses: unsupported tags, empty text, long callback data, unknown tokens and methods", async () => {
    expect(await call("sendMessage", { chat_id: 501, text: "<div>x</div>", parse_mode: "HTML" })).toEqual({ status: 400, body: { ok: false, error_code: 400, description: expect.stringMatching(/^Bad Request: can't parse entities: Unsupported start tag "div"/) } });
    expect((await call("sendMessage", { chat_id: 501, text: "<b>open", parse_mode: "HTML" })).status).toBe(400);
    expect((await call("sendMessage", { chat_id: 501, text: "   " })).body.description).toBe("Bad Request: message text is empty");
    expect((await call("sendMessage", { chat_id: 501, text: "x", reply_markup: { inline_keyboard: [[{ text: "b", callback_data: "x".repeat(65) }]] } })).body.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect((await call("sendMessage", { chat_id: 501, text: "x" }, "999:nope")).status).toBe(401);
    expect((await call("frobnicate", {})).status).toBe(404);
    expect(() => parseTelegramHtml("<span class=\"x\">a</span>")).toThrow(/Unsupported start tag "span"/);
    expect(parseTelegramHtml("<pre><code class=\"language-ts\">let a;</code></pre> &#x4e91;")).toEqual({ text: "let a; 云", entities: [{ type: "pre", offset: 0, length: 6, language: "ts" }] });
  });

  it("button presses carry the message; answerCallbackQuery works once; edits and deletes change the history", async () => {
    const sent = await call("sendMessage", { chat_id: 501, text: "Pick", reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "y:1" }, { text: "No", callback_data: "n:1" }]] } });
    const messageId = sent.body.result!.message_id as number;
    let queryId = "";
    behaviour = async (u) => {
      const q = u.callback_query as { id: string; data: string; message: { message_id: number; reply_markup: unknown } };
      queryId = q.id;
      expect(q.message.message_id).toBe(messageId);
      expect(q.data).toBe("y:1");
      expect((await call("answerCallbackQuery", { callback_query_id: q.id, text: "Noted" })).body.ok).toBe(true);
      await call("editMessageText", { chat_id: 501, message_id: messageId, text: "Picked <b>yes</b>", parse_mode: "HTML" });
      return 200;
    };
    const pressed = await emulator.pressButton("resident", ann, messageId, "y:1");
    expect(pressed.answer).toEqual({ text: "Noted" });
    expect((await call("answerCallbackQuery", { callback_query_id: queryId })).body.description).toMatch(/query is too old/);
    const edited = emulator.chat("resident", 501).messages.find((m) => m.message_id === messageId)!;
    expect(edited).toMatchObject({ text: "Picked yes", entities: [{ type: "bold", offset: 7, length: 3 }] });
    expect(edited.reply_markup).toBeUndefined(); // editMessageText without reply_markup drops the keyboard
    expect(edited.edit_date).toBeGreaterThan(0);
    await expect(emulator.pressButton("resident", ann, messageId, "y:1")).rejects.toThrow(/no button/);
    expect((await call("editMessageText", { chat_id: 501, message_id: messageId, text: "Picked <b>yes</b>", parse_mode: "HTML" })).body.description).toMatch(/message is not modified/);
    expect((await call("deleteMessage", { chat_id: 501, message_id: messageId })).body.ok).toBe(true);
    expect(emulator.chat("resident", 501).messages.some((m) => m.message_id === messageId)).toBe(false);
  });

  it("reply keyboards: request_contact shares the user's own contact, request_location the given pin, one-time keyboards hide", async () => {
    await call("sendMessage", { chat_id: 503, text: "Contact?", reply_markup: { keyboard: [[{ text: "Share", request_contact: true }], [{ text: "Skip" }]], one_time_keyboard: true } });
    const carl = { id: 503, first_name: "Carl", phone_number: "+86 139 1111 2222" };
    expect(emulator.chat("resident", 503).keyboard?.keyboard.flat().map((b) => b.text)).toEqual(["Share", "Skip"]);
    await emulator.pressKeyboardButton("resident", carl, "Share");
    expect((received.at(-1)!.body.message as { contact: unknown }).contact).toEqual({ phone_number: "+86 139 1111 2222", first_name: "Carl", user_id: 503 });
    expect(emulator.chat("resident", 503).keyboard).toBeNull();
    await call("sendMessage", { chat_id: 503, text: "Where?", reply_markup: { keyboard: [[{ text: "Pin", request_location: true }]], resize_keyboard: true } });
    await emulator.pressKeyboardButton("resident", carl, "Pin", { latitude: 30.93, longitude: 108.7 });
    expect((received.at(-1)!.body.message as { location: unknown }).location).toEqual({ latitude: 30.93, longitude: 108.7 });
    await call("sendMessage", { chat_id: 503, text: "Done", reply_markup: { remove_keyboard: true } });
    expect(emulator.chat("resident", 503).keyboard).toBeNull();
  });

  it("photos and documents: stored, re-sendable by file_id, downloadable through getFile, binary-safe", async () => {
    const r = await emulator.sendPhoto("resident", ann, { caption: "lamp" });
    const photo = (received.at(-1)!.body.message as { photo: Array<{ file_id: string; width: number }> }).photo;
    expect(photo.at(-1)!.width).toBe(640);
    expect(r.message?.caption).toBe("lamp");
    const fileId = photo.at(-1)!.file_id;
    const resent = await call("sendPhoto", { chat_id: 900, photo: fileId, caption: "<i>from a resident</i>", parse_mode: "HTML" }, OTHER.token);
    expect((resent.body.result!.photo as Array<{ file_id: string }>).at(-1)!.file_id).toBe(fileId);
    expect((await call("sendPhoto", { chat_id: 900, photo: "AgACnope" })).body.description).toMatch(/wrong file identifier/);

    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0d, 0x0a, 0x00, 0xff, 0xe4, 0xba, 0x91]);
    const form = new FormData();
    form.append("chat_id", "900");
    form.append("caption", "export");
    form.append("document", new Blob([bytes], { type: "text/csv" }), "items.csv");
    const doc = (await (await fetch(`${emulator.url}/bot${OTHER.token}/sendDocument`, { method: "POST", body: form })).json()) as { result: { document: { file_id: string; file_name: string; file_size: number } } };
    expect(doc.result.document).toMatchObject({ file_name: "items.csv", file_size: bytes.length });
    const info = await call("getFile", { file_id: doc.result.document.file_id }, OTHER.token);
    const download = await fetch(`${emulator.url}/file/bot${OTHER.token}/${info.body.result!.file_path as string}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect(emulator.file(doc.result.document.file_id)?.bytes).toEqual(bytes);
  });

  it("retries a failing webhook like Telegram, then reports the failure as an event", async () => {
    let calls = 0;
    behaviour = async () => (++calls < 3 ? 500 : 200);
    const ok = await emulator.sendText("resident", ann, "retry me");
    expect(ok.delivery).toMatchObject({ ok: true, attempts: 3 });
    expect(new Set(received.map((r) => (r.body as { update_id: number }).update_id)).size).toBe(1);

    const events: string[] = [];
    const off = emulator.subscribe((e) => events.push(e.type));
    behaviour = async () => 503;
    const failed = await emulator.sendText("resident", ann, "never");
    off();
    expect(failed.delivery).toMatchObject({ ok: false, status: 503, attempts: 3 });
    expect(events).toEqual(["message", "delivery"]);
  });

  it("commands per language and getWebhookInfo", async () => {
    await call("setMyCommands", { commands: [{ command: "start", description: "开始" }], language_code: "zh" });
    await call("setMyCommands", { commands: [{ command: "start", description: "Start" }] });
    expect(emulator.commands("resident", "zh-hans")).toEqual([{ command: "start", description: "开始" }]);
    expect(emulator.commands("resident", "en")).toEqual([{ command: "start", description: "Start" }]);
    expect((await call("getWebhookInfo", {})).body.result).toMatchObject({ url: hookUrl, pending_update_count: 0 });
    expect((await call("setWebhook", { url: hookUrl, secret_token: "bad secret!" })).body.description).toMatch(/secret token/);
  });
});
