import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContainer } from "../../api/container.js";
import { runSweep } from "../../api/cron.js";
import { parseConfig } from "../../api/env.js";
import { startNodeServer } from "../../api/node.js";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { parseItem, queueScore, type Item } from "../../handlers/items/model.js";
import { stageOf } from "../../handlers/items/status.js";
import { unpackResidentButton } from "../../handlers/resident/callback.js";
import { unpackStaffButton } from "../../handlers/staff/callback.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, testEnv } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { buttons, markup, poster, textOf, to } from "../support/recorded.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, textUpdate, type Person } from "../support/updates.js";

let stack: NodeStack;
let repo: ItemRepository;
beforeAll(async () => {
  stack = await startNodeStack();
  repo = stack.items;
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.telegram.reset());

const admin: Person = { id: 900001, first_name: "Admin", language_code: "en" };
const deputy: Person = { id: 900002, first_name: "Deputy Li", language_code: "en" };
const staffer: Person = { id: 900003, first_name: "Zhang", language_code: "en" };
const otherDeputy: Person = { id: 900004, first_name: "Renhe deputy", language_code: "en" };
const stranger: Person = { id: 900099, first_name: "Nobody", language_code: "en" };

const button = (calls: RecordedCall[], pattern: RegExp) => {
  const found = buttons(calls).find((b) => pattern.test(b.callback_data));
  expect(found, `no button ${pattern} in ${JSON.stringify(buttons(calls))}`).toBeDefined();
  return found!.callback_data;
};

/** Everything the bots sent because of one update, in order (answerCallbackQuery has no chat: `to` leaves it out, `toastOf` reads it). */
const post = poster(() => stack);
const staffSays = (p: Person, text: string) => post("staff", textUpdate(p, text));
const staffPress = (p: Person, data: string) => post("staff", callbackUpdate(p, data));
/** What was said on the pressed button itself (answerCallbackQuery text). */
const toastOf = (calls: RecordedCall[], token = STAFF_TOKEN) => calls.filter((c) => c.token === token && c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? "")).join("\n");

/** A resident goes through the real intake flow; returns the item code. */
async function submit(person: Person, text: string): Promise<string> {
  let calls = to(await post("resident", textUpdate(person, text)), RESIDENT_TOKEN, person.id);
  for (let step = 0; step < 6; step++) {
    const submitButton = buttons(calls).find((b) => b.callback_data.startsWith("1s:"));
    if (submitButton) break;
    const keyboard = calls.map(markup).find((m) => m.keyboard)?.keyboard;
    if (keyboard) calls = to(await post("resident", textUpdate(person, keyboard[1]![0]!.text)), RESIDENT_TOKEN, person.id);
    else throw new Error(`intake stuck: ${textOf(calls)}`);
  }
  calls = to(await post("resident", callbackUpdate(person, button(calls, /^1s:/))), RESIDENT_TOKEN, person.id);
  const code = /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(calls))?.[1];
  expect(code, textOf(calls)).toBeDefined();
  return code!;
}

async function stored(code: string): Promise<Item> {
  const got = await repo.get(code);
  const item = got ? parseItem(got.item) : null;
  expect(item).not.toBeNull();
  return item!;
}

