/**
 * What a session invitation to N residents costs (N = 1, 10, 100): Redis
 * round trips and commands counted at the local Upstash REST endpoint, and
 * how the sends are paced (Bot API calls per second of a virtual clock).
 * Deterministic: counts only, and the pacing on an injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContainer, type Container } from "../../api/container.js";
import { parseConfig } from "../../api/env.js";
import { createOutbox, createPacer } from "../../api/outbox.js";
import { startFakeTelegram, type FakeTelegram } from "../../dev/fake-telegram.js";
import { queueScore, type Item } from "../../handlers/items/model.js";
import { testEnv } from "../support/env.js";
import { makeItem } from "../support/items.js";
import { startTestUpstash, type TestUpstash } from "../support/upstash.js";

let up: TestUpstash;
let telegram: FakeTelegram;
let container: Container;
beforeAll(async () => {
  up = await startTestUpstash();
  telegram = await startFakeTelegram();
  container = createContainer(parseConfig(testEnv({ upstashUrl: up.url, upstashToken: up.token, telegramUrl: telegram.url })), () => {});
  // Warm-up: Redis learns every script once (EVAL after NOSCRIPT), as in a running deployment.
  const codes = await seedResidents(1, 690_000);
  const made = await container.topics.create({ target: "deputy-fengming", title: "warm-up", items: codes, by: "api", at: Date.now() });
  if (made.ok) await container.outbox.deliver((await container.topics.schedule(made.topic.id, { startsAt: Date.now() + 5 * 86_400_000, venue: "v", kind: "community" }, "api", Date.now()) as { batches?: never[] }).batches ?? []);
});
afterAll(async () => {
  await telegram?.close();
  await up?.stop();
});

/** The round trips and commands budgeted for an invitation, whatever N: read topic, read items + deputies, one atomic write. */
const INVITATION_BUDGET = { write: { requests: 3, commands: 4 }, delivery: { requests: 1, commands: 1 } };

let seq = 0;
const code = () => `Q${String(seq++).padStart(5, "0").replace(/0/g, "A").replace(/1/g, "C").replace(/2/g, "D").replace(/5/g, "E").replace(/6/g, "F").replace(/8/g, "H")}`;

/** N residents on `items` items: each item's raiser plus followers (the "me too" residents). */
async function seedResidents(n: number, base: number): Promise<string[]> {
  const itemCount = Math.min(n, 10);
  const items: Item[] = [];
  let resident = base;
  for (let i = 0; i < itemCount; i++) {
    const share = Math.floor(n / itemCount) + (i < n % itemCount ? 1 : 0);
    const owner = resident++;
    const followers = Array.from({ length: share - 1 }, () => ({ residentId: resident, chatId: resident++, locale: "en" as const, from: "QAAAAA" }));
    items.push(makeItem({ id: code(), residentId: owner, residentChatId: owner, locale: "en", ...(followers.length && { followers }) }));
  }
  expect(await container.items.write(items.map((item) => ({ kind: "create" as const, item, queueScore: queueScore(item) })))).toEqual({ ok: true });
  return items.map((i) => i.id);
}

