import { Ratelimit } from "@upstash/ratelimit";
import type {
  BotName,
  ClaimState,
  CommitOutcome,
  LimiterName,
  LimitVerdict,
  Snapshot,
  TurnCommit,
  TurnStart,
  TurnStore,
} from "../../handlers/ports.js";
import type { Redis } from "./redis.js";
import { keys } from "./keys.js";
import { hashRecord } from "./redis.js";
import { CAS_SCRIPT, casOutcome, DONE_SECONDS, OUTBOX_LEASE_MS, planJson, planWrites, writeToken } from "./writes.js";
import { newBatch, parseOwed } from "./outbox-store.js";
import { luaScript } from "./script.js";
import { createSimilarLookup } from "./similar.js";

/**
 * Claims an update and reads the party's session and profile in one command.
 * A Lua script rather than three commands because the client splits
 * auto-pipelined reads and writes into separate requests.
 */
export const BEGIN_SCRIPT = `
local prior = redis.call("SET", KEYS[1], "P", "NX", "GET", "PX", ARGV[1])
local owed = {}
if not prior or string.sub(prior, 1, 1) == "D" then
  local now = tonumber(ARGV[2])
  for _, id in ipairs(redis.call("SMEMBERS", KEYS[4])) do
    if #owed >= 2 * tonumber(ARGV[5]) then break end
    local due = redis.call("ZSCORE", KEYS[5], id)
    local b = redis.call("HGETALL", ARGV[4] .. id)
    if not due or #b == 0 then
      redis.call("SREM", KEYS[4], id)
      redis.call("ZREM", KEYS[5], id)
    elseif tonumber(due) <= now then
      redis.call("ZADD", KEYS[5], now + tonumber(ARGV[3]), id)
      owed[#owed + 1] = id
      owed[#owed + 1] = b
    end
  end
end
return {prior or "", redis.call("HGETALL", KEYS[2]), redis.call("HGETALL", KEYS[3]), owed}
`;

/**
 * Gives up a claim (never a done mark) and, if the turn's own outbox batch
 * was written after all (a commit whose answer was lost), makes it due at
 * once, so the redelivered update delivers it instead of waiting out the lease.
 */
export const RELEASE_SCRIPT = `
if redis.call("GET", KEYS[1]) == "P" then redis.call("DEL", KEYS[1]) end
if redis.call("ZSCORE", KEYS[2], ARGV[1]) then redis.call("ZADD", KEYS[2], ARGV[2], ARGV[1]) end
return 1
`;

/** Owed batches one update picks up before its own (more wait for the next update or the sweep). */
const OWED_PER_TURN = 5;

/** Staff subscriptions to new items, read with a Submit's begin (dev/memory-store.ts has the same text). */
export const SUBSCRIPTIONS_SCRIPT = `return redis.call("HGETALL", KEYS[1])`;

/** How long a claim on an update lives if its handler dies without releasing it. */
const CLAIM_MS = 30_000;

/** Options for the Upstash turn store. */
export interface UpstashTurnStoreOptions {
  prefix: string;
  messagesPerMinute: number;
  itemsPerDay: number;
  /** The clock (epoch ms) for outbox leases; injected by tests. */
  now?: () => number;
}