describe("staff roles", () => {
  it("the bootstrap admin grants staff and deputy roles; a deputy needs a real directory target", async () => {
    expect(textOf(to(await staffSays(admin, "/grant 900003 staff"), STAFF_TOKEN, admin.id))).toMatch(/900003 is now staff/);
    expect(textOf(to(await staffSays(admin, "/grant 900002 deputy"), STAFF_TOKEN, admin.id))).toMatch(/A deputy needs a target/);
    expect(textOf(to(await staffSays(admin, "/grant 900002 deputy nowhere-studio"), STAFF_TOKEN, admin.id))).toMatch(/not a target in the directory/);
    const granted = await staffSays(admin, "/grant 900002 deputy deputy-fengming");
    expect(textOf(to(granted, STAFF_TOKEN, admin.id))).toMatch(/900002 is now a deputy for Fengming Town Deputies/);
    // The grantee is told, by the staff bot.
    expect(to(granted, STAFF_TOKEN, deputy.id)).toHaveLength(1);
    await staffSays(admin, "/grant 900004 deputy room-renhe");
    expect(textOf(to(await staffSays(deputy, "/whoami"), STAFF_TOKEN, deputy.id))).toMatch(/900002.*deputy for Fengming Town Deputies/s);
    // Staff cannot grant; deputies cannot triage.
    expect(textOf(to(await staffSays(staffer, "/grant 900099 admin"), STAFF_TOKEN, staffer.id))).toMatch(/does not include that command/);
    expect(textOf(to(await staffSays(deputy, "/queue"), STAFF_TOKEN, deputy.id))).toMatch(/does not include that command/);
  });

  it("a member's command menu follows their roles, per chat; /revoke takes one target of several and tells the person", async () => {
    const menuOf = (calls: RecordedCall[], chatId: number) => calls.filter((c) => c.token === STAFF_TOKEN && c.method === "setMyCommands" && (c.params.scope as { chat_id?: number } | undefined)?.chat_id === chatId);
    const person: Person = { id: 900077, first_name: "Two-target deputy", language_code: "en" };
    const first = await staffSays(admin, `/grant ${person.id} deputy room-renhe`);
    const [menu] = menuOf(first, person.id);
    expect(menu!.params.scope).toEqual({ type: "chat", chat_id: person.id });
    // A deputy's menu holds deputy commands only; never /queue or /grant.
    expect((menu!.params.commands as Array<{ command: string }>).map((c) => c.command)).toEqual(["show", "whoami", "help"]);
    await staffSays(admin, `/grant ${person.id} deputy deputy-fengming`);
    await staffSays(person, "/whoami");

    const one = await staffSays(admin, `/revoke ${person.id} deputy room-renhe`);
    expect(textOf(to(one, STAFF_TOKEN, admin.id))).toMatch(/deputy target Renhe .* was taken from 900077/);
    expect(textOf(to(one, STAFF_TOKEN, person.id))).toMatch(/no longer a deputy for Renhe/);
    expect(textOf(to(await staffSays(person, "/whoami"), STAFF_TOKEN, person.id))).toMatch(/deputy for Fengming Town Deputies/);
    expect(textOf(to(await staffSays(person, "/whoami"), STAFF_TOKEN, person.id))).not.toMatch(/Renhe/);

    const all = await staffSays(admin, `/revoke ${person.id}`);
    expect(textOf(to(all, STAFF_TOKEN, person.id))).toMatch(/roles at the Yunyang opinion desk have ended/);
    // No role left: the chat's own menu goes, the bot's default (whoami, help) shows again.
    expect(all.filter((c) => c.token === STAFF_TOKEN && c.method === "deleteMyCommands").map((c) => c.params.scope)).toEqual([{ type: "chat", chat_id: person.id }]);
  });

  it("/help differs per role", async () => {
    const adminHelp = textOf(to(await staffSays(admin, "/help"), STAFF_TOKEN, admin.id));
    const staffHelp = textOf(to(await staffSays(staffer, "/help"), STAFF_TOKEN, staffer.id));
    const deputyHelp = textOf(to(await staffSays(deputy, "/help"), STAFF_TOKEN, deputy.id));
    expect(adminHelp).toMatch(/\/grant/);
    expect(staffHelp).toMatch(/\/forward/);
    expect(staffHelp).not.toMatch(/\/grant/);
    expect(deputyHelp).toMatch(/\/show/);
    expect(deputyHelp).not.toMatch(/\/queue|\/forward|\/grant/);
  });
});

