/**
 * The local services a bench or load run talks to: a private redis-server
 * behind the Upstash-compatible REST endpoint (with its request/command
 * counters), and the recording fake Bot API. Everything on 127.0.0.1.
 */
import { randomBytes } from "node:crypto";
import { startFakeTelegram, type FakeTelegram } from "../dev/fake-telegram.js";
import { startRedisServer } from "../dev/redis-server.js";
import { startUpstashRest, type UpstashRestHandle } from "../dev/upstash-rest.js";

/** Fixed fake credentials: none reaches a real service. */
export const BENCH_SECRET = "bench-webhook-secret-0123456789";
export const RESIDENT_TOKEN = "2000001:resident-bench-token";
export const STAFF_TOKEN = "2000002:staff-bench-token";
export const BASELINE_TOKEN = "2000003:baseline-bench-token";
export const ADMIN_ID = 900001;

/** Running services and the contract environment that points at them. */
export interface BenchServices {
  upstash: UpstashRestHandle;
  /** Process id of the private redis-server (for its CPU time). */
  redisPid: number;
  telegram: FakeTelegram;
  /** The app's environment (process env under Node), pointing at these services. */
  env(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

/** Starts redis-server + REST endpoint + fake Bot API. */
export async function startBenchServices(): Promise<BenchServices> {
  const redis = await startRedisServer();
  const upstash = await startUpstashRest({ redisPort: redis.port, token: randomBytes(16).toString("hex"), poolSize: 8 });
  const telegram = await startFakeTelegram();
  return {
    upstash,
    redisPid: redis.pid,
    telegram,
    env: (extra = {}) => ({
      RESIDENT_BOT_TOKEN: RESIDENT_TOKEN,
      STAFF_BOT_TOKEN: STAFF_TOKEN,
      RESIDENT_BOT_INFO: JSON.stringify({ id: 2000001, is_bot: true, first_name: "Bench Voice", username: "bench_voice_bot" }),
      STAFF_BOT_INFO: JSON.stringify({ id: 2000002, is_bot: true, first_name: "Bench Desk", username: "bench_desk_bot" }),
      TELEGRAM_WEBHOOK_SECRET: BENCH_SECRET,
      TELEGRAM_API_ROOT: telegram.url,
      UPSTASH_REDIS_REST_URL: upstash.url,
      UPSTASH_REDIS_REST_TOKEN: upstash.token,
      API_TOKEN: "bench-api-token-0123456789abcdef",
      ADMIN_TELEGRAM_IDS: String(ADMIN_ID),
      DEFAULT_LOCALE: "zh-CN",
      ...extra,
    }),
    async close() {
      await telegram.close();
      await upstash.close();
      await redis.stop();
    },
  };
}
