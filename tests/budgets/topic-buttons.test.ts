/**
 * What a resident's press on a consultation topic's buttons costs in Redis:
 * attend / not attend, and "send my view in writing" followed by the typed
 * view. Counted at the local Upstash REST endpoint (round trips and commands),
 * through the real webhook; deterministic, so enforced here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { queueScore } from "../../handlers/items/model.js";
import { unpackResidentButton } from "../../handlers/resident/callback.js";
import { RESIDENT_TOKEN, TEST_API_TOKEN } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, textUpdate, type Person } from "../support/updates.js";

/**
 * Budgets, as measured: an answer is the turn (begin, commit, delivery record) plus the topic's own
 * compare-and-set (read the topic, read its items, write) = 6 round trips; "send my view in writing" only
 * moves the conversation (3, like any button); the typed view then is an answer (6).
 */
const BUDGET = { rsvp: { requests: 6, commands: 7 }, viewButton: { requests: 3, commands: 4 }, view: { requests: 6, commands: 7 } };

let stack: NodeStack;
const residents: Person[] = [
  { id: 580001, first_name: "R1", language_code: "en" },
  { id: 580002, first_name: "R2", language_code: "en" },
];
const invitation = new Map<number, RecordedCall[]>();

async function api(path: string, body: unknown): Promise<{ status: number; body: { id?: string } }> {
  const res = await fetch(`${stack.url}/api/v1${path}`, { method: "POST", headers: { authorization: `Bearer ${TEST_API_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { id?: string } };
}

beforeAll(async () => {
  stack = await startNodeStack();
  const items = residents.map((r, i) => makeItem({ id: `KAAA${["CC", "DD"][i]}`, target: "deputy-fengming", place: "fengming", residentId: r.id, residentChatId: r.id, locale: "en" }));
  expect(await stack.items.write(items.map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
  // Two topics, so that every script is loaded once (the first presses) before the measured ones.
  for (const [i, item] of items.entries()) {
    const made = await api("/topics", { target: "deputy-fengming", title: `topic ${i}`, items: [item.id] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const before = stack.telegram.calls.length;
    expect((await api(`/topics/${made.body.id}/session`, { starts_at: new Date(Date.now() + 5 * 86_400_000).toISOString(), venue: "村委会", kind: "community" })).status).toBeLessThan(300);
    invitation.set(residents[i]!.id, stack.telegram.calls.slice(before).filter((c) => c.token === RESIDENT_TOKEN && Number(c.params.chat_id) === residents[i]!.id));
  }
});
afterAll(async () => stack?.stop());

const buttonsOf = (calls: RecordedCall[]) => calls.flatMap((c) => ((c.params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data: string }>> } | undefined)?.inline_keyboard ?? []).flat()).map((b) => b.callback_data);

async function measure(update: unknown): Promise<{ requests: number; commands: number }> {
  stack.upstash.stats.reset();
  expect((await stack.post("resident", update)).status).toBe(200);
  return { requests: stack.upstash.stats.requests, commands: stack.upstash.stats.commands };
}

describe("Redis budget of a resident's topic buttons", () => {
  it("attend costs a bounded number of round trips, and the second press of the same kind costs the same", async () => {
    const [first, second] = residents.map((r) => buttonsOf(invitation.get(r.id)!).find((d) => unpackResidentButton(d)?.kind === "rsvp")!);
    const warm = await measure(callbackUpdate(residents[0]!, first!));
    const cost = await measure(callbackUpdate(residents[1]!, second!));
    expect(cost.requests, JSON.stringify(stack.upstash.stats.log.map((l) => l.commands.map((c) => c[0])))).toBeLessThanOrEqual(BUDGET.rsvp.requests);
    expect(cost.commands).toBeLessThanOrEqual(BUDGET.rsvp.commands);
    expect(cost.requests).toBeLessThanOrEqual(warm.requests);
  });

  it("'send my view in writing' is a plain button turn; the typed view costs what an answer does", async () => {
    const view = buttonsOf(invitation.get(residents[1]!.id)!).find((d) => unpackResidentButton(d)?.kind === "view")!;
    const press = await measure(callbackUpdate(residents[1]!, view));
    const typed = await measure(textUpdate(residents[1]!, "希望路灯改成太阳能的"));
    expect(press.requests).toBeLessThanOrEqual(BUDGET.viewButton.requests);
    expect(press.commands).toBeLessThanOrEqual(BUDGET.viewButton.commands);
    expect(typed.requests, JSON.stringify(stack.upstash.stats.log.map((l) => l.commands.map((c) => c[0])))).toBeLessThanOrEqual(BUDGET.view.requests);
    expect(typed.commands).toBeLessThanOrEqual(BUDGET.view.commands);
  });
});