describe("an item's whole life through both bots", () => {
  const resident: Person = { id: 510001, first_name: "Ann", language_code: "en" };
  let code = "";
  let deputyCalls: RecordedCall[] = [];

  it("the resident submits; staff see it in /queue and forward it; the deputy gets a clean card", async () => {
    code = await submit(resident, "凤鸣镇到县城的公交车太少了，希望增加班次。");
    const queue = textOf(to(await staffSays(staffer, "/queue"), STAFF_TOKEN, staffer.id));
    expect(queue).toContain(code);
    expect(queue).toMatch(/New \d+/);
    const show = textOf(to(await staffSays(staffer, `/show ${code}`), STAFF_TOKEN, staffer.id));
    expect(show).toContain("凤鸣镇到县城的公交车太少了");

    const forwarded = await staffSays(staffer, `/forward ${code}`);
    expect(textOf(to(forwarded, STAFF_TOKEN, staffer.id))).toMatch(new RegExp(`${code}.*forwarded to Fengming Town Deputies`));
    deputyCalls = to(forwarded, STAFF_TOKEN, deputy.id);
    const card = textOf(deputyCalls);
    expect(card).toContain(code);
    expect(card).toContain("凤鸣镇到县城的公交车太少了，希望增加班次。");
    expect(card).toMatch(/not shared/);
    expect(card).not.toContain(String(resident.id));
    expect(JSON.stringify(deputyCalls)).not.toContain(String(resident.id));
    const stage = stageOf(await stored(code));
    expect(buttons(deputyCalls).map((b) => unpackStaffButton(b.callback_data))).toEqual((["accept", "ask", "answer", "return"] as const).map((verb) => ({ kind: "deputy", verb, code, stage })));
    expect(buttons(deputyCalls).every((b) => new TextEncoder().encode(b.callback_data).length <= 64)).toBe(true);
    // The other target's deputy gets nothing; the resident hears it in English through the resident bot.
    expect(to(forwarded, STAFF_TOKEN, otherDeputy.id)).toHaveLength(0);
    expect(textOf(to(forwarded, RESIDENT_TOKEN, resident.id))).toMatch(new RegExp(`${code}.*passed to Fengming Town Deputies`));
    expect((await stored(code)).status).toBe("forwarded");
    expect(textOf(to(await staffSays(staffer, "/queue"), STAFF_TOKEN, staffer.id))).not.toContain(code);
  });

  it("refuses forged, stale and foreign buttons without acting", async () => {
    const accept = button(deputyCalls, /^1a:/);
    const before = await stored(code);
    // Another target's deputy.
    // Refusals are said on the button (a toast), never as a new message.
    const foreign = await staffPress(otherDeputy, accept);
    expect(toastOf(foreign)).toMatch(/not assigned to you/);
    expect(to(foreign, STAFF_TOKEN, otherDeputy.id).filter((c) => c.method === "sendMessage")).toHaveLength(0);
    // A wrong stage number.
    const wrong = accept.replace(/:(\d+)$/, (_, n: string) => `:${Number(n) + 7}`);
    expect(toastOf(await staffPress(deputy, wrong))).toMatch(/has changed since/);
    // Garbage and over-long data.
    for (const data of ["d:zz", "garbage", `d:a:${code}`, `d:a:${code}:1:extra`, `d:a:${code}:${"9".repeat(70)}`, "x".repeat(80)]) {
      const calls = await staffPress(deputy, data);
      expect(`${toastOf(calls)}${textOf(to(calls, STAFF_TOKEN, deputy.id))}`, data).toMatch(/not valid|There is no item/);
    }
    // Someone with no role.
    const strangerCalls = await staffPress(stranger, accept);
    expect(textOf(to(strangerCalls, STAFF_TOKEN, stranger.id))).toMatch(/staff and deputies only/);
    expect(textOf(strangerCalls)).not.toContain(code);
    expect((await stored(code)).rev).toBe(before.rev);
  });

  it("the deputy accepts, asks, the resident replies, the deputy answers, the resident rates: closed", async () => {
    const accepted = await staffPress(deputy, button(deputyCalls, /^1a:/));
    expect(toastOf(accepted)).toMatch(/You accepted/);
    // The card is edited in place (no second full card): accepted, with the next buttons.
    const mine = to(accepted, STAFF_TOKEN, deputy.id);
    expect(mine.map((c) => c.method)).toEqual(["editMessageText"]);
    expect(textOf(mine)).toMatch(/accepted/);
    expect(textOf(to(accepted, RESIDENT_TOKEN, resident.id))).toMatch(/has taken up your item/);
    // The old accept button is now stale.
    expect(toastOf(await staffPress(deputy, button(deputyCalls, /^1a:/)))).toMatch(/has changed since/);

    const prompt = await staffPress(deputy, button(to(accepted, STAFF_TOKEN, deputy.id), /^1q:/));
    expect(textOf(prompt)).toMatch(/Type your question/);
    const asked = await staffSays(deputy, "Which bus line do you mean, and at what times?");
    expect(textOf(to(asked, STAFF_TOKEN, deputy.id))).toMatch(/passed to the resident/);
    const question = to(asked, RESIDENT_TOKEN, resident.id);
    expect(textOf(question)).toContain("Which bus line do you mean");
    expect(JSON.stringify(question)).not.toContain(String(deputy.id));

    expect(button(question, new RegExp(`^1q:${code}$`))).toBeTruthy();
    // The resident simply types the answer (no button pressed): it reaches the deputy, and no draft is started.
    const replied = await post("resident", textUpdate(resident, "Line 3, mornings before 8."));
    expect(textOf(to(replied, RESIDENT_TOKEN, resident.id))).toMatch(/passed to the deputies/);
    const relayed = to(replied, STAFF_TOKEN, deputy.id);
    expect(textOf(relayed)).toMatch(/The resident replied/);
    expect(textOf(relayed)).toContain("Line 3, mornings before 8.");
    expect(JSON.stringify(relayed)).not.toContain(String(resident.id));

    const shown = to(await staffPress(deputy, button(relayed, /^1v:/)), STAFF_TOKEN, deputy.id);
    expect(textOf(shown)).toContain("Line 3, mornings before 8.");
    expect(textOf(to(await staffPress(deputy, button(shown, /^1n:/)), STAFF_TOKEN, deputy.id))).toMatch(/Type your answer/);
    const answered = await staffSays(deputy, "From next month line 3 runs every 20 minutes before 9.");
    const answerNotice = to(answered, RESIDENT_TOKEN, resident.id);
    expect(textOf(answerNotice)).toContain("line 3 runs every 20 minutes");
    const stage = stageOf(await stored(code));
    expect(buttons(answerNotice).map((b) => unpackResidentButton(b.callback_data))).toEqual([
      ...[1, 2, 3, 4, 5].map((stars) => ({ kind: "rate", code, stars, stage })),
      { kind: "reopen", code, stage },
    ]);
    expect(buttons(answerNotice).every((b) => new TextEncoder().encode(b.callback_data).length <= 64)).toBe(true);
    expect((await stored(code)).status).toBe("answered");

    const rated = await post("resident", callbackUpdate(resident, button(answerNotice, new RegExp(`^1r:${code}:\\d+:5$`))));
    expect(textOf(to(rated, STAFF_TOKEN, deputy.id))).toMatch(/rated the answer.*5 of 5/);
    const item = await stored(code);
    expect(item.status).toBe("closed");
    expect(item.rating).toBe(5);
    expect(item.history.filter((h) => h.to).map((h) => `${h.by.role}:${h.to}`)).toEqual(["resident:new", "staff:forwarded", "deputy:accepted", "deputy:answered", "resident:closed"]);
    expect(item.thread.map((t) => `${t.from}:${t.kind}`)).toEqual(["deputy:question", "resident:reply", "deputy:answer"]);
  });

  it("a resident who is not satisfied reopens; the deputy answers again; then it is rated", async () => {
    const person: Person = { id: 510002, first_name: "Bo", language_code: "zh-hans" };
    const second = await submit(person, "凤鸣镇中学门口的路灯坏了两个星期，晚上很黑。");
    await staffSays(staffer, `/route ${second} deputy-fengming`);
    const fwd = await staffSays(staffer, `/forward ${second}`);
    const card = to(fwd, STAFF_TOKEN, deputy.id);
    expect(textOf(to(fwd, RESIDENT_TOKEN, person.id))).toMatch(/已转给/);
    const direct = await staffPress(deputy, button(card, /^1n:/));
    expect(textOf(direct)).toMatch(/Type your answer/);
    const first = await staffSays(deputy, "We reported it to the street office.");
    expect(textOf(to(first, RESIDENT_TOKEN, person.id))).toMatch(/已有答复/);
    const reopened = await post("resident", callbackUpdate(person, `i:o:${second}`));
    expect(textOf(to(reopened, STAFF_TOKEN, deputy.id))).toMatch(/not resolved/);
    expect((await stored(second)).status).toBe("accepted");
    const shown = to(await staffPress(deputy, button(to(reopened, STAFF_TOKEN, deputy.id), /^1v:/)), STAFF_TOKEN, deputy.id);
    await staffPress(deputy, button(shown, /^1n:/));
    await staffSays(deputy, "The lamp was replaced on Monday.");
    await post("resident", callbackUpdate(person, `i:r:${second}:4`));
    const item = await stored(second);
    expect(item.status).toBe("closed");
    expect(item.history.filter((h) => h.to).map((h) => h.to)).toEqual(["new", "forwarded", "accepted", "answered", "accepted", "answered", "closed"]);
  });
});

