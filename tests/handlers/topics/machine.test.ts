import { describe, expect, it } from "vitest";
import { evaluationAt, nextWakeAt, reduceTopic, REMINDER_LEAD_MS, type TopicInput } from "../../../handlers/topics/machine.js";
import { stageOfTopic, type Topic } from "../../../handlers/topics/model.js";

const DAY = 24 * 3600_000;
const T0 = Date.parse("2026-06-01T10:00:00+08:00");
const SESSION_AT = Date.parse("2026-06-10T19:30:00+08:00");

/** Applies inputs in order; the last step's result. */
function run(inputs: TopicInput[]) {
  let topic: Topic | null = null;
  let last = reduceTopic(null, inputs[0]!);
  if (last.ok) topic = last.topic;
  for (const input of inputs.slice(1)) {
    last = reduceTopic(topic, input);
    if (last.ok) topic = last.topic;
  }
  return { last, topic: topic! };
}

const create: TopicInput = { kind: "create", id: "TAAAAA", target: "deputy-fengming", title: "老街路灯", items: ["KAAAAA", "KCCCCC", "KAAAAA"], at: T0, by: "api" };
const schedule: TopicInput = { kind: "schedule", startsAt: SESSION_AT, venue: "凤鸣镇人大代表之家", sessionKind: "quarterly-deputy-meeting", at: T0 + 1000, by: "api" };
const outcome: TopicInput = { kind: "outcome", text: "七月底前修好老街路灯", responsible: "凤鸣镇人民政府", dueDate: "2026-07-31", at: SESSION_AT + 2 * 3600_000, by: "staff" };
const evalDays = 30;
const askAt = evaluationAt({ outcome: { text: "", responsible: "", dueDate: "2026-07-31", decidedAt: 0, evaluationAskedAt: null } }, evalDays)!;

describe("topic reducer: each input from each stage", () => {
  // [name, inputs before, the input, expected: refusal key or {stage, effects}]
  const table: Array<[string, TopicInput[], TopicInput, string | { stage: string; effects: string[] }]> = [
    ["create", [], create, { stage: "gathering", effects: [] }],
    ["create twice", [create], create, "topic-exists"],
    // Staff open a topic first and put items on it after (/topic new, /topic add); a session needs items to invite.
    ["create without items", [], { ...create, items: [] } as TopicInput, { stage: "gathering", effects: [] }],
    ["schedule a topic without items", [{ ...create, items: [] } as TopicInput], schedule, "topic-no-items"],
    ["create with a blank title", [], { ...create, title: "  " } as TopicInput, "topic-no-title"],
    ["create with 51 items", [], { ...create, items: Array.from({ length: 51 }, (_, i) => `K${String(i).padStart(5, "A")}`) } as TopicInput, "topic-too-many-items"],
    ["add items while gathering", [create], { kind: "add-items", items: ["KDDDDD"], at: T0 + 1, by: "staff" }, { stage: "gathering", effects: [] }],
    ["add only items already there", [create], { kind: "add-items", items: ["KAAAAA"], at: T0 + 1, by: "staff" }, "topic-nothing-added"],
    ["schedule: residents invited", [create], schedule, { stage: "scheduled", effects: ["invite"] }],
    ["reschedule: invited again", [create, schedule], { ...schedule, startsAt: SESSION_AT + DAY } as TopicInput, { stage: "scheduled", effects: ["invite"] }],
    ["schedule a session already held: nobody invited", [create], { ...schedule, startsAt: T0 - DAY } as TopicInput, { stage: "scheduled", effects: [] }],
    ["schedule without a venue", [create], { ...schedule, venue: " " } as TopicInput, "topic-no-venue"],
    ["rsvp before a session", [create], { kind: "rsvp", chat: 1, answer: "attend", at: T0 + 2 }, "topic-rsvp-closed"],
    ["rsvp", [create, schedule], { kind: "rsvp", chat: 1, answer: "attend", at: T0 + 2 }, { stage: "scheduled", effects: [] }],
    ["written view", [create, schedule], { kind: "view", chat: 1, text: "希望装太阳能灯", at: T0 + 2 }, { stage: "scheduled", effects: [] }],
    ["empty written view", [create, schedule], { kind: "view", chat: 1, text: "  ", at: T0 + 2 }, "topic-view-empty"],
    ["outcome without a session", [create], outcome, "topic-no-session"],
    ["outcome: residents told", [create, schedule], outcome, { stage: "decided", effects: ["announce-outcome"] }],
    ["outcome twice", [create, schedule, outcome], outcome, "topic-already-decided"],
    ["outcome with an impossible due date", [create, schedule], { ...outcome, dueDate: "2026-02-30" } as TopicInput, "topic-bad-due-date"],
    ["outcome without a responsible body", [create, schedule], { ...outcome, responsible: "" } as TopicInput, "topic-no-responsible"],
    ["add items after the outcome", [create, schedule, outcome], { kind: "add-items", items: ["KDDDDD"], at: T0 + 1, by: "staff" }, "topic-already-decided"],
    ["reschedule after the outcome", [create, schedule, outcome], schedule, "topic-already-decided"],
    ["rsvp after the outcome", [create, schedule, outcome], { kind: "rsvp", chat: 1, answer: "absent", at: SESSION_AT + 3 * 3600_000 }, "topic-rsvp-closed"],
    ["tick two days before: nothing", [create, schedule], { kind: "tick", at: SESSION_AT - 2 * DAY, evaluationDays: evalDays }, "topic-nothing-due"],
    ["tick the day before: reminder", [create, schedule], { kind: "tick", at: SESSION_AT - REMINDER_LEAD_MS, evaluationDays: evalDays }, { stage: "scheduled", effects: ["remind"] }],
    ["tick again after the reminder", [create, schedule, { kind: "tick", at: SESSION_AT - REMINDER_LEAD_MS, evaluationDays: evalDays }], { kind: "tick", at: SESSION_AT - 3600_000, evaluationDays: evalDays }, "topic-nothing-due"],
    ["tick once the session began (cron was down): no reminder", [create, schedule], { kind: "tick", at: SESSION_AT + 1, evaluationDays: evalDays }, "topic-nothing-due"],
    ["tick before evaluation time", [create, schedule, outcome], { kind: "tick", at: askAt - 1, evaluationDays: evalDays }, "topic-nothing-due"],
    ["tick at evaluation time: residents asked", [create, schedule, outcome], { kind: "tick", at: askAt, evaluationDays: evalDays }, { stage: "evaluating", effects: ["ask-evaluation"] }],
    ["evaluation before it is asked", [create, schedule, outcome], { kind: "evaluation", chat: 1, verdict: "done", at: askAt }, "topic-evaluation-closed"],
    ["evaluation verdict", [create, schedule, outcome, { kind: "tick", at: askAt, evaluationDays: evalDays }], { kind: "evaluation", chat: 1, verdict: "partly", at: askAt + 1 }, { stage: "evaluating", effects: [] }],
    ["evaluation score before a verdict", [create, schedule, outcome, { kind: "tick", at: askAt, evaluationDays: evalDays }], { kind: "evaluation", chat: 1, score: 4, at: askAt + 1 }, "topic-evaluation-verdict-first"],
    ["evaluation score 6", [create, schedule, outcome, { kind: "tick", at: askAt, evaluationDays: evalDays }, { kind: "evaluation", chat: 1, verdict: "done", at: askAt + 1 }], { kind: "evaluation", chat: 1, score: 6, at: askAt + 2 }, "topic-evaluation-closed"],
    ["an input for no topic", [], { kind: "rsvp", chat: 1, answer: "attend", at: 0 }, "topic-unknown"],
  ];
  it.each(table)("%s", (_name, before, input, expected) => {
    const { last } = before.length ? run([...before, input]) : { last: reduceTopic(null, input) };
    if (typeof expected === "string") {
      expect(last).toEqual({ ok: false, refusal: expected });
      return;
    }
    expect(last.ok).toBe(true);
    if (!last.ok) return;
    expect(stageOfTopic(last.topic)).toBe(expected.stage);
    expect(last.effects.map((e) => e.kind)).toEqual(expected.effects);
  });
});

