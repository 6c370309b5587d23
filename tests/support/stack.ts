import { startFakeTelegram, type FakeTelegram } from "../../dev/fake-telegram.js";
import { parseConfig } from "../../api/env.js";
import { startNodeServer } from "../../api/node.js";
import { createUpstashItemRepository } from "../../api/store/item-repo.js";
import { createRedis } from "../../api/store/redis.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { startTestUpstash, type TestUpstash } from "./upstash.js";
import { testEnv, TEST_SECRET } from "./env.js";

/** The whole system under Node: real Redis behind the REST endpoint, the fake Bot API, the app on a free port. */
export interface NodeStack {
  url: string;
  upstash: TestUpstash;
  telegram: FakeTelegram;
  /** The app's item repository on the same store (to seed or inspect items directly). */
  items: ItemRepository;
  /** Posts an update to a webhook with the right secret (or the given one). */
  post(bot: "resident" | "staff", body: unknown, secret?: string | null): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts a NodeStack; `extraEnv` overrides the contract environment. */
export async function startNodeStack(extraEnv: Record<string, string> = {}): Promise<NodeStack> {
  const upstash = await startTestUpstash();
  const telegram = await startFakeTelegram();
  const config = parseConfig(testEnv({ upstashUrl: upstash.url, upstashToken: upstash.token, telegramUrl: telegram.url }, extraEnv));
  const server = await startNodeServer(config, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    upstash,
    telegram,
    items: createUpstashItemRepository(createRedis({ url: upstash.url, token: upstash.token }), config.REDIS_KEY_PREFIX),
    post: (bot, body, secret = TEST_SECRET) =>
      fetch(`${url}/telegram/${bot}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret !== null && { "X-Telegram-Bot-Api-Secret-Token": secret }) },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    async stop() {
      await server.close();
      await telegram.close();
      await upstash.stop();
    },
  };
}