describe("staff commands on the queue", () => {
  const seed = async (over: Partial<Item>) => {
    const item = makeItem(over);
    expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
    return item;
  };

  it("/route records an override beside the router's decision; /forward without deputies keeps the item new", async () => {
    const item = await seed({ id: "RAAAAA", residentId: 520001, residentChatId: 520001, locale: "en" });
    const out = textOf(to(await staffSays(staffer, "/route RAAAAA member-agriculture the text is about orchards"), STAFF_TOKEN, staffer.id));
    expect(out).toMatch(/now goes to CPPCC members.*agriculture/);
    const after = await stored(item.id);
    expect(after.target).toBe("member-agriculture");
    expect(after.route.target).toBe("deputy-fengming");
    expect(after.overrides).toMatchObject([{ by: { role: "staff", id: staffer.id }, from: "deputy-fengming", to: "member-agriculture", reason: "the text is about orchards" }]);
    const fwd = await staffSays(staffer, "/forward RAAAAA");
    expect(textOf(fwd)).toMatch(/Nobody is registered as a deputy/);
    expect((await stored(item.id)).status).toBe("new");
    expect(to(fwd, RESIDENT_TOKEN, 520001)).toHaveLength(0);
  });

  it("answers misuse with one clear line", async () => {
    const cases: Array<[string, RegExp]> = [
      ["/show", /Usage/],
      ["/show NOPE99", /There is no item/],
      ["/show !!", /not an item code/],
      ["/forward", /Usage/],
      ["/reject RAAAAA", /Usage/],
      ["/close RAAAAA", /Usage/],
      ["/merge RAAAAA", /Usage/],
      ["/merge RAAAAA RAAAAA", /into itself/],
      ["/route RAAAAA nowhere", /not a target/],
      ["/export 2026-13-01", /not a date/],
      ["/export 2026-05-02 2026-05-01", /starts/],
      ["/frobnicate", /don't know that command/],
    ];
    for (const [command, expected] of cases) {
      const calls = to(await staffSays(staffer, command), STAFF_TOKEN, staffer.id);
      expect(calls, command).toHaveLength(1);
      expect(textOf(calls), command).toMatch(expected);
    }
  });

  it("/next claims the oldest unclaimed item; another staff member gets the next one", async () => {
    await staffSays(admin, "/grant 900005 staff");
    const other: Person = { id: 900005, first_name: "Wu", language_code: "en" };
    const mine = textOf(to(await staffSays(staffer, "/next"), STAFF_TOKEN, staffer.id));
    const code = /<code>([A-Z0-9]+)<\/code>/.exec(mine)?.[1];
    expect(mine).toMatch(/yours for the next 60 minutes/);
    const theirs = textOf(to(await staffSays(other, "/next"), STAFF_TOKEN, other.id));
    expect(/<code>([A-Z0-9]+)<\/code>/.exec(theirs)?.[1]).not.toBe(code);
    const claimed = await stored(code!);
    expect(claimed.claimedBy).toBe(staffer.id);
  });

  it("/reject tells the resident the reason; /reply relays; /merge makes the resident follow the survivor; /close tells both", async () => {
    await seed({ id: "JAAAAA", residentId: 530001, residentChatId: 530001, locale: "en" });
    const rejected = await staffSays(staffer, "/reject JAAAAA This is a matter for the courts.");
    expect(textOf(to(rejected, RESIDENT_TOKEN, 530001))).toMatch(/not taken up.*This is a matter for the courts\./);
    expect((await stored("JAAAAA")).status).toBe("rejected");

    await seed({ id: "MAAAAA", residentId: 530002, residentChatId: 530002, locale: "zh-TW" });
    await seed({ id: "MCCCCC", residentId: 530003, residentChatId: 530003, locale: "en" });
    const replied = await staffSays(staffer, "/reply MCCCCC Could you tell us the house number? <b>thanks</b>");
    expect(String(to(replied, RESIDENT_TOKEN, 530003)[0]?.params.text)).toContain("&lt;b&gt;thanks&lt;/b&gt;");
    const merged = await staffSays(staffer, "/merge MAAAAA MCCCCC");
    expect(textOf(to(merged, RESIDENT_TOKEN, 530002))).toMatch(/已與一則相似的意見 <code>MCCCCC<\/code>/);
    const survivor = await stored("MCCCCC");
    expect(survivor.followers).toMatchObject([{ residentId: 530002, chatId: 530002, locale: "zh-TW", from: "MAAAAA" }]);
    expect((await stored("MAAAAA")).mergedInto).toBe("MCCCCC");
    const closed = await staffSays(staffer, "/close MCCCCC Bus timetable changed.");
    expect(textOf(to(closed, RESIDENT_TOKEN, 530003))).toMatch(/has been closed.*Bus timetable changed/);
    expect(textOf(to(closed, RESIDENT_TOKEN, 530002))).toMatch(/已辦結.*Bus timetable changed/);
  });

  it("/stats counts and /export sends a BOM-prefixed, quoted CSV document", async () => {
    await seed({ id: "XAAAAA", text: 'He said "stop", then, left\nfor good', summary: "=cmd|' /C calc'!A0" });
    const stats = textOf(to(await staffSays(staffer, "/stats"), STAFF_TOKEN, staffer.id));
    expect(stats).toMatch(/Statistics.*items/);
    expect(stats).toMatch(/Mean rating: 4\.5 of 5 \(2 rated\)/);
    const exported = to(await staffSays(staffer, "/export 2025-01-01 2026-12-31"), STAFF_TOKEN, staffer.id);
    const doc = exported.find((c) => c.method === "sendDocument");
    expect(doc).toBeDefined();
    const file = doc!.params.document as { filename: string; content: string };
    expect(file.filename).toBe("items-2025-01-01-2026-12-31.csv");
    expect(file.content.startsWith("\uFEFFid,status,")).toBe(true);
    expect(file.content).toContain('"He said ""stop"", then, left\nfor good"');
    expect(file.content).toContain("'=cmd|' /C calc'!A0");
    expect(file.content).not.toContain("530001");
    expect(String(doc!.params.caption)).toMatch(/Items created from 2025-01-01 to 2026-12-31/);
  });

  it("a user with no role learns nothing from any command or button", async () => {
    const commands = ["/queue", "/next", "/show RAAAAA", "/route RAAAAA room-renhe", "/forward RAAAAA", "/reject RAAAAA no", "/merge RAAAAA MCCCCC", "/reply RAAAAA hi", "/close RAAAAA x", "/stats", "/export", "/grant 900099 admin", "/revoke 900002", "/help", "/frobnicate", "hello", "d:v:RAAAAA"];
    const before = stack.telegram.calls.length;
    const someone = { ...stranger, id: 930_001 };
    for (const [i, c] of commands.entries()) {
      const calls = to(c.startsWith("d:") ? await staffPress(someone, c) : await staffSays(someone, c), STAFF_TOKEN, someone.id);
      // Told once what the bot is; after that, silence for a minute (a flood costs no Telegram calls).
      expect(calls, c).toHaveLength(i === 0 ? 1 : 0);
      if (i > 0) continue;
      expect(calls[0]!.token).toBe(STAFF_TOKEN);
      expect(Number(calls[0]!.params.chat_id)).toBe(someone.id);
      expect(String(calls[0]!.params.text), c).toMatch(/staff and deputies only/);
    }
    await staffPress(someone, `d:a:RAAAAA:1`);
    const all = textOf(stack.telegram.calls.slice(before));
    for (const secret of ["RAAAAA", "MCCCCC", "凤鸣镇到县城", "公交"]) expect(all).not.toContain(secret);
    expect((await stored("RAAAAA")).status).toBe("new");
  });

  it("a stranger's flood of 300 messages gets one answer and leaves no key beyond the dedupe marks", async () => {
    const flood = { id: 930_002, first_name: "Flood", language_code: "en" };
    const redis = new Redis({ url: stack.upstash.url, token: stack.upstash.token, automaticDeserialization: false });
    const keysBefore = new Set(await redis.keys("*"));
    const before = stack.telegram.calls.length;
    for (let i = 0; i < 300; i++) expect((await stack.post("staff", textUpdate(flood, `spam ${i}`))).status).toBe(200);
    const sent = stack.telegram.calls.slice(before).filter((c) => Number(c.params.chat_id) === flood.id);
    expect(sent).toHaveLength(1);
    const added = (await redis.keys("*")).filter((k) => !keysBefore.has(k));
    expect(added.length).toBe(300);
    expect(added.every((k) => k.startsWith("yy:upd:staff:"))).toBe(true);
  });
});

describe("the stale sweep", () => {
  it("reports a long-waiting new item to staff once, and closes an unrated answered item", async () => {
    const hour = 3600_000;
    const now = Date.now();
    const old = makeItem({ id: "WAAAAA", createdAt: now - 30 * hour, updatedAt: now - 30 * hour, residentId: 540001, residentChatId: 540001, locale: "en" });
    old.history = [{ at: old.createdAt, by: { role: "resident", id: 540001 }, action: "submitted", to: "new" }];
    const answeredAt = now - 8 * 24 * hour;
    const answered = makeItem({
      id: "WCCCCC", status: "answered", createdAt: answeredAt - hour, updatedAt: answeredAt, residentId: 540002, residentChatId: 540002, locale: "en", answer: "Done.",
      history: [
        { at: answeredAt - hour, by: { role: "resident", id: 540002 }, action: "submitted", to: "new" },
        { at: answeredAt - hour / 2, by: { role: "staff", id: 900003 }, action: "forwarded", from: "new", to: "forwarded" },
        { at: answeredAt - hour / 4, by: { role: "deputy", id: 900002 }, action: "accepted", from: "forwarded", to: "accepted" },
        { at: answeredAt, by: { role: "deputy", id: 900002 }, action: "answered", from: "accepted", to: "answered" },
      ],
    });
    for (const i of [old, answered]) expect(await repo.write([{ kind: "create", item: i, queueScore: queueScore(i) }])).toEqual({ ok: true });

    const container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })));
    stack.telegram.reset();
    const report = await runSweep(container, now);
    expect(report.reported).toContain("WAAAAA");
    expect(report.closed).toEqual(["WCCCCC"]);
    const toStaff = textOf(stack.telegram.sent({ token: STAFF_TOKEN, chatId: staffer.id }));
    expect(toStaff).toMatch(/Waiting too long/);
    expect(toStaff).toContain("WAAAAA");
    expect(textOf(stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: 540002 }))).toMatch(/WCCCCC.*has been closed/);
    const closed = await stored("WCCCCC");
    expect(closed.status).toBe("closed");
    expect(closed.history.at(-1)).toMatchObject({ by: { role: "system" }, action: "auto-closed", to: "closed" });
    expect((await stored("WAAAAA")).staleNotified.new).toBe(now);

    // Once only.
    stack.telegram.reset();
    const again = await runSweep(container, now + hour);
    expect(again.reported).not.toContain("WAAAAA");
    expect(stack.telegram.sent({ chatId: 540002 })).toHaveLength(0);
  });

  it("reminds the target's deputies of a forwarded item nobody accepted, with the card one tap away", async () => {
    const hour = 3600_000;
    const now = Date.now();
    const at = now - 80 * hour;
    const item = makeItem({
      id: "WEEEEE", status: "forwarded", target: "deputy-fengming", createdAt: at - hour, updatedAt: at,
      history: [
        { at: at - hour, by: { role: "resident", id: 1 }, action: "submitted", to: "new" },
        { at, by: { role: "staff", id: staffer.id }, action: "forwarded", from: "new", to: "forwarded" },
      ],
    });
    expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
    const container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })));
    stack.telegram.reset();
    expect((await runSweep(container, now)).reported).toContain("WEEEEE");
    const reminder = stack.telegram.sent({ token: STAFF_TOKEN, chatId: deputy.id });
    expect(textOf(reminder)).toMatch(/Reminder: item <code>WEEEEE<\/code>.*80 hours ago/s);
    const markup = reminder.at(-1)!.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> };
    expect(markup.inline_keyboard[0]![0]!.callback_data).toBe("1v:WEEEEE");
  });

  it("under Node, the server's sweep timer runs only when asked for", async () => {
    const old = Date.now() - 30 * 3600_000;
    const item = makeItem({ id: "WDDDDD", createdAt: old, updatedAt: old, history: [{ at: old, by: { role: "resident", id: 1 }, action: "submitted", to: "new" }] });
    expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
    const config = parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url }));
    stack.telegram.reset();
    const server = await startNodeServer(config, 0, "127.0.0.1", { sweepEveryMs: 50 });
    try {
      const sent = await stack.telegram.waitFor(1, { token: STAFF_TOKEN, chatId: staffer.id });
      expect(textOf(sent)).toContain("WDDDDD");
    } finally {
      await server.close();
    }
    expect((await stored("WDDDDD")).staleNotified.new).toBeGreaterThan(0);
  });
});

