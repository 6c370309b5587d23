/**
 * Bot API faults: 429 with retry_after and 5xx from Telegram. Both bots retry
 * at most twice (resident: @grammyjs/auto-retry; staff: bots/staff/retry.ts),
 * so replies arrive once, a refused reply never undoes or repeats a committed
 * turn, and a webhook answers within bounded time even when Telegram is away.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callbackUpdate, inlineButtons, replyKeyboard, textOf, textUpdate, type Person } from "../../bench/telegram.js";
import { RESIDENT_TOKEN, STAFF_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";

let stack: NodeStack;
beforeAll(async () => {
  stack = await startNodeStack();
});
afterAll(async () => stack?.stop());
afterEach(() => stack.telegram.reset());

const attempts = (token: string, chatId: number, method = "sendMessage") => stack.telegram.calls.filter((c) => c.token === token && Number(c.params.chat_id) === chatId && c.method.split("!")[0] === method);
const ok = (token: string, chatId: number) => attempts(token, chatId).filter((c) => c.method === "sendMessage");
const failed = (token: string, chatId: number) => attempts(token, chatId).filter((c) => c.method !== "sendMessage");

async function timed(p: Promise<Response>): Promise<{ status: number; ms: number }> {
  const t0 = Date.now();
  const res = await p;
  return { status: res.status, ms: Date.now() - t0 };
}

describe("the resident bot when Telegram refuses", () => {
  it("429 with retry_after 1: waits, retries, the reply arrives once", async () => {
    const p: Person = { id: 72001, first_name: "A", language_code: "zh-hans" };
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 1, times: 1 });
    const r = await timed(stack.post("resident", textUpdate(p, "凤鸣镇到县城的公交车太少了")));
    expect(r.status).toBe(200);
    expect(r.ms).toBeGreaterThanOrEqual(900);
    expect(failed(RESIDENT_TOKEN, p.id)).toHaveLength(1);
    expect(ok(RESIDENT_TOKEN, p.id)).toHaveLength(1);
  });

  it("500 once: retried after a backoff, the reply arrives once", async () => {
    const p: Person = { id: 72002, first_name: "B", language_code: "zh-hans" };
    stack.telegram.fail({ method: "sendMessage", status: 500, times: 1 });
    expect((await stack.post("resident", textUpdate(p, "人和街道的垃圾站太臭了"))).status).toBe(200);
    expect(failed(RESIDENT_TOKEN, p.id).map((c) => c.method)).toEqual(["sendMessage!500"]);
    expect(ok(RESIDENT_TOKEN, p.id)).toHaveLength(1);
  });

  it("429 that does not stop: two attempts, then the turn stands (200); the reply waits in the outbox, not in the webhook", async () => {
    const p: Person = { id: 72003, first_name: "C", language_code: "zh-hans" };
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 1, times: 50 });
    const update = textUpdate(p, "盘龙街道菜市场门口的路灯坏了");
    const r = await timed(stack.post("resident", update));
    expect(r.status).toBe(200);
    expect(failed(RESIDENT_TOKEN, p.id)).toHaveLength(2);
    expect(r.ms).toBeLessThan(5_000);
    stack.telegram.reset();
    // Redelivered within Telegram's retry_after: nothing is sent yet (the outbox waits as asked).
    expect((await stack.post("resident", update)).status).toBe(200);
    expect(attempts(RESIDENT_TOKEN, p.id)).toHaveLength(0);
    // The draft was kept: the next step carries on from it.
    expect((await stack.post("resident", textUpdate(p, "/status"))).status).toBe(200);
  });

  it("a retry_after longer than the cap is not waited for", async () => {
    const p: Person = { id: 72004, first_name: "D", language_code: "zh-hans" };
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 60, times: 1 });
    const r = await timed(stack.post("resident", textUpdate(p, "青龙街道北部新区的停车场收费太乱了")));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3_000);
    expect(failed(RESIDENT_TOKEN, p.id)).toHaveLength(1);
  });
});

describe("the staff bot when Telegram refuses", () => {
  const admin: Person = { id: 900001, first_name: "Admin", language_code: "en" };

  it("429 with retry_after 1 on its reply: retried, arrives once", async () => {
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 1, times: 1 });
    const r = await timed(stack.post("staff", textUpdate(admin, "/whoami")));
    expect(r.status).toBe(200);
    expect(r.ms).toBeGreaterThanOrEqual(900);
    expect(failed(STAFF_TOKEN, admin.id)).toHaveLength(1);
    expect(ok(STAFF_TOKEN, admin.id)).toHaveLength(1);
  });

  it("500 once: retried after a short backoff, arrives once", async () => {
    stack.telegram.fail({ method: "sendMessage", status: 500, times: 1 });
    expect((await stack.post("staff", textUpdate(admin, "/help"))).status).toBe(200);
    expect(failed(STAFF_TOKEN, admin.id)).toHaveLength(1);
    expect(ok(STAFF_TOKEN, admin.id)).toHaveLength(1);
  });

  it("500 that does not stop: two attempts, bounded time, the command still counts once", async () => {
    stack.telegram.fail({ method: "sendMessage", status: 502, times: 50 });
    const r = await timed(stack.post("staff", textUpdate(admin, "/grant 72090 staff")));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(6_000);
    // The admin's reply and the grantee's notice: two attempts each, then they wait in the outbox.
    expect(failed(STAFF_TOKEN, admin.id)).toHaveLength(2);
    expect(failed(STAFF_TOKEN, 72090)).toHaveLength(2);
    stack.telegram.reset();
    expect((await stack.post("staff", textUpdate({ id: 72090, first_name: "S", language_code: "en" }, "/whoami"))).status).toBe(200);
    expect(textOf(ok(STAFF_TOKEN, 72090))).toMatch(/staff/);
  });

  it("a deputy card refused once with 429 still reaches the deputy once, and the resident's notice once", async () => {
    const deputy: Person = { id: 72091, first_name: "Deputy", language_code: "en" };
    expect((await stack.post("staff", textUpdate(admin, `/grant ${deputy.id} deputy deputy-fengming`))).status).toBe(200);
    const resident: Person = { id: 72005, first_name: "E", language_code: "zh-hans" };
    let calls = await say(resident, textUpdate(resident, "凤鸣镇到县城的公交车太少了，希望增加班次。"));
    for (let i = 0; i < 4 && !inlineButtons(calls).some((b) => b.callback_data.startsWith("1s:")); i++) calls = await say(resident, textUpdate(resident, replyKeyboard(calls)![1]![0]!.text));
    calls = await say(resident, callbackUpdate(resident, inlineButtons(calls).find((b) => b.callback_data.startsWith("1s:"))!.callback_data));
    const code = /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(calls))![1]!;
    stack.telegram.reset();
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 1, times: 2 });
    expect((await stack.post("staff", textUpdate(admin, `/forward ${code}`))).status).toBe(200);
    expect(ok(STAFF_TOKEN, deputy.id).filter((c) => textOf([c]).includes(code))).toHaveLength(1);
    expect(ok(RESIDENT_TOKEN, resident.id)).toHaveLength(1);
    expect(stack.telegram.calls.filter((c) => c.method.includes("!429"))).toHaveLength(2);
  });
});

/** What the resident saw after an update: new messages, and edits (Submit edits the read-back into the confirmation). */
async function say(p: Person, update: unknown) {
  const shown = () => [...ok(RESIDENT_TOKEN, p.id), ...attempts(RESIDENT_TOKEN, p.id, "editMessageText").filter((c) => c.method === "editMessageText")].sort((a, b) => stack.telegram.calls.indexOf(a) - stack.telegram.calls.indexOf(b));
  const before = shown().length;
  expect((await stack.post("resident", update)).status).toBe(200);
  return shown().slice(before);
}

describe("Telegram unreachable", () => {
  let away: NodeStack;
  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
    away = await startNodeStack({ TELEGRAM_API_ROOT: "http://127.0.0.1:9" });
  });
  afterAll(async () => away?.stop());

  it("both webhooks answer within bounded time; the turn is stored; no retry loop is left running", async () => {
    const p: Person = { id: 72006, first_name: "F", language_code: "zh-hans" };
    const r = await timed(away.post("resident", textUpdate(p, "凤鸣镇到县城的公交车太少了")));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(5_000);
    const s = await timed(away.post("staff", textUpdate(admin(), "/whoami")));
    expect(s.status).toBe(200);
    expect(s.ms).toBeLessThan(5_000);
  });
});
const admin = (): Person => ({ id: 900001, first_name: "Admin", language_code: "en" });
