import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import worker from "../../api/worker.js";
import { createUpstashItemRepository } from "../../api/store/item-repo.js";
import { createRedis } from "../../api/store/redis.js";
import { parseItem, queueScore, type Item } from "../../handlers/items/model.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, TEST_SECRET } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { dispatch, fetchSettled } from "./settled.js";

const bindings = env as unknown as Record<string, string>;
const telegram = bindings.TEST_TELEGRAM_URL!;
const repo = createUpstashItemRepository(createRedis({ url: bindings.UPSTASH_REDIS_REST_URL!, token: bindings.UPSTASH_REDIS_REST_TOKEN! }), "yy:");

interface Call { token: string; method: string; params: Record<string, unknown> }
const calls = async (): Promise<Call[]> => (await (await fetch(`${telegram}/__calls`)).json()) as Call[];
const toChat = async (token: string, chatId: number) => (await calls()).filter((c) => c.token === token && Number(c.params.chat_id) === chatId && c.method !== "answerCallbackQuery");
const text = (cs: Call[]) => cs.map((c) => String(c.params.text ?? c.params.caption ?? "")).join("\n");
const buttons = (cs: Call[]) => cs.flatMap((c) => ((c.params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data: string }>> } | undefined)?.inline_keyboard ?? []).flat()).map((b) => b.callback_data);

let nextUpdateId = 7_000_000 + Math.floor(Math.random() * 1_000_000);
const from = (id: number) => ({ id, is_bot: false, first_name: "W", language_code: "en" });
const message = (userId: number, body: string) => ({
  update_id: nextUpdateId++,
  message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: "private" }, from: from(userId), text: body, ...(body.startsWith("/") && { entities: [{ type: "bot_command", offset: 0, length: body.split(" ")[0]!.length }] }) },
});
const press = (userId: number, data: string) => ({
  update_id: nextUpdateId++,
  callback_query: { id: String(nextUpdateId), from: from(userId), chat_instance: "ci", data, message: { message_id: 1, date: 0, chat: { id: userId, type: "private" }, text: "…" } },
});
const staffPost = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TEST_SECRET }, body: JSON.stringify(body) });
const post = (body: unknown) => fetchSettled("https://bots.example/telegram/staff", staffPost(body));

const ADMIN = 900001;
const STAFF = 910003;
const DEPUTY = 910002;
const OUTSIDER = 910009;

async function seed(over: Partial<Item>): Promise<Item> {
  const item = makeItem(over);
  expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
  return item;
}
async function stored(code: string): Promise<Item> {
  const got = await repo.get(code);
  return parseItem(got?.item)!;
}

