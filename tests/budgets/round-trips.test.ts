/**
 * Redis budgets per update kind, counted at the local Upstash REST endpoint
 * (requests = round trips, commands = what Upstash bills). Deterministic, so
 * enforced here; times are only reported by `npm run bench`, never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, measureRoundTrips, UPDATE_KINDS, type RedisCost, type UpdateKind } from "../../bench/round-trips.js";
import { RESIDENT_TOKEN, STAFF_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";

let stack: NodeStack;
let costs: Record<UpdateKind, RedisCost>;
beforeAll(async () => {
  stack = await startNodeStack();
  costs = await measureRoundTrips({
    post: async (bot, update) => (await stack.post(bot, update)).status,
    telegram: stack.telegram,
    stats: stack.upstash.stats,
    residentToken: RESIDENT_TOKEN,
    staffToken: STAFF_TOKEN,
    adminId: 900001,
    idBase: 640_000,
  });
});
afterAll(async () => stack?.stop());

describe("Redis budget per update (round trips and commands at the REST endpoint)", () => {
  it.each(UPDATE_KINDS.map((k) => [k, BUDGETS[k].what] as const))("%s (%s)", (kind) => {
    const cost = costs[kind];
    const budget = BUDGETS[kind];
    const detail = `${kind}: ${cost.requests} requests ${JSON.stringify(cost.shape)}`;
    expect(cost.requests, detail).toBeLessThanOrEqual(budget.requests);
    expect(cost.commands, detail).toBeLessThanOrEqual(budget.commands);
  });

  it("a free-text turn (dedupe, rate limit, state, item and outbox writes, then the delivery record) is ≤ 3 round trips and ≤ 9 commands", () => {
    for (const kind of ["first-text", "free-text", "button", "submit"] as const) {
      expect(costs[kind].requests, kind).toBeLessThanOrEqual(3);
      expect(costs[kind].commands, kind).toBeLessThanOrEqual(9);
    }
  });

  it("a resident's turn reads in one request, writes in one atomic script (with its outbox), and records the delivery in one", () => {
    for (const kind of ["start", "first-text", "free-text", "complete", "button", "submit", "join"] as const) {
      expect(costs[kind].shape, kind).toHaveLength(3);
      expect(costs[kind].shape[1], kind).toEqual(["EVALSHA"]);
      expect(costs[kind].shape[2], kind).toEqual(["EVALSHA"]);
    }
  });

  it("me too costs no round trip where the contact answer completes the draft (the open items ride in begin's request), and one where anything else does", () => {
    expect(costs.complete.shape[0]!.length, "the lookup joins begin's request").toBe(costs["free-text"].shape[0]!.length + 1);
    expect(costs.join.shape[0]!.length, "the joined item is read in begin's request").toBe(costs["free-text"].shape[0]!.length + 1);
    expect(costs["correct-place"].requests).toBe(costs["free-text"].requests + 1);
  });
});
