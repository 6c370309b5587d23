/**
 * Consultation topics end to end, under the Node server with real Redis and
 * both bots: two residents submit through the resident bot; staff open a
 * topic and put both items on it (/topic new, /topic add) and set its session
 * (/topic session), which invites both; one resident presses "attend", the
 * other types a written view; the cron (on an injected clock) reminds them
 * the day before and sends the deputies the agenda pack; staff record the
 * outcome (/outcome), which reaches both and answers both items; the cron
 * asks for the evaluation, answered by buttons; /stats, /topic show and
 * /pack show it all; /forget leaves the answers counted but nobody's.
 * Packs and scorecards hold no resident identity.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContainer, type Container } from "../../api/container.js";
import { runSweep } from "../../api/cron.js";
import { parseConfig } from "../../api/env.js";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { unpackResidentButton } from "../../handlers/resident/callback.js";
import { unpackStaffButton } from "../../handlers/staff/callback.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, TEST_API_TOKEN, testEnv } from "../support/env.js";
import { buttons, markup, poster, textOf, to } from "../support/recorded.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { callbackUpdate, textUpdate, type Person } from "../support/updates.js";

let stack: NodeStack;
let container: Container;
beforeAll(async () => {
  stack = await startNodeStack();
  // The cron runs on its own container (as the Worker's scheduled handler does), with the clock the test gives it.
  container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })), () => {});
});
afterAll(async () => stack?.stop());

const admin: Person = { id: 900001, first_name: "Admin", language_code: "en" };
const deputy: Person = { id: 900102, first_name: "Deputy Wang", language_code: "en" };
const residents: Person[] = [
  { id: 561001, first_name: "Chen Xiaoli", language_code: "en" },
  { id: 561002, first_name: "Liu Daming", language_code: "en" },
];


const post = poster(() => stack);
/** A staff command from the admin; what the admin was sent. */
const staff = async (text: string) => to(await post("staff", textUpdate(admin, text)), STAFF_TOKEN, admin.id);
/** The one inline button with this label among the calls. */
const pressable = (calls: RecordedCall[], label: string) => {
  const found = buttons(calls).filter((b) => b.text === label);
  expect(found, `${label} in ${textOf(calls)}`).toHaveLength(1);
  return found[0]!.callback_data;
};

/** A resident goes through the real intake flow; returns the item code. */
async function submit(person: Person, text: string): Promise<string> {
  let calls = to(await post("resident", textUpdate(person, text)), RESIDENT_TOKEN, person.id);
  for (let step = 0; step < 6 && !buttons(calls).some((b) => b.callback_data.startsWith("1s:")); step++) {
    // The first resident's item looks like the same matter ("me too", #15): this one raises their own, for the topic to group.
    const decline = buttons(calls).find((b) => b.callback_data.startsWith("1d:"));
    if (decline) {
      calls = to(await post("resident", callbackUpdate(person, decline.callback_data)), RESIDENT_TOKEN, person.id);
      continue;
    }
    const keyboard = calls.map(markup).find((m) => m.keyboard)?.keyboard;
    if (!keyboard) throw new Error(`intake stuck: ${textOf(calls)}`);
    calls = to(await post("resident", textUpdate(person, keyboard[1]![0]!.text)), RESIDENT_TOKEN, person.id);
  }
  calls = to(await post("resident", callbackUpdate(person, buttons(calls).find((b) => b.callback_data.startsWith("1s:"))!.callback_data)), RESIDENT_TOKEN, person.id);
  const code = /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(calls))?.[1];
  expect(code, textOf(calls)).toBeDefined();
  return code!;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers are read field by field, checked by the assertions
