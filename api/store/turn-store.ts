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
import { CAS_SCRIPT, planWrites } from "./writes.js";
import { luaScript } from "./script.js";

/**
 * Claims an update and reads the party's session and profile in one command.
 * A Lua script rather than three commands because the client splits
 * auto-pipelined reads and writes into separate requests.
 */
export const BEGIN_SCRIPT = `
local prior = redis.call("SET", KEYS[1], "P", "NX", "GET", "PX", ARGV[1])
return {prior or "", redis.call("HGETALL", KEYS[2]), redis.call("HGETALL", KEYS[3])}
`;

/** How long a claim on an update lives if its handler dies without releasing it. */
const CLAIM_MS = 30_000;

/** Options for the Upstash turn store. */
export interface UpstashTurnStoreOptions {
  prefix: string;
  messagesPerMinute: number;
  itemsPerDay: number;
}


/** Builds the Upstash implementation of the TurnStore port. */
export function createUpstashTurnStore(redis: Redis, opts: UpstashTurnStoreOptions): TurnStore {
  const k = keys(opts.prefix);
  const limiters: Record<LimiterName, Ratelimit> = {
    messages: new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(opts.messagesPerMinute, "1 m"), prefix: k.rate("messages"), ephemeralCache: false }),
    items: new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(opts.itemsPerDay, "1 d"), prefix: k.rate("items"), ephemeralCache: false }),
  };
  const cas = luaScript<[number, number]>(redis, CAS_SCRIPT);
  const releaseScript = luaScript<number>(redis, `if redis.call("GET", KEYS[1]) == "P" then return redis.call("DEL", KEYS[1]) end return 0`);
  const reloadScript = luaScript<[string[], string[]]>(redis, `return {redis.call("HGETALL", KEYS[1]), redis.call("HGETALL", KEYS[2])}`);
  const beginScript = luaScript<[string, string[], string[]]>(redis, BEGIN_SCRIPT);

  return {
    async begin({ bot, updateId, party, limits }): Promise<TurnStart> {
      // All issued in the same tick: auto-pipelining sends them as one request.
      const readP = beginScript.run([k.update(bot, updateId), k.session(party), k.profile(party)], [String(CLAIM_MS)]);
      const limitPs = limits.map(async ({ limiter, identity }): Promise<LimitVerdict> => {
        const r = await limiters[limiter].limit(identity);
        return { limiter, allowed: r.success, reset: r.reset };
      });
      const [[prior, session, profile], verdicts] = await Promise.all([readP, Promise.all(limitPs)]);
      const claim: ClaimState = prior === "" ? "claimed" : prior === "D" ? "done" : "busy";
      return { claim, session: snapshot(pairs(session), "s"), profile: snapshot(pairs(profile), "s"), limits: verdicts };
    },

    async commit(req: TurnCommit): Promise<CommitOutcome> {
      const { checks, ops, touched } = planWrites(k, { ...req, updateMark: { bot: req.bot, updateId: req.updateId } });
      const [ok, failed] = await cas.run([...touched], [JSON.stringify({ checks, ops })]);
      if (ok === 1) return { ok: true };
      const check = checks[failed - 1];
      return { ok: false, reason: check?.[0] === "nx" ? "id-taken" : "conflict" };
    },

    async reload(party) {
      const [session, profile] = await reloadScript.run([k.session(party), k.profile(party)], []);
      return { session: snapshot(pairs(session), "s"), profile: snapshot(pairs(profile), "s") };
    },

    async release(bot: BotName, updateId: number): Promise<void> {
      // Only drop our own "in progress" mark, never a "done" one.
      await releaseScript.run([k.update(bot, updateId)], []);
    },
  };
}

/** HGETALL inside Lua returns a flat [field, value, …] list. */
function pairs(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]!] = flat[i + 1]!;
  return out;
}

function snapshot(hash: Record<string, string>, field: string): Snapshot {
  if (hash[field] === undefined) return { value: null, version: 0 };
  try {
    return { value: JSON.parse(hash[field]!) as unknown, version: Number(hash.v ?? 0) };
  } catch {
    // A corrupt value is treated as absent but keeps its version, so the next write still wins the CAS.
    return { value: null, version: Number(hash.v ?? 0) };
  }
}

