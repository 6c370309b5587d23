/**
 * Shared test helper: a private redis-server on a free port plus the local
 * Upstash REST endpoint in front of it. Use with the real `@upstash/redis`:
 *
 *   const up = await startTestUpstash();
 *   const redis = new Redis({ url: up.url, token: up.token });
 *   ...
 *   await up.stop();
 */
import { randomBytes } from "node:crypto";
import { startRedisServer } from "../../dev/redis-server.js";
import { startUpstashRest, type UpstashRestStats } from "../../dev/upstash-rest.js";

/** What {@link startTestUpstash} returns. */
export interface TestUpstash {
  /** REST URL for `new Redis({ url, token })`. */
  url: string;
  token: string;
  /** Round-trip / command counters of the endpoint (`stats.reset()` between phases). */
  stats: UpstashRestStats;
  /** Port of the private redis-server (127.0.0.1). */
  redisPort: number;
  /** Simulates a storage outage (every request answered 503) until called with false. */
  setOutage(down: boolean): void;
  /** Close the endpoint and kill the redis-server. */
  stop(): Promise<void>;
}

/** Start a fresh redis-server + Upstash REST endpoint with a random token. */
export async function startTestUpstash(): Promise<TestUpstash> {
  const redis = await startRedisServer();
  try {
    const rest = await startUpstashRest({ redisPort: redis.port, token: randomBytes(16).toString("hex") });
    return {
      url: rest.url,
      token: rest.token,
      stats: rest.stats,
      redisPort: redis.port,
      setOutage: (down) => rest.setOutage(down),
      async stop() {
        await rest.close();
        await redis.stop();
      },
    };
  } catch (e) {
    await redis.stop();
    throw e;
  }
}
