import type { Outbound, OutboxBatch, OutboxStore } from "../../handlers/ports.js";
import { keys } from "./keys.js";
import type { Redis } from "./redis.js";
import { luaScript } from "./script.js";
import { OUTBOX_LEASE_MS } from "./writes.js";

/**
 * Records a delivery: a finished batch leaves every index and is deleted; an
 * unfinished one keeps its progress, counts the attempt and waits until
 * ARGV[3]. A batch erased meanwhile (/forget) stays erased.
 */
export const SETTLE_SCRIPT = `
if redis.call("EXISTS", KEYS[1]) == 0 then redis.call("ZREM", KEYS[2], ARGV[1]) return 0 end
if ARGV[2] == "" then
  local x = redis.call("HGET", KEYS[1], "x")
  if x then for ix in string.gmatch(x, "%S+") do redis.call("SREM", ix, ARGV[1]) end end
  redis.call("DEL", KEYS[1])
  redis.call("ZREM", KEYS[2], ARGV[1])
  return 1
end
redis.call("HSET", KEYS[1], "s", ARGV[2])
redis.call("HINCRBY", KEYS[1], "a", 1)
redis.call("ZADD", KEYS[2], ARGV[3], ARGV[1])
return 1
`;

/** Leases up to ARGV[3] batches due by ARGV[1] for ARGV[2] ms and returns them as {id, fields, …}; drops index entries of vanished batches. */
export const CLAIM_DUE_SCRIPT = `
local now = tonumber(ARGV[1])
local out = {}
for _, id in ipairs(redis.call("ZRANGEBYSCORE", KEYS[1], "-inf", now, "LIMIT", 0, tonumber(ARGV[3]))) do
  local b = redis.call("HGETALL", ARGV[4] .. id)
  if #b == 0 then
    redis.call("ZREM", KEYS[1], id)
  else
    redis.call("ZADD", KEYS[1], now + tonumber(ARGV[2]), id)
    out[#out + 1] = id
    out[#out + 1] = b
  end
end
return out
`;

/** A batch as the committing request knows it (nothing sent yet). */
export function newBatch(id: string, messages: Outbound[], createdAt: number): OutboxBatch {
  return { id, messages, sent: messages.map(() => 0), attempts: 0, createdAt };
}

/** Parses a stored batch hash (HGETALL's flat list); a message field that is gone was erased. */
export function parseBatch(id: string, flat: string[]): OutboxBatch | null {
  const h: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) h[flat[i]!] = flat[i + 1]!;
  const n = Number(h.n);
  if (!Number.isInteger(n) || n < 0 || n > 1000) return null;
  const messages: Array<Outbound | null> = [];
  for (let i = 0; i < n; i++) {
    const raw = h[`m${i}`];
    let m: Outbound | null = null;
    if (raw !== undefined) {
      try {
        m = JSON.parse(raw) as Outbound;
      } catch {
        m = null;
      }
    }
    messages.push(m);
  }
  let sent: number[] = [];
  try {
    const parsed = JSON.parse(h.s ?? "[]") as unknown;
    if (Array.isArray(parsed)) sent = parsed.map((x) => (typeof x === "number" ? x : 0));
  } catch {
    sent = [];
  }
  while (sent.length < n) sent.push(0);
  return { id, messages, sent: sent.slice(0, n), attempts: Number(h.a ?? 0) || 0, createdAt: Number(h.c ?? 0) || 0 };
}

/** Parses the {id, fields, id, fields, …} list the begin and claim scripts return. */
export function parseOwed(list: Array<string | string[]> | undefined): OutboxBatch[] {
  const out: OutboxBatch[] = [];
  for (let i = 0; list && i + 1 < list.length; i += 2) {
    const id = list[i];
    const fields = list[i + 1];
    if (typeof id !== "string" || !Array.isArray(fields)) continue;
    const b = parseBatch(id, fields);
    if (b) out.push(b);
  }
  return out;
}

/** Builds the Upstash implementation of the OutboxStore port. */
export function createUpstashOutboxStore(redis: Redis, prefix: string): OutboxStore {
  const k = keys(prefix);
  const settleScript = luaScript<number>(redis, SETTLE_SCRIPT);
  const claimScript = luaScript<Array<string | string[]>>(redis, CLAIM_DUE_SCRIPT);
  return {
    async settle(batch, finished, retryAt) {
      await settleScript.run([k.outboxBatch(batch.id), k.outboxDue()], [batch.id, finished ? "" : JSON.stringify(batch.sent), String(retryAt)]);
    },
    async claimDue(now, limit) {
      return parseOwed(await claimScript.run([k.outboxDue()], [String(now), String(OUTBOX_LEASE_MS), String(limit), k.outboxBatch("")]));
    },
  };
}
