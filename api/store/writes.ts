import { ITEM_STATUSES } from "../../handlers/items/model.js";
import type { ItemWrite, MemberWrite, Outbound, Party, TurnCommit, VersionedWrite } from "../../handlers/ports.js";
import { planAggregates } from "./aggregates.js";
import { planFacets } from "./facets.js";
import type { Keys } from "./keys.js";

/**
 * Compare-and-set over many keys in one command: every check must hold, then
 * every op runs. Redis runs a script atomically, so a turn's writes (session,
 * item, indexes, update mark) appear together or not at all, and two racing
 * updates of one chat cannot both win. Returns {1, 0}, or {0, index of the failed check}.
 */
export const CAS_SCRIPT = `
local p = cjson.decode(ARGV[1])
if p.mark and redis.call("GET", p.mark[1]) == p.mark[2] then return {1, -1} end
for i, c in ipairs(p.checks) do
  if c[1] == "hv" then
    local v = redis.call("HGET", c[2], "v")
    if (v or "0") ~= c[3] then return {0, i} end
  elseif c[1] == "nx" then
    if redis.call("EXISTS", c[2]) == 1 then return {0, i} end
  elseif c[1] == "hs" then
    local v = redis.call("HGET", c[2], "v")
    if v and v ~= c[3] then return {0, i} end
  end
end
for _, op in ipairs(p.ops) do
  if op[1] == "OBFORGET" then
    for _, id in ipairs(redis.call("SMEMBERS", op[2])) do
      local key = op[4] .. id
      local x = redis.call("HGET", key, "x")
      if x then for ix in string.gmatch(x, "%S+") do redis.call("SREM", ix, id) end end
      redis.call("DEL", key)
      redis.call("ZREM", op[5], id)
    end
    for _, id in ipairs(redis.call("SMEMBERS", op[3])) do
      local key = op[4] .. id
      local n = tonumber(redis.call("HGET", key, "n") or "0")
      for i = 0, n - 1 do
        if redis.call("HGET", key, "t" .. i) == op[6] then redis.call("HDEL", key, "m" .. i, "t" .. i) end
      end
    end
    redis.call("DEL", op[2], op[3])
  elseif op[1] == "IFX" or op[1] == "IFNX" then
    if (redis.call("EXISTS", op[2]) == 1) == (op[1] == "IFX") then
      for _, o in ipairs(op[3]) do redis.call(unpack(o)) end
    end
  else
    redis.call(unpack(op))
  end
end
return {1, 0}
`;

/** How long we remember a handled update id; Telegram stops redelivering long before. */
export const DONE_SECONDS = 7 * 24 * 3600;

/** A precondition of a CAS write. */
/**
 * hv: the hash's version field equals; nx: the key does not exist;
 * hs: the hash's version field equals, or the hash does not exist yet.
 */
export type Check = ["hv", string, string] | ["nx", string] | ["hs", string, string];
/** One Redis command inside the CAS script. */
/** One Redis command inside the CAS script, or a conditional group (["IFX" | "IFNX", key, ops]) run only if the key exists / does not. */
export type Op = (string | number | Op[])[];

/** The checks and ops of one atomic write, and every key it touches. */
export interface WritePlan {
  checks: Check[];
  ops: Op[];
  touched: Set<string>;
  mark?: [string, string];
}

/** How long an owed outbox batch is kept at most; delivery gives up well before (api/outbox.ts). */
export const OUTBOX_TTL_SECONDS = 3 * 24 * 3600;
/** How long the request that committed a batch (or claimed it) has it to itself before others may deliver it. */
export const OUTBOX_LEASE_MS = 30_000;

/** Everything one atomic write may carry. */
export type WriteSet = Partial<Omit<TurnCommit, "bot" | "updateId" | "party" | "batchId">> & {
  party?: TurnCommit["party"];
  /**
   * Marks the write done under a key, with a token unique to this write: a
   * client retry of a write that already applied finds its own token and is
   * answered "done" instead of failing its checks (exactly-once commits).
   */
  mark?: { key: string; token: string; ttlSeconds: number };
  /** The outbox batch this write stores (id + when), when `outbox` has messages. */
  batch?: { id: string; now: number };
  /** Further keys to delete with the write (a forgotten resident's rate-limit counters). */
  erase?: string[];
};