describe("staff subscriptions to new items", () => {
  it("a subscribed desk gets each new item as a card it can forward or reject from; a per-target desk only its targets'; a digest desk one list from the cron", async () => {
    const desk: Person = { id: 900131, first_name: "Desk", language_code: "en" };
    const renheDesk: Person = { id: 900132, first_name: "Renhe desk", language_code: "zh-hans" };
    const busy: Person = { id: 900133, first_name: "Busy", language_code: "en" };
    for (const p of [desk, renheDesk, busy]) await staffSays(admin, `/grant ${p.id} staff`);
    await staffSays(admin, "/grant 900002 deputy deputy-fengming");
    expect(textOf(to(await staffSays(desk, "/subscribe"), STAFF_TOKEN, desk.id))).toMatch(/every new item as a card/);
    expect(textOf(to(await staffSays(renheDesk, "/subscribe room-renhe"), STAFF_TOKEN, renheDesk.id))).toMatch(/人和街道.*新意见/);
    expect(textOf(to(await staffSays(busy, "/subscribe digest"), STAFF_TOKEN, busy.id))).toMatch(/one digest every 4 hours/);
    expect(textOf(to(await staffSays(desk, "/subscribe nowhere-studio"), STAFF_TOKEN, desk.id))).toMatch(/not a target in the directory/);
    // The failed change left the first subscription as it was.

    const before = stack.telegram.calls.length;
    const resident: Person = { id: 910131, first_name: "王", language_code: "zh-hans" };
    const code = await submit(resident, "凤鸣镇老街的路灯坏了好几盏，晚上很黑");
    const after = stack.telegram.calls.slice(before);
    const cards = to(after, STAFF_TOKEN, desk.id);
    expect(cards).toHaveLength(1);
    expect(textOf(cards)).toMatch(new RegExp(`New item.*${code}`, "s"));
    expect(JSON.stringify(cards)).not.toContain(String(resident.id));
    expect(buttons(cards).map((b) => unpackStaffButton(b.callback_data)?.kind + ":" + (unpackStaffButton(b.callback_data) as { verb?: string }).verb)).toEqual(["show:undefined", "triage:forward", "triage:reject"]);
    // Other targets' desks and digest desks get no card.
    expect(to(after, STAFF_TOKEN, renheDesk.id)).toEqual([]);
    expect(to(after, STAFF_TOKEN, busy.id)).toEqual([]);

    // Forward from the card: the card itself says so (edited, buttons gone), the deputies get theirs.
    const forwarded = await staffPress(desk, button(cards, /^1f:/));
    expect((await stored(code)).status).toBe("forwarded");
    const edit = forwarded.filter((c) => c.token === STAFF_TOKEN && c.method === "editMessageText" && Number(c.params.chat_id) === desk.id);
    expect(edit).toHaveLength(1);
    expect(String(edit[0]!.params.text)).toMatch(/forwarded to Fengming Town Deputies/);
    expect(edit[0]!.params.reply_markup).toEqual({ inline_keyboard: [] });
    expect(to(forwarded, STAFF_TOKEN, deputy.id).length).toBeGreaterThanOrEqual(1);
    // The same card's buttons are now stale: a toast, nothing else.
    expect(toastOf(await staffPress(desk, button(cards, /^1j:/)))).toMatch(/has changed since/);

    // Reject from a card: asks the reason, and the resident gets it.
    const second = await submit({ ...resident, id: 910132 }, "人和街道菜市场门口的垃圾桶满了没人收");
    const renheCard = to(stack.telegram.calls.slice(-30), STAFF_TOKEN, renheDesk.id);
    expect(textOf(renheCard)).toContain(second);
    const prompt = await staffPress(renheDesk, button(renheCard, /^1j:/));
    expect(textOf(to(prompt, STAFF_TOKEN, renheDesk.id))).toMatch(/不予受理.*原因/);
    const rejected = await staffSays(renheDesk, "这件事已经由街道环卫所处理，不再重复受理");
    expect((await stored(second)).status).toBe("rejected");
    expect(textOf(to(rejected, RESIDENT_TOKEN, 910132))).toContain("这件事已经由街道环卫所处理");

    // The digest desk: nothing until the cron finds its digest due, then one list with both items.
    const container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })));
    const cronStart = stack.telegram.calls.length;
    await runSweep(container, Date.now() + 60_000);
    expect(to(stack.telegram.calls.slice(cronStart), STAFF_TOKEN, busy.id)).toEqual([]);
    const third = await submit({ ...resident, id: 910133 }, "巴阳镇到县城的路上有个大坑");
    const dueAt = Date.now() + 4 * 3600_000 + 60_000;
    await runSweep(container, dueAt);
    const digest = to(stack.telegram.calls.slice(cronStart), STAFF_TOKEN, busy.id);
    expect(digest).toHaveLength(1);
    // Only items still waiting are listed: the forwarded and rejected ones are not news for a triage desk.
    expect(textOf(digest)).toContain(third);
    expect(textOf(digest)).not.toContain(code);
    // Nothing twice: the next run has nothing new for it.
    const again = stack.telegram.calls.length;
    await runSweep(container, dueAt + 4 * 3600_000 + 1);
    expect(to(stack.telegram.calls.slice(again), STAFF_TOKEN, busy.id)).toEqual([]);

    expect(textOf(to(await staffSays(desk, "/unsubscribe"), STAFF_TOKEN, desk.id))).toMatch(/No more new-item cards/);
    const quiet = stack.telegram.calls.length;
    await submit({ ...resident, id: 910134 }, "凤鸣镇卫生院晚上没有医生值班");
    expect(to(stack.telegram.calls.slice(quiet), STAFF_TOKEN, desk.id)).toEqual([]);
  });
});

