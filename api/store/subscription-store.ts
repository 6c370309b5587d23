import type { Redis } from "@upstash/redis";
import type { SubscriptionStore } from "../../handlers/ports.js";
import { keys } from "./keys.js";

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

/**
 * A hash as a record, whichever shape the client gives it: an object (automatic
 * deserialization on), or the flat [field, value, …] list (off, as this app's client).
 */
export function hashRecord(raw: unknown): Record<string, unknown> {
  if (!raw) return {};
  if (!Array.isArray(raw)) return raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) out[String(raw[i])] = raw[i + 1];
  return out;
}
