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
import { keys, type Keys } from "./keys.js";
import { ITEM_STATUSES_FOR_INDEX } from "./item-indexes.js";
import { luaScript } from "./script.js";

/**
 * Compare-and-set over many keys in one command: every check must hold, then
 * every op runs. Redis runs a script atomically, so a turn's writes (session,
 * item, indexes, update mark) appear together or not at all, and two racing
 * updates of one chat cannot both win. Returns 1, or {0, index of failed check}.
 */
export const CAS_SCRIPT = `
local p = cjson.decode(ARGV[1])
for i, c in ipairs(p.checks) do
  if c[1] == "hv" then
    local v = redis.call("HGET", c[2], "v")
    if (v or "0") ~= c[3] then return {0, i} end
  elseif c[1] == "nx" then
    if redis.call("EXISTS", c[2]) == 1 then return {0, i} end
  end
end
for _, op in ipairs(p.ops) do redis.call(unpack(op)) end
return {1, 0}
`;

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
/** How long we remember a handled update id; Telegram stops redelivering long before. */
const DONE_SECONDS = 7 * 24 * 3600;

/** Options for the Upstash turn store. */
export interface UpstashTurnStoreOptions {
  prefix: string;
  messagesPerMinute: number;
  itemsPerDay: number;
}

type Check = ["hv", string, string] | ["nx", string];
type Op = (string | number)[];

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
      const { checks, ops, touched } = planCommit(k, req);
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

/** Translates a domain commit into CAS checks and Redis ops. Exported for the command-budget tests. */
export function planCommit(k: Keys, req: TurnCommit): { checks: Check[]; ops: Op[]; touched: Set<string> } {
  const checks: Check[] = [];
  const ops: Op[] = [];
  const touched = new Set<string>();
  const versioned = (key: string, write: { expectedVersion: number; value: unknown }, ttlSeconds?: number) => {
    touched.add(key);
    checks.push(["hv", key, String(write.expectedVersion)]);
    if (write.value === null) {
      ops.push(["DEL", key]);
      return;
    }
    ops.push(["HSET", key, "v", write.expectedVersion + 1, "s", JSON.stringify(write.value)]);
    if (ttlSeconds) ops.push(["EXPIRE", key, ttlSeconds]);
  };
  if (req.session) versioned(k.session(req.party), req.session, req.session.ttlSeconds);
  if (req.profile) versioned(k.profile(req.party), req.profile);

  for (const w of req.items ?? []) {
    const key = k.item(w.item.id);
    touched.add(key);
    if (w.kind === "create") {
      checks.push(["nx", key]);
      ops.push(["HSET", key, "v", w.item.rev, "s", JSON.stringify(w.item)]);
      ops.push(["ZADD", k.allItems(), w.item.createdAt, w.item.id]);
      if (w.item.residentId !== null) ops.push(["ZADD", k.residentItems(w.item.residentId), w.item.createdAt, w.item.id]);
      ops.push(["ZADD", k.queue(), w.queueScore, w.item.id]);
    } else {
      checks.push(["hv", key, String(w.expectedRev)]);
      ops.push(["HSET", key, "v", w.item.rev, "s", JSON.stringify(w.item)]);
      for (const s of ITEM_STATUSES_FOR_INDEX) if (s !== w.item.status) ops.push(["ZREM", k.statusIndex(s), w.item.id]);
      if (w.queueScore === null) ops.push(["ZREM", k.queue(), w.item.id]);
      else if (w.queueScore !== undefined) ops.push(["ZADD", k.queue(), w.queueScore, w.item.id]);
    }
    ops.push(["ZADD", k.statusIndex(w.item.status), w.item.createdAt, w.item.id]);
  }
  const done = k.update(req.bot, req.updateId);
  touched.add(done);
  ops.push(["SET", done, "D", "EX", DONE_SECONDS]);
  return { checks, ops, touched };
}