describe("return to triage", () => {
  it("asks the deputy why; staff see the reason with the deputy's full name; the card is edited, not sent again", async () => {
    const li: Person & { last_name?: string } = { id: 900141, first_name: "李", last_name: "明华", language_code: "zh-hans" } as Person;
    const desk: Person = { id: 900142, first_name: "Triage", language_code: "en" };
    await staffSays(admin, `/grant ${li.id} deputy deputy-fengming`);
    await staffSays(admin, `/grant ${desk.id} staff`);
    await staffSays(li, "/whoami");
    const code = await submit({ id: 910141, first_name: "赵", language_code: "zh-hans" }, "凤鸣镇卫生院门口的路灯坏了，晚上看病很不方便");
    const forwarded = await staffSays(desk, `/forward ${code}`);
    const card = to(forwarded, STAFF_TOKEN, li.id);
    const prompt = await staffPress(li, button(card, /^1t:/));
    // Nothing has moved yet: the reason comes first.
    expect((await stored(code)).status).toBe("forwarded");
    expect(textOf(to(prompt, STAFF_TOKEN, li.id))).toMatch(/为什么.*退回/);
    const returned = await staffSays(li, "这条应由双江街道办理，不在凤鸣镇");
    const item = await stored(code);
    expect(item.status).toBe("new");
    expect(item.history.at(-1)).toMatchObject({ action: "returned", note: "这条应由双江街道办理，不在凤鸣镇", by: { role: "deputy", name: "李明华" } });
    const told = textOf(to(returned, STAFF_TOKEN, desk.id));
    expect(told).toMatch(/李明华 returned item/);
    expect(told).toContain("这条应由双江街道办理，不在凤鸣镇");
    // The card itself says it went back (edited in place, its buttons gone); it is not sent a second time.
    const mine = to(returned, STAFF_TOKEN, li.id);
    expect(mine.map((c) => c.method)).toEqual(["editMessageText"]);
    expect(String(mine[0]!.params.text)).toMatch(/已退回待分派队列/);
    expect(mine[0]!.params.reply_markup).toEqual({ inline_keyboard: [] });
  });
});

