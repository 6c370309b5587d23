/**
 * Consultation topics end to end, under the Node server with real Redis and
 * both bots: two residents submit through the resident bot, a topic groups
 * their items, a session posted through the API invites both (attend / not
 * attend / written view), the cron (on an injected clock) reminds them the day
 * before and sends the deputies the agenda pack, an outcome posted through the
 * API reaches both and answers both items, the cron asks for the evaluation,
 * and the scorecard shows it all. Packs and scorecards hold no resident identity.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContainer, type Container } from "../../api/container.js";
import { runSweep } from "../../api/cron.js";
import { parseConfig } from "../../api/env.js";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, TEST_API_TOKEN, testEnv } from "../support/env.js";
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

type Markup = { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; keyboard?: Array<Array<{ text: string }>> };
const markup = (call: RecordedCall | undefined) => (call?.params.reply_markup ?? {}) as Markup;
const textOf = (calls: RecordedCall[]) => calls.map((c) => String(c.params.text ?? c.params.caption ?? "")).join("\n---\n");
const buttons = (calls: RecordedCall[]) => calls.flatMap((c) => markup(c).inline_keyboard?.flat() ?? []);

async function post(bot: "resident" | "staff", update: unknown): Promise<RecordedCall[]> {
  const before = stack.telegram.calls.length;
  const res = await stack.post(bot, update);
  expect(res.status).toBe(200);
  return stack.telegram.calls.slice(before);
}
const to = (calls: RecordedCall[], token: string, chatId: number) => calls.filter((c) => c.token === token && Number(c.params.chat_id) === chatId);

/** A resident goes through the real intake flow; returns the item code. */
async function submit(person: Person, text: string): Promise<string> {
  let calls = to(await post("resident", textUpdate(person, text)), RESIDENT_TOKEN, person.id);
  for (let step = 0; step < 6 && !buttons(calls).some((b) => b.callback_data.startsWith("1s:")); step++) {
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

describe("a topic from items to evaluation", () => {
  let codes: string[] = [];
  let topicId = "";
  const startsAt = Date.now() + 5 * DAY;

  it("two residents' items go on one topic of their target; the items show it", async () => {
    expect(textOf(to(await post("staff", textUpdate(admin, `/grant ${deputy.id} deputy deputy-fengming`)), STAFF_TOKEN, admin.id))).toMatch(/deputy/);
    codes = [await submit(residents[0]!, "凤鸣镇老街的路灯坏了一个月了，晚上走路很危险"), await submit(residents[1]!, "凤鸣镇老街路灯不亮，老人晚上出门不方便")];
    for (const code of codes) expect((await api("GET", `/items/${code}`)).body.target).toBe("deputy-fengming");

    // The two look like one matter: suggested as a topic of their target.
    const suggested = await api("GET", "/topics/suggestions?target=deputy-fengming");
    expect(suggested.body.suggestions).toEqual([expect.objectContaining({ items: [...codes].sort((a, b) => codes.indexOf(a) - codes.indexOf(b)), support: 2 })]);

    const refused = await api("POST", "/topics", { target: "room-renhe", title: "老街路灯", items: codes });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe("topic-item-other-target");
    expect((await api("POST", "/topics", { target: "deputy-fengming", title: "", items: codes })).body).toMatchObject({ error: "invalid_request", field: "title" });

    const made = await api("POST", "/topics", { target: "deputy-fengming", title: "凤鸣老街路灯", items: codes });
    expect(made.status).toBe(201);
    topicId = made.body.id;
    expect(made.body).toMatchObject({ target: "deputy-fengming", stage: "gathering", items: codes });
    expect((await stack.items.get(codes[0]!))?.item.topic).toBe(topicId);
    // On a topic, they are no longer suggested.
    expect((await api("GET", "/topics/suggestions?target=deputy-fengming")).body.suggestions).toEqual([]);
    expect((await api("GET", "/topics?target=deputy-fengming")).body.topics.map((t: { id: string }) => t.id)).toContain(topicId);
    // An item is on one topic at a time.
    expect((await api("POST", "/topics", { target: "deputy-fengming", title: "again", items: [codes[0]] })).body.error).toBe("topic-item-on-other-topic");
  });

  it("a session posted through the API invites both residents with attend / not attend buttons, and tells the deputies", async () => {
    stack.telegram.reset();
    const res = await api("POST", `/topics/${topicId}/session`, { starts_at: new Date(startsAt).toISOString(), venue: "凤鸣镇人大代表之家", kind: "quarterly-deputy-meeting" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stage: "scheduled", reached: 2, session: { venue: "凤鸣镇人大代表之家", kind: "quarterly-deputy-meeting" } });
    for (const r of residents) {
      const got = stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id });
      expect(got, r.first_name).toHaveLength(1);
      expect(textOf(got)).toMatch(/invited to a consultation: 凤鸣老街路灯/);
      expect(textOf(got)).toMatch(/Quarterly deputy meeting/);
      expect(buttons(got).map((b) => b.text)).toEqual(["I will attend", "I will not attend", "Send my view in writing"]);
    }
    // The deputy never set a language in the staff bot: the default one (zh-CN).
    expect(textOf(stack.telegram.sent({ token: STAFF_TOKEN, chatId: deputy.id }))).toMatch(/新的协商：凤鸣老街路灯.*2 件意见，已邀请 2 位群众/s);
  });

  it("the residents' answers are kept on the topic (through the service the resident bot's buttons use)", async () => {
    expect((await container.topics.residentAnswer(topicId, residents[0]!.id, { kind: "rsvp", topic: topicId, attend: true }, Date.now())).ok).toBe(true);
    expect((await container.topics.residentView(topicId, residents[1]!.id, "希望换成太阳能路灯，我的电话 13812345678", Date.now())).ok).toBe(true);
    // Someone who is not a resident of the topic changes nothing.
    expect(await container.topics.residentAnswer(topicId, 999_999, { kind: "rsvp", topic: topicId, attend: true }, Date.now())).toMatchObject({ ok: false, refusal: "topic-not-yours" });
    expect((await api("GET", `/topics/${topicId}`)).body).toMatchObject({ rsvps: { attend: 1, absent: 0, written: 1 }, residents: 2, views: [{ text: "希望换成太阳能路灯，我的电话 ***" }] });
  });

  it("the cron reminds both residents the day before, once, and sends the deputies the agenda pack without identities", async () => {
    stack.telegram.reset();
    expect((await runSweep(container, startsAt - 2 * DAY)).topics.reminded).toEqual([]);
    const report = await runSweep(container, startsAt - 23 * 3600_000);
    expect(report.topics.reminded).toEqual([topicId]);
    for (const r of residents) expect(textOf(stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id }))).toMatch(/Consultation tomorrow: 凤鸣老街路灯/);
    const docs = stack.telegram.sent({ token: STAFF_TOKEN, chatId: deputy.id, method: "sendDocument" }).map((c) => c.params.document as { filename: string; content: string });
    expect(docs.map((d) => d.filename)).toEqual([`agenda-${topicId}.md`, `agenda-${topicId}.csv`]);
    const md = docs[0]!.content;
    expect(md).toMatch(/参加 attend 1, 不参加 absent 0, 书面意见 written 1, 未回复 no answer 0 \(邀请 invited 2\)/);
    expect(md).toContain("老人晚上出门不方便");
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

  it("an outcome posted through the API reaches both residents and moves both items to answered; the raiser rates it as any answer", async () => {
    stack.telegram.reset();
    const res = await api("POST", `/topics/${topicId}/outcome`, { text: "七月底前更换老街全部路灯", responsible: "凤鸣镇人民政府", due_date: DUE_DATE });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stage: "decided", reached: 2, outcome: { responsible: "凤鸣镇人民政府", due_date: DUE_DATE } });
    for (const [i, r] of residents.entries()) {
      const got = stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id });
      expect(textOf(got)).toMatch(/has been decided: 凤鸣老街路灯.*七月底前更换老街全部路灯.*Responsible: 凤鸣镇人民政府/s);
      expect(buttons(got).map((b) => b.callback_data)).toContain(`i:r:${codes[i]}:5`);
      const item = (await api("GET", `/items/${codes[i]}`)).body;
      expect(item).toMatchObject({ status: "answered", answer: "七月底前更换老街全部路灯", topic: topicId });
      expect(item.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(["topic", "forwarded", "accepted", "answered"]));
    }
    const rated = to(await post("resident", callbackUpdate(residents[0]!, `i:r:${codes[0]}:4`)), RESIDENT_TOKEN, residents[0]!.id);
    expect(textOf(rated)).toMatch(/thank/i);
    expect((await api("GET", `/items/${codes[0]}`)).body.rating).toBe(4);
    expect((await api("POST", `/topics/${topicId}/outcome`, { text: "again", responsible: "x", due_date: DUE_DATE })).body.error).toBe("topic-already-decided");
  });

  it("GET /scorecards shows the target with one session held and no resident identity", async () => {
    const res = await api("GET", "/scorecards");
    expect(res.status).toBe(200);
    const card = res.body.targets.find((t: { target: string }) => t.target === "deputy-fengming");
    expect(card).toMatchObject({ items: 2, topics: 1, sessions_held: 1, outcomes_due: 0, outcomes_done: 0, mean_rating: 4, evaluation_mean: null });
    expect(res.body.targets).toHaveLength(container.directory.targets.length);
    const text = JSON.stringify(res.body);
    for (const r of residents) expect(text).not.toContain(String(r.id));
  });

  it("EVALUATION_DAYS after the due date the cron asks both residents whether it was done; answers are kept per topic and scored", async () => {
    const askAt = Date.parse(`${DUE_DATE}T00:00:00+08:00`) + 30 * DAY;
    stack.telegram.reset();
    expect((await runSweep(container, askAt - 3600_000)).topics.evaluated).toEqual([]);
    expect((await runSweep(container, askAt)).topics.evaluated).toEqual([topicId]);
    for (const r of residents) {
      const got = stack.telegram.sent({ token: RESIDENT_TOKEN, chatId: r.id });
      expect(textOf(got)).toMatch(/Was it done\? 凤鸣老街路灯/);
      expect(buttons(got).map((b) => b.text)).toEqual(["Done", "Partly", "Not done"]);
    }
    const first = await container.topics.residentAnswer(topicId, residents[0]!.id, { kind: "evaluate", topic: topicId, verdict: "done", score: null }, askAt + 1);
    expect(first.ok && first.reply?.key).toBe("topic-evaluation-score");
    await container.topics.residentAnswer(topicId, residents[0]!.id, { kind: "evaluate", topic: topicId, verdict: "done", score: 5 }, askAt + 2);
    await container.topics.residentAnswer(topicId, residents[1]!.id, { kind: "evaluate", topic: topicId, verdict: "done", score: null }, askAt + 3);
    await container.topics.residentAnswer(topicId, residents[1]!.id, { kind: "evaluate", topic: topicId, verdict: "done", score: 4 }, askAt + 4);
    expect((await api("GET", `/topics/${topicId}`)).body.evaluation).toEqual({ answers: 2, done: 2, partly: 0, not_done: 0, mean: 4.5 });
    const cards = await container.topics.scorecards(askAt + 5, { target: "deputy-fengming" });
    expect(cards[0]).toMatchObject({ outcomes_due: 1, outcomes_done: 1, evaluation_mean: 4.5, sessions_held: 1 });
  });

  it("the quarterly pack of the deputy station holds the topic and its scorecard, without identities", async () => {
    const quarter = `${new Date(startsAt + 8 * 3600_000).getUTCFullYear()}Q${Math.floor(new Date(startsAt + 8 * 3600_000).getUTCMonth() / 3) + 1}`;
    const pack = await container.topics.quarterly("deputy-fengming", quarter, Date.now());
    expect(pack.ok).toBe(true);
    if (!pack.ok) return;
    expect(pack.documents[0]!.content).toContain("凤鸣老街路灯");
    expect(pack.documents[0]!.content).toMatch(/已开会议 Sessions held: 1/);
    for (const d of pack.documents) for (const r of residents) expect(d.content).not.toContain(String(r.id));
    expect(await container.topics.quarterly("deputy-fengming", "2026Q5", Date.now())).toMatchObject({ ok: false, refusal: "topic-bad-quarter" });
  });
});
