/**
 * Shared test helper: the local Upstash REST endpoint in front of a fresh
 * backend — by default a private redis-server on a free port, or the
 * in-memory store (dev/memory-store.ts) with `{ backend: "memory" }` or
 * `TEST_UPSTASH_BACKEND=memory`. Use with the real `@upstash/redis`:
 *
 *   const up = await startTestUpstash();
 *   const redis = new Redis({ url: up.url, token: up.token });
 *   ...
 *   await up.stop();
 *
 * Run the storage suite against the in-memory store:
 *   TEST_UPSTASH_BACKEND=memory npx vitest run --project node tests/api/store
 */
import { randomBytes } from "node:crypto";
import { startMemoryUpstash } from "../../dev/memory-store.js";
import { startRedisServer } from "../../dev/redis-server.js";
import { startUpstashRest, type UpstashRestStats } from "../../dev/upstash-rest.js";

/** Which store answers behind the REST endpoint. */
export type TestBackend = "redis" | "memory";

/** What {@link startTestUpstash} returns. */
export interface TestUpstash {
  /** REST URL for `new Redis({ url, token })`. */
  url: string;
  token: string;
  /** Which backend this endpoint runs on. */
  backend: TestBackend;
  /** Round-trip / command counters of the endpoint (`stats.reset()` between phases). */
  stats: UpstashRestStats;
  /** Port of the private redis-server (127.0.0.1); 0 for the in-memory backend. */
  redisPort: number;
  /** Simulates a storage outage (every request answered 503) until called with false. */
  setOutage(down: boolean): void;
  /** Close the endpoint and kill the redis-server. */
  stop(): Promise<void>;
}

/** The backend named by `TEST_UPSTASH_BACKEND` (default redis). */
export function defaultTestBackend(): TestBackend {
  const name = process.env.TEST_UPSTASH_BACKEND ?? "redis";
  if (name !== "redis" && name !== "memory") throw new Error(`TEST_UPSTASH_BACKEND must be redis or memory, not ${name}`);
  return name;
}

/** Start a fresh backend + Upstash REST endpoint with a random token. */
export async function startTestUpstash(opts: { backend?: TestBackend } = {}): Promise<TestUpstash> {
  const backend = opts.backend ?? defaultTestBackend();
  const token = randomBytes(16).toString("hex");
  if (backend === "memory") {
    const rest = await startMemoryUpstash({ token });
    return {
      url: rest.url,
      token: rest.token,
      backend,
      stats: rest.stats,
      redisPort: 0,
      setOutage: (down) => rest.setOutage(down),
      stop: () => rest.close(),
    };
  }
  const redis = await startRedisServer();
  try {
    const rest = await startUpstashRest({ redisPort: redis.port, token });
    return {
      url: rest.url,
      token: rest.token,
      backend,
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