describe("the staff bot inside workerd", () => {
  beforeEach(async () => {
    await fetch(`${telegram}/__reset`, { method: "POST" });
  });

  it("/grant, /queue, /forward, a forged button refused, a real one accepted, /export as a document", async () => {
    expect((await post(message(ADMIN, `/grant ${STAFF} staff`))).status).toBe(200);
    expect((await post(message(ADMIN, `/grant ${DEPUTY} deputy deputy-bayang`))).status).toBe(200);
    expect(text(await toChat(STAFF_TOKEN, ADMIN))).toMatch(new RegExp(`${STAFF} is now staff[\\s\\S]*${DEPUTY} is now a deputy`));

    const item = await seed({ id: "WKAAAA", target: "deputy-bayang", place: "bayang", residentId: 610001, residentChatId: 610001, locale: "en", createdAt: Date.now() - 1000 });
    await post(message(STAFF, "/queue"));
    expect(text(await toChat(STAFF_TOKEN, STAFF))).toContain(item.id);

    await post(message(STAFF, `/forward ${item.id}`));
    const card = await toChat(STAFF_TOKEN, DEPUTY);
    expect(text(card)).toContain(item.text);
    expect(text(await toChat(RESIDENT_TOKEN, 610001))).toMatch(/passed to/);
    const accept = buttons(card).find((b) => b.startsWith("1a:"))!;
    expect(accept).toMatch(/^1a:WKAAAA:\d+$/);

    // Forged: someone with no role, a wrong stage, garbage. Nothing changes.
    const rev = (await stored(item.id)).rev;
    await post(press(OUTSIDER, accept));
    await post(press(DEPUTY, accept.replace(/\d+$/, "99")));
    await post(press(DEPUTY, "d:a:WKAAAA"));
    expect(text(await toChat(STAFF_TOKEN, OUTSIDER))).toMatch(/staff and deputies only/);
    // Refusals on buttons are toasts (answerCallbackQuery), never new messages.
    const toasts = (await calls()).filter((c) => c.token === STAFF_TOKEN && c.method === "answerCallbackQuery").map((c) => String(c.params.text)).join("\n");
    expect(toasts).toMatch(/has changed since[\s\S]*not valid/);
    expect((await stored(item.id)).rev).toBe(rev);

    await post(press(DEPUTY, accept));
    expect((await stored(item.id)).status).toBe("accepted");
    expect(text(await toChat(RESIDENT_TOKEN, 610001))).toMatch(/has taken up your item/);

    await post(message(STAFF, "/export"));
    const doc = (await toChat(STAFF_TOKEN, STAFF)).find((c) => c.method === "sendDocument");
    expect(doc).toBeDefined();
    const file = doc!.params.document as { filename: string; content: string };
    expect(file.filename).toMatch(/^items-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.content.startsWith("\uFEFFid,")).toBe(true);
    expect(file.content).toContain("WKAAAA,accepted,");
  });

  it("answers the deputy who pressed before the resident's notice goes out, which follows after the response (waitUntil)", async () => {
    await fetchSettled("https://bots.example/telegram/staff", staffPost(message(ADMIN, `/grant ${STAFF} staff`)));
    await fetchSettled("https://bots.example/telegram/staff", staffPost(message(ADMIN, `/grant ${DEPUTY} deputy deputy-bayang`)));
    const item = await seed({ id: "WKDDDD", target: "deputy-bayang", place: "bayang", residentId: 610003, residentChatId: 610003, locale: "en", createdAt: Date.now() - 1000 });
    await post(message(STAFF, `/forward ${item.id}`));
    const accept = buttons(await toChat(STAFF_TOKEN, DEPUTY)).find((b) => b.startsWith("1a:"))!;
    await fetch(`${telegram}/__reset`, { method: "POST" });

    // The resident's chat answers only when released: the deputy's request must not wait for it.
    await fetch(`${telegram}/__fail`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ status: "hold", chatId: 610003, times: 1 }) });
    const pressing = dispatch("https://bots.example/telegram/staff", staffPost(press(DEPUTY, accept)));
    expect((await pressing.response).status).toBe(200);
    const atResponse = await calls();
    const deputyCalls = atResponse.filter((c) => c.token === STAFF_TOKEN && Number(c.params.chat_id ?? DEPUTY) === DEPUTY).map((c) => c.method);
    expect(deputyCalls).toEqual(["answerCallbackQuery", "editMessageText"]);
    // The deputy was answered while the resident's notice was still on its way or held: the request neither
    // waited for it (it would have been answered) nor gave up on it (abandoned after the Bot API timeout).
    const residentAtResponse = atResponse.filter((c) => c.token === RESIDENT_TOKEN).map((c) => c.method);
    expect(residentAtResponse.filter((m) => m !== "sendMessage!held")).toEqual([]);
    // The deferred delivery reaches Telegram (and is held there) after the response.
    for (let i = 0; i < 200 && !(await calls()).some((c) => c.token === RESIDENT_TOKEN && c.method === "sendMessage!held"); i++) await new Promise((r) => setTimeout(r, 25));
    expect((await calls()).filter((c) => c.token === RESIDENT_TOKEN).map((c) => c.method)).toEqual(["sendMessage!held"]);
    expect((await stored(item.id)).status).toBe("accepted");

    await fetch(`${telegram}/__release`, { method: "POST" });
    await pressing.settled();
    expect(text((await toChat(RESIDENT_TOKEN, 610003)).filter((c) => c.method === "sendMessage"))).toMatch(/has taken up your item/);
  });

  it("the scheduled handler reports stale items to staff once", async () => {
    const old = Date.now() - 48 * 3600_000;
    await seed({ id: "WKCCCC", target: "deputy-bayang", createdAt: old, updatedAt: old, history: [{ at: old, by: { role: "resident", id: 610002 }, action: "submitted", to: "new" }] });
    const run = async () => {
      const ctx = createExecutionContext();
      worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), env as unknown as Record<string, unknown>, ctx);
      await waitOnExecutionContext(ctx);
    };
    await run();
    const report = text(await toChat(STAFF_TOKEN, STAFF));
    expect(report).toMatch(/Waiting too long/);
    expect(report).toContain("WKCCCC");
    expect((await stored("WKCCCC")).staleNotified.new).toBeGreaterThan(0);
    await fetch(`${telegram}/__reset`, { method: "POST" });
    await run();
    expect(text(await toChat(STAFF_TOKEN, STAFF))).not.toContain("WKCCCC");
  });
});