describe("a session invitation to N residents", () => {
  const figures: Array<{ n: number; writeRequests: number; writeCommands: number; deliveryRequests: number; calls: number; virtualMs: number; maxPerSecond: number }> = [];

  it.each([1, 10, 100])("N = %i: constant Redis round trips, sends paced at ≤ 30 a second", async (n) => {
    const codes = await seedResidents(n, 700_000 + n * 1000);
    const made = await container.topics.create({ target: "deputy-fengming", title: `bench ${n}`, items: codes, by: "api", at: Date.now() });
    expect(made.ok).toBe(true);
    if (!made.ok) return;

    up.stats.reset();
    const scheduled = await container.topics.schedule(made.topic.id, { startsAt: Date.now() + 5 * 86_400_000, venue: "凤鸣镇人大代表之家", kind: "community" }, "api", Date.now());
    expect(scheduled.ok && scheduled.reached).toBe(n);
    if (!scheduled.ok) return;
    const write = { requests: up.stats.requests, commands: up.stats.commands, shape: up.stats.log.map((l) => l.commands.map((c) => c[0])) };

    // Delivery on a virtual clock: the outbox's pacer waits by advancing it, so the test takes no real time.
    let clock = 0;
    let calls = 0;
    const wakes: number[] = [];
    const bots = container.bots();
    const outbox = createOutbox(
      () => ({ resident: (call) => (calls++, bots.resident.send(call)), staff: (call) => bots.staff.send(call) }),
      container.translator,
      () => {},
      container.outboxStore,
      // A sleeper wakes at its own time: parallel waits do not add up, and the clock never runs backwards.
      // A waiter starts at its wake time; parallel waits do not add up, and the clock never runs backwards.
      {
        now: () => clock,
        sleep: (ms) => {
          const wake = clock + ms;
          wakes.push(wake);
          return Promise.resolve().then(() => void (clock = Math.max(clock, wake)));
        },
      },
    );
    telegram.reset();
    up.stats.reset();
    await outbox.deliver(scheduled.batches);
    const delivery = { requests: up.stats.requests, commands: up.stats.commands };
    expect(telegram.sent({ method: "sendMessage" }).filter((c) => /invited/.test(String(c.params.text)))).toHaveLength(n);

    // Every slot is reserved when delivery starts (clock 0): the calls that did not wait started then, the others at their wake.
    const starts = [...Array.from({ length: calls - wakes.length }, () => 0), ...wakes];
    let maxPerSecond = 0;
    for (const s of starts) maxPerSecond = Math.max(maxPerSecond, starts.filter((t) => t >= s && t < s + 1000).length);
    figures.push({ n, writeRequests: write.requests, writeCommands: write.commands, deliveryRequests: delivery.requests, calls, virtualMs: clock, maxPerSecond });

    expect(write.requests, JSON.stringify(write.shape)).toBeLessThanOrEqual(INVITATION_BUDGET.write.requests);
    expect(write.commands, JSON.stringify(write.shape)).toBeLessThanOrEqual(INVITATION_BUDGET.write.commands);
    expect(delivery.requests).toBeLessThanOrEqual(INVITATION_BUDGET.delivery.requests);
    expect(maxPerSecond).toBeLessThanOrEqual(30);
    // 100 sends at 30 a second take a little over three seconds of the clock; 10 go out at once.
    expect(clock).toBe(n <= 30 ? 0 : Math.ceil(n / 30 - 1) * 1000);
  });

  afterAll(() => {
    if (figures.length) console.log(`topic invitation costs:\n${figures.map((f) => `  N=${f.n}: write ${f.writeRequests} round trips / ${f.writeCommands} commands, delivery record ${f.deliveryRequests}; ${f.calls} resident sends over ${f.virtualMs} ms (max ${f.maxPerSecond} in any second)`).join("\n")}`);
  });
});

describe("the outbox's pacer", () => {
  it("starts at most 30 calls in any second, sequential or in parallel, and a small burst waits not at all", async () => {
    let clock = 0;
    const pace = createPacer(30, () => clock, async (ms) => void (clock += ms));
    const sequential: number[] = [];
    for (let i = 0; i < 95; i++) {
      await pace();
      sequential.push(clock);
    }
    expect(sequential.slice(0, 30).every((t) => t === 0)).toBe(true);
    for (const s of sequential) expect(sequential.filter((t) => t >= s && t < s + 1000).length).toBeLessThanOrEqual(30);
    expect(sequential.at(-1)).toBe(3000);

    const t = 10_000;
    const reserved: number[] = [];
    const parallel = createPacer(30, () => t, async (ms) => void reserved.push(t + ms));
    await Promise.all(Array.from({ length: 100 }, () => parallel()));
    const starts = [...Array.from({ length: 100 - reserved.length }, () => t), ...reserved];
    for (const s of starts) expect(starts.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(30);
    expect(Math.max(...starts) - t).toBe(3000);
  });
});
