/**
 * Fuzzing both webhooks under the Node server (real Redis behind the REST
 * endpoint, fake Bot API): thousands of generated, mutated and garbage
 * updates. Properties: never a 5xx while storage is up (only 200 or 400),
 * 5xx only while it is down; no unhandled rejection; everything sent with
 * parse_mode HTML parses as Telegram HTML with the allowed tags only.
 * Each property runs a fixed, seeded number of times (no time box), so a
 * loaded machine runs the same updates as an idle one, only slower.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import { CallIndex, inlineButtons, runIntake, textUpdate } from "../../bench/telegram.js";
import { RESIDENT_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { garbageArb, mutatedArb, updateArb, type FuzzUser, type Plan } from "./arbitraries.js";
import { telegramHtmlProblems } from "./telegram-html.js";

/** One seed for every property: a failure names its counterexample and reproduces. */
const SEED = 20_261_202;

let stack: NodeStack;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);
let nextUpdateId = 90_000_000;
const harvested: string[] = [];
const codes: string[] = [];
let cursor = 0;

const residents: FuzzUser[] = Array.from({ length: 8 }, (_, i) => ({ id: 74_001 + i, first_name: ["王", "Ann", "陳", "<b>x</b>", "A & B", "李", "\u202eevil", "Zed"][i]!, language_code: ["zh-hans", "en", "zh-hant", undefined, "en", "zh-hans", "ru", "zh-TW"][i] }));
const staff: FuzzUser[] = [
  { id: 900001, first_name: "Admin", language_code: "en" },
  { id: 74_101, first_name: "Staff <i>", language_code: "zh-hans" },
  { id: 74_102, first_name: "Deputy", language_code: "en" },
  { id: 74_103, first_name: "Nobody", language_code: "en" },
];

/** Pulls new button data and item codes out of what the bots sent since last time. */
function harvest(): void {
  const calls = stack.telegram.calls;
  for (; cursor < calls.length; cursor++) {
    const c = calls[cursor]!;
    for (const b of inlineButtons([c])) if (!harvested.includes(b.callback_data)) harvested.push(b.callback_data);
    for (const m of String(c.params.text ?? c.params.caption ?? "").matchAll(/\b([A-Z0-9]{6})\b/g)) if (!codes.includes(m[1]!)) codes.push(m[1]!);
  }
  if (harvested.length > 300) harvested.splice(0, harvested.length - 300);
  if (codes.length > 100) codes.splice(0, codes.length - 100);
}

const post = (bot: "resident" | "staff", body: string) =>
  fetch(`${stack.url}/telegram/${bot}`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "test-webhook-secret-0123456789" }, body });

/** Sends a batch: one lane per user (their updates in order), lanes in parallel. Returns the statuses. */
async function sendBatch(plans: Plan[]): Promise<number[]> {
  const lanes = new Map<string, Plan[]>();
  for (const p of plans) {
    const key = `${p.bot}:${p.user}`;
    lanes.set(key, [...(lanes.get(key) ?? []), p]);
  }
  const statuses: number[] = [];
  await Promise.all(
    [...lanes.values()].map(async (lane) => {
      for (const p of lane) {
        const body = JSON.stringify(p.make({ updateId: nextUpdateId++, harvested, codes }));
        statuses.push((await post(p.bot, body)).status);
      }
    }),
  );
  harvest();
  return statuses;
}

const planArb = (bot: "resident" | "staff", users: FuzzUser[]) =>
  fc.oneof({ weight: 6, arbitrary: updateArb(bot, users) }, { weight: 3, arbitrary: mutatedArb(bot, users) });

const htmlCalls = (calls: RecordedCall[]) => calls.filter((c) => c.params.parse_mode === "HTML" && (typeof c.params.text === "string" || typeof c.params.caption === "string"));

