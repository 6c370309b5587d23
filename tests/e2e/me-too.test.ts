/**
 * "Me too" at intake (#15) through both bots, real Redis and the fake Bot
 * API: a second resident writing about the same matter joins the first one's
 * item instead of raising another; both hear every step; the follower rates
 * without closing it and can unfollow from /my; declining submits a new item.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { unpackResidentButton } from "../../handlers/resident/callback.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, TEST_API_TOKEN } from "../support/env.js";
import { buttons, markup, poster, textOf, to } from "../support/recorded.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, messageUpdate, textUpdate, type Person } from "../support/updates.js";

let stack: NodeStack;
beforeAll(async () => {
  stack = await startNodeStack();
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.telegram.reset());

const admin: Person = { id: 900001, first_name: "Admin", language_code: "en" };
const staffer: Person = { id: 920001, first_name: "Zhang", language_code: "en" };
const deputy: Person = { id: 920002, first_name: "Deputy Li", language_code: "en" };
const a: Person = { id: 520001, first_name: "Alice", language_code: "zh-hans" };
const b: Person = { id: 520002, first_name: "Bobby", language_code: "zh-hans" };
const c: Person = { id: 520003, first_name: "Carol", language_code: "zh-hans" };
const A_PHONE = "+8613800001111";

const keyboard = (calls: RecordedCall[]) => calls.map(markup).find((m) => m.keyboard)?.keyboard;
const pressable = (calls: RecordedCall[], pattern: RegExp) => buttons(calls).find((x) => pattern.test(x.callback_data))?.callback_data;

const post = poster(() => stack);
const says = async (p: Person, text: string) => to(await post("resident", textUpdate(p, text)), RESIDENT_TOKEN, p.id);
const presses = async (p: Person, data: string) => to(await post("resident", callbackUpdate(p, data)), RESIDENT_TOKEN, p.id);
const staffSays = async (p: Person, text: string) => post("staff", textUpdate(p, text));

const api = async (path: string) => {
  const res = await fetch(`${stack.url}/api/v1${path}`, { headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};
const newItems = async () => ((await api("/items?limit=100")).items as Array<{ id: string }>).map((i) => i.id);

/**
 * A resident writes `text` and answers the questions until the draft is
 * complete: attachments skipped, contact shared (`share`) or anonymous.
 * Returns the messages of the completing turn (the offer or the read-back).
 */
async function complete(p: Person, text: string, share = false): Promise<RecordedCall[]> {
  let calls = await says(p, text);
  for (let step = 0; step < 4; step++) {
    if (pressable(calls, /^1(s|m|d):/)) return calls;
    const kb = keyboard(calls);
    if (!kb) throw new Error(`intake stuck: ${textOf(calls)}`);
    const asksContact = kb[0]![0]!.text.includes("手机") || kb[0]![0]!.text.includes("phone");
    calls = share && asksContact
      ? to(await post("resident", messageUpdate(p, { contact: { phone_number: A_PHONE, first_name: p.first_name, user_id: p.id } })), RESIDENT_TOKEN, p.id)
      : await says(p, kb[1]![0]!.text);
  }
  throw new Error(`intake never completed: ${textOf(calls)}`);
}

const codeIn = (calls: RecordedCall[]) => /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(calls))?.[1];