describe("topic reducer: what is kept", () => {
  it("dedupes items, replaces a resident's earlier reply, keeps views without identity, a second verdict replaces the first with the score kept", () => {
    const ask: TopicInput = { kind: "tick", at: askAt, evaluationDays: evalDays };
    const { topic } = run([
      create,
      schedule,
      { kind: "rsvp", chat: 7, answer: "attend", at: T0 + 2 },
      { kind: "rsvp", chat: 7, answer: "absent", at: T0 + 3 },
      { kind: "view", chat: 8, text: "希望装太阳能灯", at: T0 + 4 },
      // Telegram redelivers the same update after a failure: still one view.
      { kind: "view", chat: 8, text: "希望装太阳能灯 ", at: T0 + 9 },
      outcome,
      ask,
      { kind: "evaluation", chat: 7, verdict: "partly", at: askAt + 1 },
      { kind: "evaluation", chat: 7, score: 3, at: askAt + 2 },
      { kind: "evaluation", chat: 7, verdict: "done", at: askAt + 3 },
    ]);
    expect(topic.items).toEqual(["KAAAAA", "KCCCCC"]);
    expect(topic.rsvps.map((r) => [r.chat, r.answer])).toEqual([[7, "absent"], [8, "written"]]);
    expect(topic.views).toEqual([{ at: T0 + 4, text: "希望装太阳能灯" }]);
    expect(topic.evaluations.map((e) => [e.chat, e.verdict, e.score])).toEqual([[7, "done", 3]]);
    expect(topic.history.map((h) => h.action)).toEqual(["created", "scheduled", "decided", "evaluation-asked"]);
  });

  it("a session less than a day away counts its invitation as the reminder", () => {
    const { topic } = run([create, { ...schedule, at: SESSION_AT - 3600_000 } as TopicInput]);
    expect(topic.session?.remindedAt).toBe(SESSION_AT - 3600_000);
    expect(nextWakeAt(topic, evalDays, SESSION_AT - 3600_000)).toBeNull();
  });

  it("the cron's next wake: the reminder, then nothing until the outcome, then the evaluation, then nothing", () => {
    const scheduled = run([create, schedule]).topic;
    expect(nextWakeAt(scheduled, evalDays, T0)).toBe(SESSION_AT - REMINDER_LEAD_MS);
    expect(nextWakeAt(scheduled, evalDays, SESSION_AT + 1)).toBeNull();
    const decided = run([create, schedule, outcome]).topic;
    expect(nextWakeAt(decided, evalDays, SESSION_AT)).toBe(Date.parse("2026-07-31T00:00:00+08:00") + 30 * DAY);
    const asked = run([create, schedule, outcome, { kind: "tick", at: askAt, evaluationDays: evalDays }]).topic;
    expect(nextWakeAt(asked, evalDays, askAt)).toBeNull();
  });
});
