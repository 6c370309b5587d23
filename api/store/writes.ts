import { ITEM_STATUSES } from "../../handlers/items/model.js";
import type { ItemWrite, MemberWrite, TurnCommit, VersionedWrite } from "../../handlers/ports.js";
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

/** How long we remember a handled update id; Telegram stops redelivering long before. */
export const DONE_SECONDS = 7 * 24 * 3600;

/** A precondition of a CAS write. */
export type Check = ["hv", string, string] | ["nx", string];
/** One Redis command inside the CAS script. */
export type Op = (string | number)[];

/** The checks and ops of one atomic write, and every key it touches. */
export interface WritePlan {
  checks: Check[];
  ops: Op[];
  touched: Set<string>;
}

/** Everything one atomic write may carry. */
export type WriteSet = Partial<Omit<TurnCommit, "bot" | "updateId" | "party">> & {
  party?: TurnCommit["party"];
  updateMark?: { bot: TurnCommit["bot"]; updateId: number };
};

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
  if (w.forgetResident !== undefined) {
    plan.touched.add(k.residentItems(w.forgetResident));
    plan.ops.push(["DEL", k.residentItems(w.forgetResident)]);
  }
  if (w.updateMark) {
    const done = k.update(w.updateMark.bot, w.updateMark.updateId);
    plan.touched.add(done);
    plan.ops.push(["SET", done, "D", "EX", DONE_SECONDS]);
  }
  return plan;
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
    if (w.queueScore === null) touch(["ZREM", k.queue(), w.item.id]);
    else if (w.queueScore !== undefined) touch(["ZADD", k.queue(), w.queueScore, w.item.id]);
  }
  touch(["ZADD", k.statusIndex(w.item.status), w.item.createdAt, w.item.id]);
  // Counters for GET /stats and the staff /stats, in the same atomic write (api/store/aggregates.ts).
  planAggregates(k, plan, w);
  // Time-ordered indexes per status/target/category/place combination (api/store/facets.ts).
  planFacets(k, plan, w);
}