describe("me too at intake (both bots, real Redis)", () => {
  let code = "";
  let answered: RecordedCall[] = [];

  it("Must-show: B, writing about A's street lamps, is offered A's item, joins it (no second item, support 2), and both hear the forward; the public page shows no one", async () => {
    await staffSays(admin, `/grant ${staffer.id} staff`);
    await staffSays(admin, `/grant ${deputy.id} deputy deputy-fengming`);

    const readBack = await complete(a, "凤鸣镇老街的路灯坏了好几盏，晚上很黑", true);
    expect(pressable(readBack, /^1m:/), "nothing to join yet").toBeUndefined();
    const submitted = await presses(a, pressable(readBack, /^1s:/)!);
    code = codeIn(submitted)!;
    expect(code).toBeDefined();

    const offer = await complete(b, "凤鸣镇老街路灯不亮了");
    const text = textOf(offer);
    expect(text).toMatch(/看起来和您说的是同一件事/);
    expect(text).toContain(code);
    expect(text).toMatch(/1 位居民反映/);
    const join = pressable(offer, /^1m:/)!;
    expect(unpackResidentButton(join)).toMatchObject({ kind: "join", code });
    expect(pressable(offer, /^1d:/)).toBeDefined();
    expect(pressable(offer, /^1s:/), "the read-back waits until the offer is answered").toBeUndefined();

    const joined = await presses(b, join);
    // The offer is edited into the confirmation naming the item.
    expect(joined.map((x) => x.method)).toContain("editMessageText");
    expect(textOf(joined)).toMatch(new RegExp(`您已加入意见 <code>${code}</code>`));
    expect(textOf(joined)).toMatch(/共有 2 位居民反映/);

    expect(await newItems()).toEqual([code]);
    const item = await api(`/items/${code}`);
    expect(item.support).toBe(2);
    // B's words are kept on the item as a note; B stayed anonymous.
    expect(JSON.stringify(item)).toContain("凤鸣镇老街路灯不亮了");
    expect(JSON.stringify(item)).not.toContain("Bobby");

    const forwarded = await staffSays(staffer, `/forward ${code}`);
    expect(textOf(to(forwarded, RESIDENT_TOKEN, a.id))).toContain(code);
    expect(textOf(to(forwarded, RESIDENT_TOKEN, b.id))).toContain(code);
    expect(to(forwarded, RESIDENT_TOKEN, b.id)).toHaveLength(1);

    const page = await fetch(`${stack.url}/t/${code}?lang=zh-CN`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain(String(item.summary));
    expect(html).toMatch(/已转交/);
    for (const secret of ["Alice", "Bobby", A_PHONE, "13800001111"]) expect(html).not.toContain(secret);
  });

  it("the deputy answers; the follower gets the answer and rates it, which does not close the item", async () => {
    const accept = await staffSays(deputy, `/show ${code}`);
    const acceptButton = pressable(to(accept, STAFF_TOKEN, deputy.id), /^1a:/)!;
    const accepted = await post("staff", callbackUpdate(deputy, acceptButton));
    const answerButton = pressable(to(accepted, STAFF_TOKEN, deputy.id), /^1n:/)!;
    await post("staff", callbackUpdate(deputy, answerButton));
    answered = await staffSays(deputy, "老街的路灯本周内全部修好。");
    const toB = to(answered, RESIDENT_TOKEN, b.id);
    expect(textOf(toB)).toContain("本周内全部修好");
    const rate = pressable(toB, /^1r:/)!;
    expect(rate).toBeDefined();
    const rated = await presses(b, rate);
    expect(textOf(rated)).toMatch(new RegExp(code));
    const item = await api(`/items/${code}`);
    expect(item.status).toBe("answered");
  });

  it("declining goes on to the read-back, and Submit makes a new item; the raiser is never offered their own item", async () => {
    const offer = await complete(c, "凤鸣镇老街路灯晚上不亮");
    expect(textOf(offer)).toContain(code);
    const declined = await presses(c, pressable(offer, /^1d:/)!);
    expect(declined.map((x) => x.method)).toContain("editMessageText");
    expect(textOf(declined)).toMatch(/提交前请核对/);
    const submitted = await presses(c, pressable(declined, /^1s:/)!);
    const own = codeIn(submitted)!;
    expect(own).not.toBe(code);
    expect((await newItems()).sort()).toEqual([code, own].sort());
    expect((await api(`/items/${code}`)).support).toBe(2);

    // A writes about the lamps again: their own item is not offered (C's new one is).
    const again = await complete(a, "凤鸣镇老街的路灯又坏了");
    expect(textOf(again)).not.toContain(code);
    await says(a, "/cancel");
  });

  it("B sees the followed item in /my (marked) and unfollows it there: support back to 1, no longer listed", async () => {
    const my = await says(b, "/my");
    expect(textOf(my)).toMatch(new RegExp(`${code}</code>（关注）`));
    const unfollow = pressable(my, /^1u:/)!;
    expect(unpackResidentButton(unfollow)).toEqual({ kind: "unfollow", code });
    const done = await presses(b, unfollow);
    expect(done.map((x) => x.method)).toContain("editMessageText");
    expect(textOf(done)).toMatch(new RegExp(`已取消关注意见 <code>${code}</code>`));
    expect((await api(`/items/${code}`)).support).toBe(1);
    expect(textOf(await says(b, "/my"))).not.toContain(code);
    // A stale unfollow button changes nothing.
    await presses(b, unfollow);
    expect((await api(`/items/${code}`)).support).toBe(1);
  });

  it("a resident who joined at intake and then uses /forget leaves the item: support back down, their words gone", async () => {
    const d: Person = { id: 520004, first_name: "Dora", language_code: "zh-hans" };
    const offer = await complete(d, "凤鸣镇老街的路灯都不亮了，晚上很黑");
    await presses(d, pressable(offer, new RegExp(`^1m:.*:${code}$`))!);
    expect((await api(`/items/${code}`)).support).toBe(2);
    const ask = await says(d, "/forget");
    await presses(d, pressable(ask, /^1f:y$/)!);
    const item = await api(`/items/${code}`);
    expect(item.support).toBe(1);
    expect(JSON.stringify(item)).not.toContain("路灯都不亮了");
  });
});

