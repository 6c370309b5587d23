/**
 * The "me too" lookup: the open items of one place, from the place's facet
 * index per open status (api/store/facets.ts), with their values, in one
 * script. The place is given, or read from the mark a resident's session
 * keeps (`p`: the place its draft waits to have looked at), so the lookup can
 * ride in the same request as the turn's begin before the session is known.
 */
import { encodeValue } from "../../handlers/items/aggregates.js";
import { parseItem, type Item } from "../../handlers/items/model.js";
import { JOINABLE_STATUSES } from "../../handlers/items/similarity.js";
import type { OpenItemsAt } from "../../handlers/ports.js";
import type { Keys } from "./keys.js";
import type { Redis } from "./redis.js";
import { luaScript } from "./script.js";

/**
 * KEYS[1]: the session hash (its `p` field is read when ARGV[5] is empty).
 * ARGV: facet key prefix, item key prefix, created-since (ms), the statuses
 * (comma-separated), the place (encoded; empty = from the session), the most
 * items per status. Returns {place, value, value, …} or {} without a place.
 * dev/memory-store.ts has the same text and a native implementation.
 */
export const SIMILAR_SCRIPT = `
local place = ARGV[5]
if place == "" then place = redis.call("HGET", KEYS[1], "p") end
if not place or place == "" then return {} end
local out = {place}
for status in string.gmatch(ARGV[4], "[^,]+") do
  local ids = redis.call("ZRANGE", ARGV[1] .. status .. ":*|*|" .. place, "+inf", ARGV[3], "BYSCORE", "REV", "LIMIT", 0, tonumber(ARGV[6]))
  for _, id in ipairs(ids) do out[#out + 1] = redis.call("HGET", ARGV[2] .. id, "s") or "" end
end
return out
`;

/** The most recent open items per status a lookup reads (the rest are older than anyone would mean "me too" by). */
export const SIMILAR_PER_STATUS = 50;

/** Runs the lookup: `place` given, or (null) the one the session marks. */
export function createSimilarLookup(redis: Redis, k: Keys) {
  const script = luaScript<string[]>(redis, SIMILAR_SCRIPT);
  return (sessionKey: string, place: string | null, since: number): Promise<OpenItemsAt | null> =>
    script
      .run([sessionKey], [k.facet("", "").slice(0, -1), k.item(""), String(since), JOINABLE_STATUSES.map(encodeValue).join(","), place === null ? "" : encodeValue(place), String(SIMILAR_PER_STATUS)])
      .then(openItems);
}

/** The script's answer as items (a value that does not validate is skipped). */
function openItems(flat: string[]): OpenItemsAt | null {
  if (!flat.length) return null;
  const items: Item[] = [];
  for (const text of flat.slice(1)) {
    try {
      const item = text ? parseItem(JSON.parse(text)) : null;
      if (item) items.push(item);
    } catch {
      // A corrupt value is no candidate.
    }
  }
  return { place: decodeURIComponent(String(flat[0])), items };
}

/** The session mark's value for a place (the same encoding as the facet keys). */
export const placeMark = (place: string): string => encodeValue(place);