/** The erasure tag of a message to a resident's chat (what /forget looks for). */
export const residentTag = (chatId: number) => `resident:${chatId}`;

/** Translates a domain write set into CAS checks and Redis ops. */
export function planWrites(k: Keys, w: WriteSet): WritePlan {
  const plan: WritePlan = { checks: [], ops: [], touched: new Set() };
  const versioned = (key: string, write: VersionedWrite, ttlSeconds?: number) => {
    plan.touched.add(key);
    plan.checks.push(["hv", key, String(write.expectedVersion)]);
    if (write.value === null) {
      plan.ops.push(["DEL", key]);
      return;
    }
    plan.ops.push(["HSET", key, "v", write.expectedVersion + 1, "s", JSON.stringify(write.value)]);
    if (ttlSeconds) plan.ops.push(["EXPIRE", key, ttlSeconds]);
  };
  if (w.session && w.party) versioned(k.session(w.party), w.session, w.session.ttlSeconds);
  if (w.profile && w.party) versioned(k.profile(w.party), w.profile);
  for (const r of w.residentProfiles ?? []) versioned(k.profile({ scope: "resident", userId: r.userId }), r);
  for (const m of w.members ?? []) planMember(k, plan, m, versioned);
  for (const item of w.items ?? []) planItem(k, plan, item);
  for (const q of w.questionsFor ?? []) {
    // A field beside the versioned value: setting it never conflicts with the resident's own turns.
    const key = k.profile({ scope: "resident", userId: q.residentId });
    plan.touched.add(key);
    plan.ops.push(q.code === null ? ["HDEL", key, "q"] : ["HSET", key, "q", `${q.code}:${q.at ?? 0}`]);
  }
  if (w.forgetResident !== undefined) planForget(k, plan, w.forgetResident);
  for (const key of w.erase ?? []) {
    plan.touched.add(key);
    plan.ops.push(["DEL", key]);
  }
  if (w.outbox?.length && w.batch) planBatch(k, plan, w.outbox, w.batch, w.party);
  if (w.mark) {
    plan.touched.add(w.mark.key);
    plan.mark = [w.mark.key, w.mark.token];
    plan.ops.push(["SET", w.mark.key, w.mark.token, "EX", w.mark.ttlSeconds]);
  }
  return plan;
}

/** The Lua plan of a write plan. */
export function planJson(plan: WritePlan): string {
  return JSON.stringify({ checks: plan.checks, ops: plan.ops, ...(plan.mark && { mark: plan.mark }) });
}

