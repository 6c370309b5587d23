import type { Redis } from "@upstash/redis";
import type { SubscriptionStore } from "../../handlers/ports.js";
import { keys } from "./keys.js";
import { hashRecord } from "./redis.js";

/** Staff subscriptions in one Redis hash (member id → JSON): read whole at each Submit, in the turn's own round trip. */
export function createUpstashSubscriptionStore(redis: Redis, prefix: string): SubscriptionStore {
  const key = keys(prefix).subscriptions();
  return {
    async all() {
      return hashRecord(await redis.hgetall(key));
    },
    async set(userId, value) {
      if (value === null) await redis.hdel(key, String(userId));
      else await redis.hset(key, { [String(userId)]: JSON.stringify(value) });
    },
  };
}
