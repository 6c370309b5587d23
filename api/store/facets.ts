/**
 * Facet indexes: one time-ordered sorted set (score = created-at ms) per
 * combination of status, target, category and place an item has, kept in
 * the same atomic write that changes the item. Any filter of `GET /items`
 * and `items.csv` is then one sorted set, and a page is one ZRANGE inside
 * one script (with the items' values): the same cost at any number of items.
 *
 * Of the sixteen combinations, "no filter" is `ix:all` and "status only" is
 * `ix:status:<s>` (kept by writes.ts); the other fourteen live under
 * `ix:f:<status|*>:<target>|<category>|<place>` (same encoding as the aggregates).
 */
import { aggregateFacts, assignmentOf, encodeValue, FACET_MASKS, maskedAssignment, type AggregateFacts } from "../../handlers/items/aggregates.js";
import type { ItemQuery, ItemWrite } from "../../handlers/ports.js";
import type { Keys } from "./keys.js";
import type { WritePlan } from "./writes.js";

/** The facet index keys an item with these facts is in (beyond ix:all and its status index). */
export function facetKeys(k: Keys, f: AggregateFacts): string[] {
  const out: string[] = [];
  for (const withStatus of [false, true]) {
    for (const mask of FACET_MASKS) {
      if (!mask.target && !mask.category && !mask.place && !withStatus) continue; // ix:all
      if (!mask.target && !mask.category && !mask.place) continue; // ix:status:<s>
      out.push(k.facet(withStatus ? encodeValue(f.status) : "*", maskedAssignment(f, mask)));
    }
  }
  return out;
}

/** The one sorted set that holds exactly the items a filter matches (time range aside). */
export function facetIndexFor(k: Keys, q: Pick<ItemQuery, "status" | "target" | "category" | "place">): string {
  const narrowed = q.target !== undefined || q.category !== undefined || q.place !== undefined;
  if (!narrowed) return q.status !== undefined ? k.statusIndex(q.status) : k.allItems();
  return k.facet(q.status !== undefined ? encodeValue(q.status) : "*", assignmentOf(q));
}

/** Adds the facet index ops of one item write to a plan (called by planItem). */
export function planFacets(k: Keys, plan: WritePlan, w: ItemWrite): void {
  const after = facetKeys(k, aggregateFacts(w.item));
  // Without `before` nothing counted may change (the aggregate check in the same plan refuses otherwise).
  const before = w.kind === "update" && w.before ? facetKeys(k, aggregateFacts(w.before)) : w.kind === "update" ? after : [];
  const keep = new Set(after);
  for (const key of before) {
    if (keep.has(key)) continue;
    plan.ops.push(["ZREM", key, w.item.id]);
    plan.touched.add(key);
  }
  const had = new Set(before);
  for (const key of after) {
    if (had.has(key)) continue;
    plan.ops.push(["ZADD", key, w.item.createdAt, w.item.id]);
    plan.touched.add(key);
  }
}

/**
 * One page of an index, newest first, with the items' stored values:
 * entries with a score in [ARGV[2], ARGV[1]], skipping those at score
 * ARGV[3] whose id is not below ARGV[4] (the cursor's own tie), at most
 * ARGV[5] of them. ARGV[6] is the item key prefix. Returns {id, score, value, …}.
 */
export const PAGE_SCRIPT = `
local limit = tonumber(ARGV[5])
local out = {}
local offset = 0
local n = 0
while n < limit do
  local page = redis.call("ZRANGE", KEYS[1], ARGV[1], ARGV[2], "BYSCORE", "REV", "LIMIT", offset, 200, "WITHSCORES")
  if #page == 0 then break end
  for i = 1, #page, 2 do
    local id, score = page[i], page[i + 1]
    if not (ARGV[4] ~= "" and score == ARGV[3] and id >= ARGV[4]) then
      out[#out + 1] = id
      out[#out + 1] = score
      out[#out + 1] = redis.call("HGET", ARGV[6] .. id, "s") or ""
      n = n + 1
      if n == limit then break end
    end
  end
  if #page < 400 then break end
  offset = offset + 200
end
return out
`;