/** A fresh token for a write's done-mark (unique per write, repeated by the client's retries of it). */
export function writeToken(): string {
  return `D${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
}

/** The CAS script's answer: applied now, already applied (a retry), or the 1-based index of the failed check. */
export function casOutcome(plan: WritePlan, [ok, failed]: [number, number]): { ok: true } | { ok: false; reason: "conflict" | "id-taken"; failedIndex: number } {
  if (ok === 1) return { ok: true };
  return { ok: false, reason: plan.checks[failed - 1]?.[0] === "nx" ? "id-taken" : "conflict", failedIndex: failed };
}

/**
 * Stores an outbox batch as a hash: message i in field m<i> (JSON) with its
 * erasure tag t<i>; its indexes in x. It joins the due set leased to the
 * committing request, and the origin party's and every resident recipient's
 * index, so the next update of that chat and /forget can find it.
 */
function planBatch(k: Keys, plan: WritePlan, messages: Outbound[], batch: { id: string; now: number }, origin: Party | undefined): void {
  const key = k.outboxBatch(batch.id);
  const indexes = new Set<string>();
  if (origin) indexes.add(k.outboxByParty(origin));
  for (const m of messages) if (m.bot === "resident") indexes.add(k.outboxToResident(m.chatId));
  const fields: Array<string | number> = ["n", messages.length, "c", batch.now, "a", 0, "s", "[]", "x", [...indexes].join(" ")];
  messages.forEach((m, i) => fields.push(`m${i}`, JSON.stringify(m), `t${i}`, m.bot === "resident" ? residentTag(m.chatId) : `staff:${m.chatId}`));
  plan.touched.add(key);
  plan.ops.push(["DEL", key], ["HSET", key, ...fields], ["EXPIRE", key, OUTBOX_TTL_SECONDS]);
  plan.touched.add(k.outboxDue());
  plan.ops.push(["ZADD", k.outboxDue(), batch.now + OUTBOX_LEASE_MS, batch.id]);
  for (const ix of indexes) {
    plan.touched.add(ix);
    plan.ops.push(["SADD", ix, batch.id], ["EXPIRE", ix, OUTBOX_TTL_SECONDS]);
  }
}

/**
 * Erasure of a resident beyond their items: their item index, their own
 * turns' owed batches (cancelled whole) and every owed message to their chat
 * in others' batches (cancelled, the rest of the batch kept).
 */
function planForget(k: Keys, plan: WritePlan, residentId: number): void {
  for (const key of [k.residentItems(residentId), k.outboxByParty({ scope: "resident", userId: residentId }), k.outboxToResident(residentId)]) plan.touched.add(key);
  plan.ops.push(["DEL", k.residentItems(residentId)]);
  // A resident's private chat has the resident's id as its chat id.
  plan.ops.push(["OBFORGET", k.outboxByParty({ scope: "resident", userId: residentId }), k.outboxToResident(residentId), k.outboxBatch(""), k.outboxDue(), residentTag(residentId)]);
}

function planMember(k: Keys, plan: WritePlan, m: MemberWrite, versioned: (key: string, write: VersionedWrite) => void): void {
  versioned(k.profile({ scope: "staff", userId: m.userId }), m);
  const id = String(m.userId);
  for (const role of m.previousRoles) if (!m.roles.includes(role)) plan.ops.push(["SREM", k.role(role), id]);
  for (const t of m.previousTargets) if (!m.targets.includes(t)) plan.ops.push(["SREM", k.deputies(t), id]);
  for (const role of m.roles) plan.ops.push(["SADD", k.role(role), id]);
  for (const t of m.targets) plan.ops.push(["SADD", k.deputies(t), id]);
  for (const key of [...m.roles, ...m.previousRoles].map(k.role)) plan.touched.add(key);
  for (const key of [...m.targets, ...m.previousTargets].map(k.deputies)) plan.touched.add(key);
}

function planItem(k: Keys, plan: WritePlan, w: ItemWrite): void {
  const key = k.item(w.item.id);
  plan.touched.add(key);
  const touch = (op: Op) => {
    plan.ops.push(op);
    plan.touched.add(String(op[1]));
  };
  if (w.kind === "create") {
    plan.checks.push(["nx", key]);
    plan.ops.push(["HSET", key, "v", w.item.rev, "s", JSON.stringify(w.item)]);
    touch(["ZADD", k.allItems(), w.item.createdAt, w.item.id]);
    if (w.item.residentId !== null) touch(["ZADD", k.residentItems(w.item.residentId), w.item.createdAt, w.item.id]);
    // Only a new item waits for triage (an imported closed one does not).
    if (w.item.status === "new") touch(["ZADD", k.queue(), w.queueScore, w.item.id]);
    if (w.externalId !== undefined) {
      // Imports are idempotent: the same external id twice is one item.
      plan.checks.push(["nx", k.external(w.externalId)]);
      touch(["SET", k.external(w.externalId), w.item.id]);
    }
  } else {
    plan.checks.push(["hv", key, String(w.expectedRev)]);
    plan.ops.push(["HSET", key, "v", w.item.rev, "s", JSON.stringify(w.item)]);
    for (const s of ITEM_STATUSES) if (s !== w.item.status) touch(["ZREM", k.statusIndex(s), w.item.id]);
    // Followers of a merged item see the surviving one in /my and /status, and /forget finds it.
    for (const r of w.indexForResidents ?? []) touch(["ZADD", k.residentItems(r), w.item.createdAt, w.item.id]);
    for (const r of w.unindexResidents ?? []) touch(["ZREM", k.residentItems(r), w.item.id]);
    if (w.queueScore === null) touch(["ZREM", k.queue(), w.item.id]);
    else if (w.queueScore !== undefined) touch(["ZADD", k.queue(), w.queueScore, w.item.id]);
  }
  touch(["ZADD", k.statusIndex(w.item.status), w.item.createdAt, w.item.id]);
  // Counters for GET /stats and the staff /stats, in the same atomic write (api/store/aggregates.ts).
  planAggregates(k, plan, w);
  // Time-ordered indexes per status/target/category/place combination (api/store/facets.ts).
  planFacets(k, plan, w);
}