/** Builds the Upstash implementation of the TurnStore port. */
export function createUpstashTurnStore(redis: Redis, opts: UpstashTurnStoreOptions): TurnStore {
  const k = keys(opts.prefix);
  const limiters: Record<LimiterName, Ratelimit> = {
    messages: new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(opts.messagesPerMinute, "1 m"), prefix: k.rate("messages"), ephemeralCache: false }),
    items: new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(opts.itemsPerDay, "1 d"), prefix: k.rate("items"), ephemeralCache: false }),
  };
  const cas = luaScript<[number, number]>(redis, CAS_SCRIPT);
  const releaseScript = luaScript<number>(redis, RELEASE_SCRIPT);
  const now = opts.now ?? Date.now;
  // A script, not HGETALL: reads go in the client's read pipeline, a separate request; EVALSHA joins begin's.
  const subscriptionsScript = luaScript<string[]>(redis, SUBSCRIPTIONS_SCRIPT);
  const reloadScript = luaScript<[string[], string[]]>(redis, `return {redis.call("HGETALL", KEYS[1]), redis.call("HGETALL", KEYS[2])}`);
  const similarLookup = createSimilarLookup(redis, k);
  const beginScript = luaScript<[string, string[], string[], Array<string | string[]>]>(redis, BEGIN_SCRIPT);

  /** @upstash/ratelimit's keys for an identity (`<prefix>:<identity>:<window number>`): the live windows and the one before. */
  const rateKeysOf = (identity: string, at: number): string[] => {
    const out: string[] = [];
    for (const [name, windowMs] of [["messages", 60_000], ["items", 86_400_000]] as const) {
      const bucket = Math.floor(at / windowMs);
      out.push(`${k.rate(name)}:${identity}:${bucket}`, `${k.rate(name)}:${identity}:${bucket - 1}`);
    }
    return out;
  };

  return {
    async begin({ bot, updateId, party, limits, subscriptions, similar }): Promise<TurnStart> {
      // All issued in the same tick: auto-pipelining sends them as one request.
      const readP = beginScript.run(
        [k.update(bot, updateId), k.session(party), k.profile(party), k.outboxByParty(party), k.outboxDue()],
        [String(CLAIM_MS), String(now()), String(OUTBOX_LEASE_MS), k.outboxBatch(""), String(OWED_PER_TURN)],
      );
      const limitPs = limits.map(async ({ limiter, identity }): Promise<LimitVerdict> => {
        const r = await limiters[limiter].limit(identity);
        return { limiter, allowed: r.success, reset: r.reset };
      });
      // Same tick again: one more command in the same request, no extra round trip.
      const subsP = subscriptions ? subscriptionsScript.run([k.subscriptions()], []).then(hashRecord) : Promise.resolve(undefined);
      // The open items of the place the stored draft waits to have looked at ("me too"): same request again.
      const similarP = similar ? similarLookup(k.session(party), null, similar.since) : Promise.resolve(undefined);
      const [[prior, session, profile, owed], verdicts, subs, open] = await Promise.all([readP, Promise.all(limitPs), subsP, similarP]);
      const claim: ClaimState = prior === "" ? "claimed" : prior.startsWith("D") ? "done" : "busy";
      return { claim, session: snapshot(hashRecord(session) as Record<string, string>, "s"), profile: snapshot(hashRecord(profile) as Record<string, string>, "s"), limits: verdicts, pending: parseOwed(owed), ...(subscriptions && { subscriptions: subs ?? {} }), ...(similar && { similar: open ?? null }) };
    },

    async commit(req: TurnCommit): Promise<CommitOutcome> {
      const at = now();
      const batchId = req.batchId ?? `${req.bot}:${req.updateId}`;
      // The done mark carries a token of this commit: the client's retry of it (answer lost) finds its own token.
      const erase = req.forgetResident !== undefined ? rateKeysOf(String(req.forgetResident), at) : [];
      const plan = planWrites(k, { ...req, mark: { key: k.update(req.bot, req.updateId), token: writeToken(), ttlSeconds: DONE_SECONDS }, batch: { id: batchId, now: at }, erase });
      const outcome = casOutcome(plan, await cas.run([...plan.touched], [planJson(plan)]));
      if (!outcome.ok) return { ok: false, reason: outcome.reason };
      return req.outbox?.length ? { ok: true, batch: newBatch(batchId, req.outbox, at) } : { ok: true };
    },

    async reload(party) {
      const [session, profile] = await reloadScript.run([k.session(party), k.profile(party)], []);
      return { session: snapshot(hashRecord(session) as Record<string, string>, "s"), profile: snapshot(hashRecord(profile) as Record<string, string>, "s") };
    },

    async release(bot: BotName, updateId: number): Promise<void> {
      // Only drop our own "in progress" mark, never a "done" one.
      await releaseScript.run([k.update(bot, updateId), k.outboxDue()], [`${bot}:${updateId}`, String(now())]);
    },
  };
}

/** HGETALL inside Lua returns a flat [field, value, …] list. */
function snapshot(hash: Record<string, string>, field: string): Snapshot {
  const marks = hash.q !== undefined ? { marks: { q: hash.q } } : {};
  if (hash[field] === undefined) return { value: null, version: Number(hash.v ?? 0), ...marks };
  try {
    return { value: JSON.parse(hash[field]!) as unknown, version: Number(hash.v ?? 0), ...marks };
  } catch {
    // A corrupt value is treated as absent but keeps its version, so the next write still wins the CAS.
    return { value: null, version: Number(hash.v ?? 0), ...marks };
  }
}