beforeAll(async () => {
  process.on("unhandledRejection", onRejection);
  stack = await startNodeStack({ RATE_MESSAGES_PER_MINUTE: "100000", RATE_ITEMS_PER_DAY: "100000" });
  // Something to act on: roles, a few submitted items, one forwarded to a deputy.
  const say = (bot: "resident" | "staff", u: unknown) => post(bot, JSON.stringify(u)).then((r) => r.status);
  await say("staff", textUpdate(staff[0]!, `/grant ${staff[1]!.id} staff`));
  await say("staff", textUpdate(staff[0]!, `/grant ${staff[2]!.id} deputy deputy-fengming`));
  const index = new CallIndex(stack.telegram);
  for (const r of residents.slice(0, 3)) {
    const { code } = await runIntake({ ...r, language_code: "zh-hans" }, "凤鸣镇到县城的公交车太少了，希望增加班次。", { post: say, index, token: RESIDENT_TOKEN });
    if (code) await say("staff", textUpdate(staff[1]!, `/forward ${code}`));
  }
  harvest();
}, 30_000);
afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await stack?.stop();
});

describe("fuzzing the webhooks (storage up)", () => {
  const counts = { resident: 0, staff: 0, garbage: 0 };

  it("the resident webhook answers 200 or 400 to generated and mutated updates", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planArb("resident", residents), { minLength: 16, maxLength: 24 }), async (plans) => {
        const statuses = await sendBatch(plans);
        counts.resident += statuses.length;
        expect(statuses.filter((s) => s !== 200 && s !== 400)).toEqual([]);
      }),
      { numRuns: 80, seed: SEED },
    );
    // 80 batches of 16–24 updates each.
    expect(counts.resident).toBeGreaterThanOrEqual(80 * 16);
  }, 120_000);

  it("the staff webhook answers 200 or 400 to generated and mutated updates (admin, staff, deputy, nobody)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planArb("staff", staff), { minLength: 12, maxLength: 20 }), async (plans) => {
        const statuses = await sendBatch(plans);
        counts.staff += statuses.length;
        expect(statuses.filter((s) => s !== 200 && s !== 400)).toEqual([]);
      }),
      { numRuns: 60, seed: SEED },
    );
    expect(counts.staff).toBeGreaterThanOrEqual(60 * 12);
  }, 120_000);

  it("bodies that are not updates get 400 (or 200 when they happen to be one), never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(garbageArb, fc.constantFrom("resident" as const, "staff" as const), async ({ raw }, bot) => {
        counts.garbage++;
        const status = (await post(bot, raw)).status;
        expect([200, 400]).toContain(status);
      }),
      { numRuns: 600, seed: SEED },
    );
    expect(counts.garbage).toBe(600);
  }, 60_000);

  it("everything sent as HTML is valid Telegram HTML with allowed tags only, and nothing was rejected unhandled", () => {
    const calls = htmlCalls(stack.telegram.calls);
    // Scaled to what was generated: most resident updates are answered in HTML.
    expect(calls.length).toBeGreaterThanOrEqual(Math.floor(counts.resident / 4));
    const bad = calls.flatMap((c) => {
      const text = String(c.params.text ?? c.params.caption);
      const problems = telegramHtmlProblems(text);
      return problems.length ? [{ method: c.method, problems, text: text.slice(0, 300) }] : [];
    });
    expect(bad).toEqual([]);
    expect(rejections).toEqual([]);
    console.log(`fuzz: ${counts.resident} resident + ${counts.staff} staff updates, ${counts.garbage} garbage bodies; ${calls.length} HTML messages checked`);
  });
});

describe("fuzzing with storage going down and up", () => {
  it("5xx only while storage is down; after it is back, 200 or 400 again", async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.oneof(planArb("resident", residents), planArb("staff", staff)), { minLength: 8, maxLength: 16 }), async (down, plans) => {
        stack.upstash.setOutage(down);
        try {
          const statuses = await sendBatch(plans);
          sent += statuses.length;
          if (!down) expect(statuses.filter((s) => s !== 200 && s !== 400)).toEqual([]);
          else expect(statuses.filter((s) => s !== 200 && s !== 400 && s < 500)).toEqual([]);
        } finally {
          stack.upstash.setOutage(false);
        }
      }),
      { numRuns: 40, seed: SEED },
    );
    expect(sent).toBeGreaterThanOrEqual(40 * 8);
    expect(rejections).toEqual([]);
    const bad = htmlCalls(stack.telegram.calls).filter((c) => telegramHtmlProblems(String(c.params.text ?? c.params.caption)).length);
    expect(bad).toEqual([]);
  }, 120_000);
});
