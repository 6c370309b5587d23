import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContainer } from "../../api/container.js";
import { runSweep } from "../../api/cron.js";
import { parseConfig } from "../../api/env.js";
import { RESIDENT_TOKEN, testEnv } from "../support/env.js";
import { startNodeStack, type NodeStack } from "../support/stack.js";
import { textUpdate } from "../support/updates.js";

let stack: NodeStack;
beforeAll(async () => {
  stack = await startNodeStack();
});
afterAll(async () => stack?.stop());

describe("replies Telegram refuses for now", () => {
  it("are kept and sent by the next sweep, once", async () => {
    const person = { id: 71001, first_name: "A", language_code: "en" };
    stack.telegram.reset();
    // Telegram answers 429 to the reply and to both in-line retries.
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 1, times: 3 });
    expect((await stack.post("resident", textUpdate(person, "The bus from Fengming to the county town runs too rarely."))).status).toBe(200);
    expect(stack.telegram.sent({ method: "sendMessage", chatId: person.id })).toHaveLength(0);

    const container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })));
    await runSweep(container, Date.now());
    const delivered = stack.telegram.sent({ method: "sendMessage", chatId: person.id, token: RESIDENT_TOKEN });
    expect(delivered).toHaveLength(1);
    expect(String(delivered[0]!.params.text)).toMatch(/photo or a location pin/);

    // Nothing is left to send twice.
    await runSweep(container, Date.now());
    expect(stack.telegram.sent({ method: "sendMessage", chatId: person.id })).toHaveLength(1);
  });

  it("a refusal that will not change (the resident blocked the bot) is not kept", async () => {
    const person = { id: 71002, first_name: "B", language_code: "en" };
    stack.telegram.reset();
    stack.telegram.fail({ method: "sendMessage", status: 403, times: 1 });
    expect((await stack.post("resident", textUpdate(person, "Street lights in Renhe are broken."))).status).toBe(200);
    const container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })));
    await runSweep(container, Date.now());
    expect(stack.telegram.sent({ method: "sendMessage", chatId: person.id })).toHaveLength(0);
  });

  it("a deferred call that keeps failing is dropped after a day, not retried for ever", async () => {
    const container = createContainer(parseConfig(testEnv({ upstashUrl: stack.upstash.url, upstashToken: stack.upstash.token, telegramUrl: stack.telegram.url })));
    stack.telegram.reset();
    await container.deferred.add("staff", { method: "sendMessage", payload: { chat_id: 71003, text: "old" } }, Date.now() - 25 * 3600_000);
    stack.telegram.fail({ method: "sendMessage", status: 429, retryAfter: 30, times: 1 });
    const first = await container.deferred.drain((d) => container.bots().staff.send(d.call), Date.now());
    expect(first).toEqual({ sent: 0, requeued: 0, dropped: 1 });
    expect(await container.deferred.drain((d) => container.bots().staff.send(d.call), Date.now())).toEqual({ sent: 0, requeued: 0, dropped: 0 });
  });
});
