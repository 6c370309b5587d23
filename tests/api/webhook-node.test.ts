import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RESIDENT_TOKEN } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { textUpdate } from "../support/updates.js";

let stack: NodeStack;
let redis: Redis;
beforeAll(async () => {
  stack = await startNodeStack();
  redis = new Redis({ url: stack.upstash.url, token: stack.upstash.token });
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.telegram.reset());

describe("the webhook flow under the Node server", () => {
  it("answers /healthz with 200 JSON", async () => {
    const res = await fetch(`${stack.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/json/);
  });

  it("rejects a wrong secret with 401 and leaves Redis untouched", async () => {
    const before = await redis.dbsize();
    const res = await stack.post("resident", textUpdate({ id: 42, first_name: "A" }, "/start"), "not-the-secret-0000000");
    expect(res.status).toBe(401);
    expect(await redis.dbsize()).toBe(before);
    expect(stack.telegram.calls).toHaveLength(0);
  });

  it("answers /start in zh-CN, zh-TW and en", async () => {
    const people = [
      { id: 101, first_name: "王", language_code: "zh-hans", expect: /群众的意见和建议/ },
      { id: 102, first_name: "陳", language_code: "zh-hant", expect: /民眾的意見和建議/ },
      { id: 103, first_name: "Ann", language_code: "en", expect: /suggestions and complaints/ },
    ];
    for (const p of people) {
      expect((await stack.post("resident", textUpdate(p, "/start"))).status).toBe(200);
      const [call] = stack.telegram.sent({ method: "sendMessage", chatId: p.id });
      expect(call?.token).toBe(RESIDENT_TOKEN);
      expect(String(call?.params.text)).toMatch(p.expect);
    }
  });

  it("a body that is not JSON gets 4xx, never 5xx", async () => {
    const res = await stack.post("resident", "{{{ nope");
    expect(res.status).toBe(400);
  });

  it("the same update twice gets one reply, both answered 200", async () => {
    const update = textUpdate({ id: 104, first_name: "B", language_code: "en" }, "/start");
    expect((await stack.post("resident", update)).status).toBe(200);
    expect((await stack.post("resident", update)).status).toBe(200);
    expect(stack.telegram.sent({ method: "sendMessage", chatId: 104 })).toHaveLength(1);
  });

  it("five concurrent deliveries of one update produce one reply; the others are told to retry", async () => {
    const update = textUpdate({ id: 105, first_name: "C", language_code: "en" }, "/help");
    const statuses = await Promise.all(Array.from({ length: 5 }, () => stack.post("resident", update).then((r) => r.status)));
    expect(stack.telegram.sent({ method: "sendMessage", chatId: 105 })).toHaveLength(1);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
  });

  it("with storage down the webhook answers 5xx, and the redelivery after recovery is handled", async () => {
    const update = textUpdate({ id: 106, first_name: "D", language_code: "en" }, "/start");
    stack.upstash.setOutage(true);
    const down = await stack.post("resident", update);
    stack.upstash.setOutage(false);
    expect(down.status).toBeGreaterThanOrEqual(500);
    expect(stack.telegram.sent({ method: "sendMessage", chatId: 106 })).toHaveLength(0);
    const up = await stack.post("resident", update);
    expect(up.status).toBe(200);
    expect(stack.telegram.sent({ method: "sendMessage", chatId: 106 })).toHaveLength(1);
  });
});