describe("a staff message the resident can answer", () => {
  it("/reply on a waiting item reaches the resident with a Reply button; the resident simply types, and the staff member who wrote gets the answer", async () => {
    const desk: Person = { id: 900151, first_name: "Wang", language_code: "en" };
    await staffSays(admin, `/grant ${desk.id} staff`);
    await staffSays(desk, "/whoami");
    const resident: Person = { id: 910151, first_name: "钱", language_code: "zh-hans" };
    const code = await submit(resident, "双江街道我们小区门口的下水道堵了好几天，一下雨就冒水");
    const sent = await staffSays(desk, `/reply ${code} 请问是哪个小区？具体在哪条街？`);
    const notice = to(sent, RESIDENT_TOKEN, resident.id);
    expect(textOf(notice)).toContain("请问是哪个小区");
    expect(buttons(notice).map((b) => unpackResidentButton(b.callback_data))).toEqual([{ kind: "reply", code }]);
    // No button pressed: the typed text is the answer, and no new draft starts.
    const typed = await post("resident", textUpdate(resident, "是滨江花园小区，在滨江大道上"));
    expect(textOf(to(typed, RESIDENT_TOKEN, resident.id))).toMatch(/已转给县里的工作人员/);
    expect(textOf(to(typed, STAFF_TOKEN, desk.id))).toMatch(/replied to your message.*是滨江花园小区/s);
    const item = await stored(code);
    expect(item.thread.map((t) => `${t.from}:${t.text}`)).toEqual(["staff:请问是哪个小区？具体在哪条街？", "resident:是滨江花园小区，在滨江大道上"]);
    expect(item.status).toBe("new");
  });
});
