import { ITEM_STATUSES, parseItem, type Item } from "../../handlers/items/model.js";
import type { CommitOutcome, ItemQuery, ItemRepository, ItemWrite, MemberDirectory, Outbound, Snapshot } from "../../handlers/ports.js";
import { createAggregateManyReader, createAggregateReader } from "./aggregates.js";
import { facetIndexFor, PAGE_SCRIPT } from "./facets.js";
import { keys } from "./keys.js";
import type { Redis } from "./redis.js";
import { luaScript } from "./script.js";
import { newBatch } from "./outbox-store.js";
import { CAS_SCRIPT, casOutcome, planJson, planWrites, writeToken } from "./writes.js";

/** How long a write outside a turn remembers it ran (covers the client's retries). */
const WRITE_MARK_SECONDS = 600;

const VERSIONED_SCRIPT = `return redis.call("HMGET", KEYS[1], "v", "s")`;
/** SMEMBERS of a deputies index plus each member's stored value: deputies ready to notify in one request. */
const DEPUTY_PROFILES_SCRIPT = `local ids = redis.call("SMEMBERS", KEYS[1]) local out = {} for i, id in ipairs(ids) do out[#out + 1] = id out[#out + 1] = redis.call("HGET", ARGV[1] .. id, "s") or "" end return out`;
/** HGET "s" of every key (stored values of many items or members), in one script. */
export const GET_SCRIPT = `local out = {} for i, k in ipairs(KEYS) do out[i] = redis.call("HGET", k, "s") or "" end return out`;

/** A stored item value, parsed and validated; null when absent or invalid. */
function parseStored(text: string | null | undefined): Item | null {
  return parseItem(parseJson(text));
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Builds the Upstash item repository. */
export function createUpstashItemRepository(redis: Redis, prefix: string): ItemRepository {
  const k = keys(prefix);
  const cas = luaScript<[number, number]>(redis, CAS_SCRIPT);
  const getScript = luaScript<string[]>(redis, GET_SCRIPT);
  const versioned = luaScript<[string | null, string | null]>(redis, VERSIONED_SCRIPT);
  const readStats = createAggregateReader(redis, k);
  const readStatsMany = createAggregateManyReader(redis, k);
  const page = luaScript<string[]>(redis, PAGE_SCRIPT);

  const getMany = async (ids: string[]): Promise<Item[]> => {
    if (ids.length === 0) return [];
    const raw = await getScript.run(ids.map(k.item), []);
    return raw.map(parseStored).filter((v): v is Item => v !== null);
  };

  const zrange = async (key: string, start: number, stop: number, rev = false): Promise<string[]> =>
    ((await redis.zrange(key, start, stop, rev ? { rev: true } : undefined)) as string[]) ?? [];

  const list = async (q: ItemQuery) => {
      const limit = Math.min(Math.max(q.limit ?? 50, 1), 500);
      // Cursor = "<createdAt>:<id>" of the last item returned; newest first, ties by id descending.
      const [cursorScore, afterId] = decodeCursor(q.cursor);
      const maxScore = q.to !== undefined ? Math.min(cursorScore, q.to - 1) : cursorScore;
      const minScore = q.from ?? 0;
      // The one index that holds exactly the matching items, paged in one script call with their values.
      const flat = await page.run([facetIndexFor(k, q)], [String(maxScore), String(minScore), String(cursorScore), afterId ?? "", String(limit), k.item("")]);
      const out: Array<{ id: string; score: number; item: Item | null }> = [];
      // An index entry whose item is gone or does not validate is skipped (the cursor still moves past it).
      for (let i = 0; i + 2 < flat.length; i += 3) out.push({ id: String(flat[i]), score: Number(flat[i + 1]), item: parseStored(flat[i + 2]) });
      const last = out.at(-1);
      const more = out.length === limit && last !== undefined;
      return { items: out.map((o) => o.item).filter((v): v is Item => v !== null), nextCursor: more ? encodeCursor(last.score, last.id) : null };
  };

  return {
    list,
    async *scan(q: ItemQuery, opts: { max?: number } = {}) {
      let cursor: string | undefined = q.cursor;
      let seen = 0;
      do {
        const p = await list({ ...q, limit: q.limit ?? 500, ...(cursor && { cursor }) });
        for (const item of p.items) {
          if (opts.max !== undefined && seen >= opts.max) return;
          seen++;
          yield item;
        }
        cursor = p.nextCursor ?? undefined;
      } while (cursor);
    },
    async get(id) {
      const [v, s] = await versioned.run([k.item(id)], []);
      const item = parseStored(s);
      return item === null ? null : { item, rev: Number(v ?? 0) };
    },
    getMany,
    async byResident(residentId, limit) {
      return getMany(await zrange(k.residentItems(residentId), 0, limit - 1, true));
    },
    async queue(limit) {
      return getMany(await zrange(k.queue(), 0, limit - 1));
    },
    async idsByStatus(status, limit) {
      return zrange(k.statusIndex(status), 0, limit - 1);
    },
    async stats(q: ItemQuery) {
      const { stats, from, to } = await readStats(q);
      return { stats, from, to };
    },
    async statsMany(queries) {
      return (await readStatsMany(queries)).map((r) => r.stats);
    },
    async countByStatus() {
      const counts = await Promise.all(ITEM_STATUSES.map((s) => redis.zcard(k.statusIndex(s))));
      return Object.fromEntries(ITEM_STATUSES.map((s, i) => [s, Number(counts[i] ?? 0)]));
    },
    async findExternal(externalIds) {
      if (externalIds.length === 0) return [];
      const found = (await redis.mget(...externalIds.map(k.external))) as Array<string | null>;
      return found.map((v) => (v ? String(v) : null));
    },
    async write(writes: ItemWrite[], outbox: Outbound[] = []): Promise<CommitOutcome> {
      const token = writeToken();
      const at = Date.now();
      const batch = { id: `w:${token.slice(1)}`, now: at };
      // The mark makes the client's retry of a write whose answer was lost an "already done", not a conflict.
      const plan = planWrites(k, { items: writes, outbox, batch, mark: { key: k.writeMark(token), token, ttlSeconds: WRITE_MARK_SECONDS } });
      const outcome = casOutcome(plan, await cas.run([...plan.touched], [planJson(plan)]));
      if (!outcome.ok) {
        const check = plan.checks[outcome.failedIndex - 1];
        if (check?.[0] === "nx" && check[1].startsWith(k.external(""))) return { ok: false, reason: "duplicate" };
        return { ok: false, reason: outcome.reason };
      }
      return outbox.length ? { ok: true, batch: newBatch(batch.id, outbox, at) } : { ok: true };
    },
  };
}

function encodeCursor(score: number, id: string): string {
  return btoa(`${score}:${id}`).replace(/=+$/, "");
}

function decodeCursor(cursor: string | undefined): [number, string | null] {
  if (!cursor) return [Number.MAX_SAFE_INTEGER, null];
  try {
    const [score, id] = atob(cursor).split(":");
    const n = Number(score);
    if (!Number.isFinite(n) || !id) throw new Error("bad cursor");
    return [n, id];
  } catch {
    throw new InvalidCursorError();
  }
}

/** Thrown when a paging cursor was not produced by this API (tampered or truncated). */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
  constructor() {
    super("invalid cursor");
  }
}