async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${stack.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${TEST_API_TOKEN}`, ...(body !== undefined && { "content-type": "application/json" }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text };
}

const DAY = 24 * 3600_000;
/** The outcome's due day: 40 county days from now (the evaluation comes EVALUATION_DAYS = 30 after it). */
const DUE_DATE = new Date(Date.now() + 8 * 3600_000 + 40 * DAY).toISOString().slice(0, 10);

describe("a topic from items to evaluation, through both bots", () => {
  let codes: string[] = [];
  let topicId = "";
  const startsAt = Date.now() + 5 * DAY;
  const startsAtText = new Date(startsAt + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
  let invitations: RecordedCall[][] = [];

  it("staff open a topic and put two residents' items on it; the items' cards show it", async () => {
    expect(textOf(await staff(`/grant ${deputy.id} deputy deputy-fengming`))).toMatch(/deputy/);
    codes = [await submit(residents[0]!, "凤鸣镇老街的路灯坏了一个月了，晚上走路很危险"), await submit(residents[1]!, "凤鸣镇老街路灯不亮，老人晚上出门不方便")];
    for (const code of codes) expect((await api("GET", `/items/${code}`)).body.target).toBe("deputy-fengming");
    // The two look like one matter: suggested as a topic of their target.
    expect((await api("GET", "/topics/suggestions?target=deputy-fengming")).body.suggestions).toEqual([expect.objectContaining({ items: codes, support: 2 })]);

    expect(textOf(await staff("/topic new atlantis 老街路灯"))).toMatch(/no target atlantis/);
    const made = textOf(await staff("/topic new deputy-fengming 凤鸣老街路灯"));
    topicId = /<code>(T[A-Z0-9]{5})<\/code>/.exec(made)?.[1] ?? "";
    expect(made).toMatch(/凤鸣老街路灯.* is open for /);
    expect(textOf(await staff(`/topic add ${topicId} ${codes.join(" ")}`))).toMatch(/now holds 2 items/);
    expect((await stack.items.get(codes[0]!))?.item.topic).toBe(topicId);
    // An item is on one topic at a time; a code from another target is refused by name.
    expect(textOf(await staff(`/topic add ${topicId} ZZZZZZ`))).toMatch(/no item ZZZZZZ/);
    expect((await api("POST", "/topics", { target: "deputy-fengming", title: "again", items: [codes[0]] })).body.error).toBe("topic-item-on-other-topic");
    // On a topic, they are no longer suggested; staff see the topic on the card.
    expect((await api("GET", "/topics/suggestions?target=deputy-fengming")).body.suggestions).toEqual([]);
    expect(textOf(await staff(`/show ${codes[0]}`))).toContain(`On consultation topic <code>${topicId}</code>`);
    expect(textOf(await staff("/topic"))).toMatch(new RegExp(`${topicId}</code> 凤鸣老街路灯 .* gathering items · 2 items`));
  });

  it("/topic session invites both residents with attend / not attend / in writing buttons, and tells the deputies", async () => {
    stack.telegram.reset();
    const said = textOf(await staff(`/topic session ${topicId} ${startsAtText} quarterly-deputy-meeting 凤鸣镇人大代表之家`));
    expect(said).toMatch(/Quarterly deputy meeting.*凤鸣镇人大代表之家\. 2 residents invited/);
    invitations = residents.map((r) => stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id }));
    for (const got of invitations) {
      expect(got).toHaveLength(1);
      expect(textOf(got)).toMatch(/invited to a consultation: 凤鸣老街路灯/);
      expect(buttons(got).map((b) => b.text)).toEqual(["I will attend", "I will not attend", "Send my view in writing"]);
    }
    expect(textOf(stack.telegram.sent({ token: STAFF_TOKEN, chatId: deputy.id }))).toMatch(/新的协商：凤鸣老街路灯.*2 件意见，已邀请 2 位群众/s);
    // A deputy may not run topic commands.
    expect(textOf(to(await post("staff", textUpdate(deputy, "/topic")), STAFF_TOKEN, deputy.id))).not.toContain(topicId);
  });

  it("one resident presses attend; the other sends a view by typing it; a button of no topic answers on the button", async () => {
    const attend = to(await post("resident", callbackUpdate(residents[0]!, pressable(invitations[0]!, "I will attend"))), RESIDENT_TOKEN, residents[0]!.id);
    // The invitation itself says so, its keyboard gone.
    const edit = attend.find((c) => c.method === "editMessageText");
    expect(String(edit?.params.text)).toMatch(/noted that you will attend "凤鸣老街路灯"/);
    expect(markup(edit).inline_keyboard ?? []).toEqual([]);

    const asked = to(await post("resident", callbackUpdate(residents[1]!, pressable(invitations[1]!, "Send my view in writing"))), RESIDENT_TOKEN, residents[1]!.id);
    expect(textOf(asked)).toMatch(/type your view/);
    expect(asked.some((c) => c.method === "editMessageReplyMarkup")).toBe(true);
    const typed = to(await post("resident", textUpdate(residents[1]!, "希望换成太阳能路灯，我是刘大明，电话 13812345678")), RESIDENT_TOKEN, residents[1]!.id);
    expect(textOf(typed)).toMatch(/written view is attached to "凤鸣老街路灯"/);
    // The typed view did not start a new item.
    expect((await stack.items.byResident(residents[1]!.id, 10)).map((i) => i.id)).toEqual([codes[1]]);

    const before = stack.telegram.calls.length;
    await post("resident", callbackUpdate(residents[0]!, "1ca:TZZZZZ:y"));
    const stale = stack.telegram.calls.slice(before);
    expect(stale.filter((c) => c.method === "sendMessage")).toEqual([]);
    expect(String(stale.find((c) => c.method === "answerCallbackQuery")?.params.text)).toMatch(/no topic TZZZZZ/);

    expect((await api("GET", `/topics/${topicId}`)).body).toMatchObject({ rsvps: { attend: 1, absent: 0, written: 1 }, residents: 2, views: [{ text: expect.stringContaining("希望换成太阳能路灯") }] });
    const shown = textOf(await staff(`/topic show ${topicId}`));
    expect(shown).toMatch(/attend 1, not attend 0, in writing 1, no answer 0 · 1 written view/);
    expect(shown).toContain(codes[1]!);
    for (const r of residents) expect(shown).not.toContain(String(r.id));
  });

  it("the cron reminds both residents the day before, once, and sends the deputies the agenda pack without identities", async () => {
    stack.telegram.reset();
    expect((await runSweep(container, startsAt - 2 * DAY)).topics.reminded).toEqual([]);
    expect((await runSweep(container, startsAt - 23 * 3600_000)).topics.reminded).toEqual([topicId]);
    for (const r of residents) expect(textOf(stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id }))).toMatch(/Consultation tomorrow: 凤鸣老街路灯/);
    const docs = stack.telegram.sent({ token: STAFF_TOKEN, chatId: deputy.id, method: "sendDocument" }).map((c) => c.params.document as { filename: string; content: string });
    expect(docs.map((d) => d.filename)).toEqual([`agenda-${topicId}.md`, `agenda-${topicId}.csv`]);
    expect(docs[0]!.content).toMatch(/参加 attend 1, 不参加 absent 0, 书面意见 written 1, 未回复 no answer 0 \(邀请 invited 2\)/);
    for (const doc of docs) {
      for (const r of residents) {
        expect(doc.content).not.toContain(String(r.id));
        expect(doc.content).not.toContain(r.first_name);
      }
      expect(doc.content).not.toContain("13812345678");
    }
    stack.telegram.reset();
    expect((await runSweep(container, startsAt - 22 * 3600_000)).topics.reminded).toEqual([]);
    expect(stack.telegram.sent({ token: RESIDENT_TOKEN })).toHaveLength(0);
  });

  it("/outcome reaches both residents and answers both items; the raiser rates it by button as any answer", async () => {
    stack.telegram.reset();
    expect(textOf(await staff(`/outcome ${topicId} 2026-02-30 凤鸣镇人民政府 | 七月底前更换老街全部路灯`))).toMatch(/due date like/);
    expect(textOf(await staff(`/outcome ${topicId} ${DUE_DATE} 凤鸣镇人民政府`))).toMatch(/Usage/);
    expect(textOf(await staff(`/outcome ${topicId} ${DUE_DATE} 凤鸣镇 人民政府 | 七月底前更换老街全部路灯`))).toMatch(/2 items answered, 2 residents told/);
    for (const [i, r] of residents.entries()) {
      const got = stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id });
      expect(textOf(got)).toMatch(/has been decided: 凤鸣老街路灯.*七月底前更换老街全部路灯.*Responsible: 凤鸣镇 人民政府/s);
      expect(buttons(got).map((b) => unpackResidentButton(b.callback_data))).toContainEqual(expect.objectContaining({ kind: "rate", code: codes[i], stars: 5 }));
      expect((await api("GET", `/items/${codes[i]}`)).body).toMatchObject({ status: "answered", answer: "七月底前更换老街全部路灯", topic: topicId });
    }
    // The public page of each item shows the topic, its session and the decision; never a resident.
    for (const code of codes) {
      const page = await fetch(`${stack.url}/t/${code}?lang=en`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("凤鸣老街路灯");
      expect(html).toMatch(/What was decided[\s\S]*七月底前更换老街全部路灯[\s\S]*凤鸣镇 人民政府/);
      for (const r of residents) expect(html).not.toContain(r.first_name);
    }
        const four = buttons(stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: residents[0]!.id })).find((b) => b.text.startsWith("4"))!.callback_data;
    expect(textOf(to(await post("resident", callbackUpdate(residents[0]!, four)), RESIDENT_TOKEN, residents[0]!.id))).toMatch(/thank/i);
    expect((await api("GET", `/items/${codes[0]}`)).body.rating).toBe(4);
    expect(textOf(await staff(`/outcome ${topicId} ${DUE_DATE} x | again`))).toMatch(/has been decided and can no longer change/);
  });

  it("/stats shows the target's scorecard: items, rating, topics, sessions held", async () => {
    const said = textOf(await staff("/stats"));
    expect(said).toMatch(/Scorecards/);
    expect(said).toMatch(/2 items · answered in [\d.]+ days \(median\) · rating 4 · 1 topic · 1 session held · outcomes due 0, done 0 · evaluation —/);
    for (const r of residents) expect(said).not.toContain(String(r.id));
  });

  it("EVALUATION_DAYS after the due date the cron asks both residents; they answer by buttons (done or partly, then 1–5)", async () => {
    const askAt = Date.parse(`${DUE_DATE}T00:00:00+08:00`) + 30 * DAY;
    stack.telegram.reset();
    expect((await runSweep(container, askAt - 3600_000)).topics.evaluated).toEqual([]);
    expect((await runSweep(container, askAt)).topics.evaluated).toEqual([topicId]);
    for (const [r, verdict, score] of [[residents[0]!, "Done", "5 ⭐"], [residents[1]!, "Partly", "3 ⭐"]] as const) {
      const asked = stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id });
      expect(textOf(asked)).toMatch(/Was it done\? 凤鸣老街路灯/);
      expect(buttons(asked).map((b) => b.text)).toEqual(["Done", "Partly", "Not done"]);
      const second = to(await post("resident", callbackUpdate(r, pressable(asked, verdict))), RESIDENT_TOKEN, r.id);
      // The question becomes the second one in place: five score buttons instead of three.
      const edit = second.find((c) => c.method === "editMessageText")!;
      expect(String(edit.params.text)).toMatch(/How well was "凤鸣老街路灯" carried out/);
      expect(buttons([edit]).map((b) => b.text)).toHaveLength(5);
      const thanked = to(await post("resident", callbackUpdate(r, pressable([edit], score))), RESIDENT_TOKEN, r.id);
      expect(String(thanked.find((c) => c.method === "editMessageText")?.params.text)).toMatch(/evaluation of "凤鸣老街路灯" is recorded/);
    }
    expect((await api("GET", `/topics/${topicId}`)).body.evaluation).toEqual({ answers: 2, done: 1, partly: 1, not_done: 0, mean: 4 });
    const cards = await container.topics.scorecards(askAt + 5, { target: "deputy-fengming" });
    expect(cards[0]).toMatchObject({ outcomes_due: 1, outcomes_done: 0, evaluation_mean: 4, sessions_held: 1 });
    expect(textOf(await staff(`/topic show ${topicId}`))).toMatch(/2 answers \(done 1, partly 1, not done 0\) · mean score 4/);
  });

  it("/pack sends the quarterly pack of the deputy station as Markdown and CSV, without identities", async () => {
    const quarter = `${new Date(startsAt + 8 * 3600_000).getUTCFullYear()}Q${Math.floor(new Date(startsAt + 8 * 3600_000).getUTCMonth() / 3) + 1}`;
    expect(textOf(await staff("/pack deputy-fengming 2026Q5"))).toMatch(/quarter like 2026Q2/);
    const before = stack.telegram.calls.length;
    await staff(`/pack deputy-fengming ${quarter}`);
    const docs = stack.telegram.calls.slice(before).filter((c) => c.method === "sendDocument" && Number(c.params.chat_id) === admin.id);
    const files = docs.map((c) => c.params.document as { filename: string; content: string });
    expect(files.map((f) => f.filename)).toEqual([`pack-deputy-fengming-${quarter}.md`, `pack-deputy-fengming-${quarter}.csv`]);
    expect(files[0]!.content).toContain("凤鸣老街路灯");
    expect(files[0]!.content).toMatch(/已开会议 Sessions held: 1/);
    expect(files[1]!.content).toContain(codes[0]!);
    for (const f of files) for (const r of residents) expect(f.content).not.toContain(String(r.id));
  });

  it("/forget leaves the resident's invitation answer and evaluation counted but nobody's, and their name out of the views", async () => {
    const r = residents[1]!;
    const asked = to(await post("resident", textUpdate(r, "/forget")), RESIDENT_TOKEN, r.id);
    const yes = buttons(asked).find((b) => JSON.stringify(unpackResidentButton(b.callback_data)) === JSON.stringify({ kind: "forget", confirm: true }));
    expect(yes, textOf(asked)).toBeDefined();
    await post("resident", callbackUpdate(r, yes!.callback_data));
    const topic = (await container.topics.get(topicId))!;
    expect(topic.rsvps.map((x) => x.chat).sort()).toEqual([residents[0]!.id, null].sort());
    expect(topic.evaluations.map((x) => x.chat)).not.toContain(r.id);
    expect(JSON.stringify(topic)).not.toContain(String(r.id));
    expect(topic.views[0]!.text).not.toContain("13812345678");
    expect((await api("GET", `/topics/${topicId}`)).body).toMatchObject({ rsvps: { attend: 1, written: 1 }, evaluation: { answers: 2, done: 1, partly: 1, mean: 4 } });
  });
});

describe("suggested topics in the staff bot", () => {
  it("/topic suggest lists groupings of similar open items with one button each; the button opens the topic, a changed suggestion answers on the button", async () => {
    const people: Person[] = [
      { id: 561101, first_name: "Zhou", language_code: "en" },
      { id: 561102, first_name: "Wu", language_code: "en" },
    ];
    const codes = [await submit(people[0]!, "巴阳镇码头的护栏断了好几根，小孩子在那边玩很危险"), await submit(people[1]!, "巴阳镇码头护栏坏了，孩子容易掉下去")];
    expect(textOf(await staff("/topic suggest nowhere"))).toMatch(/not a target|no target/i);
    const listed = await staff("/topic suggest deputy-bayang");
    expect(textOf(listed)).toMatch(/Suggested topics for Bayang/);
    for (const code of codes) expect(textOf(listed)).toContain(code);
    const accept = buttons(listed).find((b) => unpackStaffButton(b.callback_data)?.kind === "topic-accept")!;
    expect(new TextEncoder().encode(accept.callback_data).length).toBeLessThanOrEqual(64);
    const pressed = await post("staff", callbackUpdate(admin, accept.callback_data));
    const edited = pressed.filter((c) => c.token === STAFF_TOKEN && c.method === "editMessageText");
    expect(String(edited[0]?.params.text)).toMatch(/is open for Bayang.* with 2 items/);
    const topic = /<code>(T[A-Z0-9]{5})<\/code>/.exec(String(edited[0]!.params.text))![1]!;
    for (const code of codes) expect((await stack.items.get(code))?.item.topic).toBe(topic);
    // The same button again: the items are on a topic now, so the suggestion is gone: said on the button.
    const again = await post("staff", callbackUpdate(admin, accept.callback_data));
    expect(again.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text))).toEqual([expect.stringMatching(/has changed since/)]);
    expect((await api("GET", "/topics")).body.topics.filter((t: { id: string }) => t.id === topic)).toHaveLength(1);
  });
});
