/**
 * Language-model faults: hanging, garbage, errors, answers outside the
 * directory. Each time the webhook answers within the model timeout budget
 * with the rules' question, the resident's text is stored before the model
 * is asked, and the conversation goes on to a submitted item.
 */
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CallIndex, runIntake, textOf, textUpdate, type Person } from "../../bench/telegram.js";
import { startFakeOpenAI, type FakeBehaviour, type FakeOpenAI } from "../../dev/fake-openai.js";
import { RESIDENT_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";

const TIMEOUT_MS = 400;
/** Two attempts of 400 ms, the SDK's backoff allowance, the Redis work: far below Telegram's patience. */
const BUDGET_MS = 4_000;

let stack: NodeStack;
let model: FakeOpenAI;
let redis: Redis;
let index: CallIndex;
beforeAll(async () => {
  model = await startFakeOpenAI();
  stack = await startNodeStack({ OPENAI_API_KEY: "sk-test-not-real", OPENAI_BASE_URL: model.url, OPENAI_MODEL: "test-model", OPENAI_TIMEOUT_MS: String(TIMEOUT_MS) });
  redis = new Redis({ url: stack.upstash.url, token: stack.upstash.token, automaticDeserialization: false });
  index = new CallIndex(stack.telegram);
});
afterAll(async () => {
  await stack?.stop();
  await model?.close();
});
beforeEach(() => {
  model.calls.length = 0;
});

const draftParts = async (id: number): Promise<string[]> => {
  const s = await redis.hget<string>(`yy:sess:resident:${id}`, "s");
  return s ? ((JSON.parse(s) as { draft?: { parts?: string[] } }).draft?.parts ?? []) : [];
};

const FAULTS: Array<[string, FakeBehaviour]> = [
  ["hangs", { kind: "hang" }],
  ["answers garbage", { kind: "garbage" }],
  ["answers JSON of the wrong shape", { kind: "content", content: { foo: "bar", place: 42 } }],
  ["answers a place outside the directory", { kind: "unknown-place" }],
  ["answers 500", { kind: "status", status: 500 }],
  ["answers 429", { kind: "status", status: 429, retryAfterMs: 10 }],
  ["names a target that is not in the directory", { kind: "good", answer: { summary: "转给别处", place: "nowhere", category: "no-such-topic", followUp: null, target: "studio-evil" } }],
];

describe("the model fails; the rules carry the conversation", () => {
  it.each(FAULTS.map(([name, b], i) => [name, b, i] as const))("model %s: fallback within the budget, text kept, item submitted", async (_name, behaviour, i) => {
    model.setBehaviour(behaviour);
    const person: Person = { id: 73001 + i, first_name: "R", language_code: "zh-hans" };
    const text = "路灯坏了好几天了，晚上出门很不方便";
    const t0 = Date.now();
    const pending = stack.post("resident", textUpdate(person, text));
    // While the model is being asked, the text is already stored (it never waits on the model).
    if (behaviour.kind === "hang") {
      await waitFor(() => model.calls.length > 0);
      expect(await draftParts(person.id)).toEqual([text]);
    }
    const res = await pending;
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(BUDGET_MS);
    expect(model.calls.length).toBeGreaterThanOrEqual(1);
    expect(await draftParts(person.id)).toEqual([text]);
    // The rules ask where it happened (the text names no place).
    const said = textOf(index.of(RESIDENT_TOKEN, person.id));
    expect(said).toMatch(/发生在哪里|哪个镇|哪个街道/);
    expect(said).not.toMatch(/studio-evil|nowhere|atlantis/);
    // The conversation goes on (pick the place by button, skip, anonymous, submit) to one item.
    const intake = await runIntake(person, "在盘龙街道", { post: async (bot, u) => (await stack.post(bot, u)).status, index, token: RESIDENT_TOKEN });
    expect(intake.code).toMatch(/^[A-Z0-9]{6}$/);
  });

  it("a model that recovers on the retry is used, within one timeout and a bit", async () => {
    model.setBehaviour({ kind: "sequence", steps: [{ kind: "status", status: 503, retryAfterMs: 10 }, { kind: "good", answer: { summary: "路灯损坏", place: "unknown", category: "public-facilities", followUp: "请问是哪个镇或街道的路灯？" } }] });
    const person: Person = { id: 73101, first_name: "S", language_code: "zh-hans" };
    const t0 = Date.now();
    expect((await stack.post("resident", textUpdate(person, "路灯坏了好几天了"))).status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(BUDGET_MS);
    expect(model.calls).toHaveLength(2);
    expect(textOf(index.of(RESIDENT_TOKEN, person.id))).toContain("请问是哪个镇或街道的路灯？");
  });
});

async function waitFor(cond: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}