/** Builds the Upstash member directory (roles and deputies per target). */
export function createUpstashMemberDirectory(redis: Redis, prefix: string): MemberDirectory {
  const k = keys(prefix);
  const getScript = luaScript<string[]>(redis, GET_SCRIPT);
  const versioned = luaScript<[string | null, string | null]>(redis, VERSIONED_SCRIPT);
  const deputyProfiles = luaScript<string[]>(redis, DEPUTY_PROFILES_SCRIPT);
  return {
    async get(userId): Promise<Snapshot> {
      const [v, s] = await versioned.run([k.profile({ scope: "staff", userId })], []);
      return { value: parseJson(s), version: Number(v ?? 0) };
    },
    async withRole(role) {
      return ((await redis.smembers(k.role(role))) as string[]).map(Number).sort((a, b) => a - b);
    },
    async deputiesOf(target) {
      return ((await redis.smembers(k.deputies(target))) as string[]).map(Number).sort((a, b) => a - b);
    },
    async deputyProfilesOf(target) {
      // The profile key is built in Lua from this prefix (keys(prefix).profile for scope "staff" minus the id).
      const flat = await deputyProfiles.run([k.deputies(target)], [k.profile({ scope: "staff", userId: 0 }).replace(/0$/, "")]);
      const rows: Array<{ userId: number; value: unknown }> = [];
      for (let i = 0; i + 1 < flat.length; i += 2) rows.push({ userId: Number(flat[i]), value: parseJson(flat[i + 1]) });
      return rows.sort((a, b) => a.userId - b.userId);
    },
    async getMany(userIds) {
      if (userIds.length === 0) return [];
      const raw = await getScript.run(userIds.map((userId) => k.profile({ scope: "staff", userId })), []);
      return userIds.map((userId, i) => ({ userId, value: parseJson(raw[i]) }));
    },
  };
}
