/**
 * The transactional outbox end to end (Node server, real Redis, fake Bot API):
 * a committed turn's messages go out once even when Telegram refuses them for
 * a while, picked up by the next update of the chat or the cron sweep, and
 * resumed where they stopped (nothing sent twice, nothing skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContainer } from "../../api/container.js";
import { runSweep } from "../../api/cron.js";
import { parseConfig } from "../../api/env.js";
import { createOutbox } from "../../api/outbox.js";
import { createTranslator } from "../../locales/index.js";
import { reply } from "../../handlers/replies.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, testEnv } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, textUpdate } from "../support/updates.js";

let stack: NodeStack;
beforeAll(async () => {
  stack = await startNodeStack({ BOT_API_TIMEOUT_MS: "400" });
});
afterAll(async () => stack?.stop());

const container = () => createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url }, { BOT_API_TIMEOUT_MS: "400" })));
const delivered = (chatId: number, token = RESIDENT_TOKEN) => stack.telegram.sent({ method: "sendMessage", chatId, token });

describe("messages Telegram refuses for now", () => {
  it("are kept with the commit and sent by the next sweep, once", async () => {
    const person = { id: 72001, first_name: "A", language_code: "en" };
    // Telegram answers 429 to the reply and to its in-line retry.
    stack.telegram.fail({ method: "sendMessage", chatId: person.id, status: 429, retryAfter: 1, times: 2 });
    expect((await stack.post("resident", textUpdate(person, "The bus from Fengming to the county town runs too rarely."))).status).toBe(200);
    expect(delivered(person.id)).toHaveLength(0);

    const c = container();
    // Telegram asked for a second's patience: a sweep within it leaves the message waiting.
    await runSweep(c, Date.now());
    expect(delivered(person.id)).toHaveLength(0);
    await runSweep(c, Date.now() + 1500);
    expect(delivered(person.id)).toHaveLength(1);
    expect(String(delivered(person.id)[0]!.params.text)).toMatch(/photo or a location pin/);
    // Nothing is left to send twice.
    await runSweep(c, Date.now() + 3000);
    expect(delivered(person.id)).toHaveLength(1);
  });

  it("the chat's next update delivers what its last turn still owed, first and once", async () => {
    const person = { id: 72002, first_name: "B", language_code: "en" };
    stack.telegram.fail({ method: "sendMessage", chatId: person.id, status: 500, times: 2 });
    expect((await stack.post("resident", textUpdate(person, "Street lights in Renhe are broken."))).status).toBe(200);
    expect(delivered(person.id)).toHaveLength(0);
    expect((await stack.post("resident", textUpdate(person, "/help"))).status).toBe(200);
    const texts = delivered(person.id).map((c) => String(c.params.text));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/photo or a location pin/);
    await runSweep(container(), Date.now() + 60_000);
    expect(delivered(person.id)).toHaveLength(2);
  });

  it("a refusal that will not change (the resident blocked the bot) is not retried", async () => {
    const person = { id: 72003, first_name: "C", language_code: "en" };
    stack.telegram.fail({ method: "sendMessage", chatId: person.id, status: 403, times: 1 });
    expect((await stack.post("resident", textUpdate(person, "Street lights in Renhe are broken."))).status).toBe(200);
    await runSweep(container(), Date.now() + 60_000);
    expect(delivered(person.id)).toHaveLength(0);
    expect(stack.telegram.calls.filter((c) => Number(c.params.chat_id) === person.id && c.method.startsWith("sendMessage"))).toHaveLength(1);
  });

  it("a /forward whose deputy card Telegram refuses: staff are answered at once, the card follows with the sweep, nothing twice", async () => {
    const admin = { id: 900001, first_name: "Admin", language_code: "en" };
    const deputy = { id: 72090, first_name: "Deputy", language_code: "en" };
    expect((await stack.post("staff", textUpdate(admin, `/grant ${deputy.id} deputy deputy-fengming`))).status).toBe(200);
    const item = makeItem({ id: "QXQXQX", residentId: 72004, residentChatId: 72004 });
    expect(await stack.items.write([{ kind: "create", item, queueScore: 1 }])).toEqual({ ok: true });
    const staffBefore = delivered(admin.id, STAFF_TOKEN).length;
    stack.telegram.fail({ method: "sendMessage", chatId: deputy.id, status: 502, times: 2 });
    expect((await stack.post("staff", textUpdate(admin, `/forward ${item.id}`))).status).toBe(200);
    expect(delivered(admin.id, STAFF_TOKEN).length).toBe(staffBefore + 1);
    expect(delivered(72004)).toHaveLength(1);
    expect(delivered(deputy.id, STAFF_TOKEN).filter((c) => String(c.params.text).includes(item.id))).toHaveLength(0);

    await runSweep(container(), Date.now() + 60_000);
    expect(delivered(deputy.id, STAFF_TOKEN).filter((c) => String(c.params.text).includes(item.id))).toHaveLength(1);
    expect(delivered(admin.id, STAFF_TOKEN).length).toBe(staffBefore + 1);
    expect(delivered(72004)).toHaveLength(1);
  });

  it("a card edit Telegram refuses for good (message too old or gone) arrives as a new message instead", async () => {
    const admin = { id: 900001, first_name: "Admin", language_code: "en" };
    const deputy = { id: 72091, first_name: "Deputy", language_code: "en" };
    expect((await stack.post("staff", textUpdate(admin, `/grant ${deputy.id} deputy deputy-fengming`))).status).toBe(200);
    const item = makeItem({ id: "QXQXQY", residentId: 72007, residentChatId: 72007 });
    expect(await stack.items.write([{ kind: "create", item, queueScore: 1 }])).toEqual({ ok: true });
    expect((await stack.post("staff", textUpdate(admin, `/forward ${item.id}`))).status).toBe(200);
    const card = delivered(deputy.id, STAFF_TOKEN).find((c) => String(c.params.text).includes(item.id))!;
    const accept = (card.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat().find((b) => b.callback_data.startsWith("1a:"))!;
    stack.telegram.fail({ method: "editMessageText", chatId: deputy.id, status: 403, times: 1 });
    const before = delivered(deputy.id, STAFF_TOKEN).length;
    expect((await stack.post("staff", callbackUpdate(deputy, accept.callback_data))).status).toBe(200);
    const after = delivered(deputy.id, STAFF_TOKEN).slice(before);
    expect(after).toHaveLength(1);
    expect(String(after[0]!.params.text)).toContain(item.id);
    expect(JSON.stringify(after[0]!.params.reply_markup)).toMatch(/"1q:QXQXQY:\d+"/);
  });

  it("a batch that keeps failing is given up after a day, not retried for ever", async () => {
    const c = container();
    const written = await c.items.write([], [{ bot: "staff", chatId: 72005, locale: "en", replies: [reply("staff-unsupported")] }]);
    expect(written.ok && written.batch).toBeTruthy();
    stack.telegram.fail({ method: "sendMessage", chatId: 72005, status: 429, retryAfter: 1, times: 100 });
    const later = Date.now() + 25 * 3600_000;
    const late = createOutbox(() => ({ resident: (call) => c.bots().resident.send(call), staff: (call) => c.bots().staff.send(call) }), createTranslator(), c.log, c.outboxStore, { now: () => later });
    expect(await c.outboxStore.claimDue(later, 100).then((b) => late.deliver(b.filter((x) => x.id === (written as { batch: { id: string } }).batch.id)))).toBeUndefined();
    expect(await c.outboxStore.claimDue(later + 3600_000, 100)).toEqual([]);
    expect(delivered(72005, STAFF_TOKEN)).toHaveLength(0);
  });
});

describe("delivery split at the response (Workers' waitUntil)", () => {
  it("answers the sender, hands the notices to the deferred work in order, and settles the batch there", async () => {
    const c = container();
    const sender = 72101;
    const others = [72102, 72103];
    const written = await c.items.write([], [
      { bot: "staff", chatId: sender, locale: "en", replies: [reply("staff-unsupported")] },
      ...others.map((chatId) => ({ bot: "resident" as const, chatId, locale: "en" as const, replies: [reply("staff-unsupported")] })),
    ]);
    if (!written.ok || !written.batch) throw new Error("the batch was not written");
    // The first other chat answers only when released: the sender must be answered regardless.
    stack.telegram.fail({ method: "sendMessage", chatId: others[0], status: "hold", times: 1 });
    const deferred: Array<Promise<unknown>> = [];
    await c.outbox.deliver([written.batch], { defer: (p) => void deferred.push(p), sender: { bot: "staff", chatId: sender } });
    expect(deferred).toHaveLength(1);
    expect(delivered(sender, STAFF_TOKEN)).toHaveLength(1);
    // The notices go on after deliver resolved: the first is held by Telegram, the second waits behind nothing but its own chat.
    await stack.telegram.waitFor(1, { method: "sendMessage!held", chatId: others[0] });
    expect(delivered(others[0]!)).toHaveLength(0);
    // Still leased to this delivery: the sweep does not send it a second time meanwhile.
    expect((await c.outboxStore.claimDue(Date.now(), 100)).map((b) => b.id)).not.toContain(written.batch.id);

    stack.telegram.release();
    await Promise.all(deferred);
    expect(delivered(others[0]!)).toHaveLength(1);
    expect(delivered(others[1]!)).toHaveLength(1);
    // Settled by the deferred work: nothing is owed any more, even after the lease.
    expect((await c.outboxStore.claimDue(Date.now() + 3600_000, 100)).map((b) => b.id)).not.toContain(written.batch.id);
  });

  it("when the first message is not the sender's (a toast was their answer), nothing waits", async () => {
    const c = container();
    const written = await c.items.write([], [{ bot: "resident", chatId: 72104, locale: "en", replies: [reply("staff-unsupported")] }]);
    if (!written.ok || !written.batch) throw new Error("the batch was not written");
    stack.telegram.fail({ method: "sendMessage", chatId: 72104, status: "hold", times: 1 });
    const deferred: Array<Promise<unknown>> = [];
    await c.outbox.deliver([written.batch], { defer: (p) => void deferred.push(p), sender: { bot: "staff", chatId: 72105 } });
    await stack.telegram.waitFor(1, { method: "sendMessage!held", chatId: 72104 });
    expect(delivered(72104)).toHaveLength(0);
    stack.telegram.release();
    await Promise.all(deferred);
    expect(delivered(72104)).toHaveLength(1);
  });
});

describe("a Bot API that accepts the connection and never answers", () => {
  it("does not hold the webhook: the call is abandoned after its timeout", async () => {
    const person = { id: 72006, first_name: "D", language_code: "en" };
    stack.telegram.fail({ method: "sendMessage", chatId: person.id, status: "hang", times: 1 });
    const started = performance.now();
    const res = await stack.post("resident", textUpdate(person, "Street lights in Renhe are broken."));
    expect(res.status).toBe(200);
    // One hanging call, abandoned; the whole webhook is bounded by timeout × attempts, not by Telegram.
    expect(stack.telegram.calls.filter((c) => c.method === "sendMessage!hang" && Number(c.params.chat_id) === person.id)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
