/**
 * Retention: items closed, rejected or merged longer than ARCHIVE_AFTER_DAYS
 * ago (by their last change) move out of Redis into an NDJSON export (`npm
 * run archive -- FILE.ndjson`). The aggregates keep counting them, so
 * `GET /stats` and `/stats` do not change; the item, its indexes and its
 * aggregate summary go. Each line is written (and flushed by the caller)
 * before the batch it belongs to is removed, and each removal checks the
 * item's revision, so an item changed meanwhile stays. `npm run
 * stats:rebuild -- --archive FILE.ndjson` counts archived items again.
 */
import { aggregateFacts } from "../../handlers/items/aggregates.js";
import type { Item } from "../../handlers/items/model.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { facetKeys } from "./facets.js";
import type { Keys } from "./keys.js";
import type { Redis } from "./redis.js";
import { luaScript } from "./script.js";
import { CAS_SCRIPT, type Check, type Op } from "./writes.js";

/** The statuses that end an item's life. */
export const FINAL_STATUSES = ["closed", "rejected", "merged"] as const;
const DAY_MS = 24 * 3600_000;

/** The checks and ops that take one item (at its revision) out of Redis, aggregates aside. */
export function planRemoval(k: Keys, item: Item, rev: number): { checks: Check[]; ops: Op[]; touched: string[] } {
  const ops: Op[] = [
    ["DEL", k.item(item.id)],
    ["DEL", k.aggregateSig(item.id)],
    ["ZREM", k.allItems(), item.id],
    ["ZREM", k.statusIndex(item.status), item.id],
    ["ZREM", k.queue(), item.id],
    ...facetKeys(k, aggregateFacts(item)).map((key): Op => ["ZREM", key, item.id]),
    ...[item.residentId, ...(item.followers ?? []).map((f) => f.residentId)].filter((r): r is number => r !== null).map((r): Op => ["ZREM", k.residentItems(r), item.id]),
  ];
  return { checks: [["hv", k.item(item.id), String(rev)]], ops, touched: [...new Set(ops.map((o) => String(o[1])))] };
}

/** Archives what is old enough; `emit` receives each batch of NDJSON lines before it is removed. */
export async function archiveItems(
  redis: Redis,
  k: Keys,
  repo: ItemRepository,
  opts: { afterDays: number; now: number; emit: (lines: string) => Promise<void>; onProgress?: (archived: number) => void },
): Promise<{ archived: number; kept: number }> {
  const cutoff = opts.now - opts.afterDays * DAY_MS;
  const cas = luaScript<[number, number]>(redis, CAS_SCRIPT);
  let archived = 0;
  let kept = 0;
  for (const status of FINAL_STATUSES) {
    let offset = 0;
    for (;;) {
      const ids = ((await redis.zrange(k.statusIndex(status), offset, offset + 499)) as string[]) ?? [];
      if (ids.length === 0) break;
      const items = await Promise.all(ids.map((id) => repo.get(id)));
      const old = items.filter((x): x is { item: Item; rev: number } => x !== null && x.item.status === status && x.item.updatedAt < cutoff);
      offset += ids.length - old.length;
      if (old.length === 0) continue;
      await opts.emit(old.map((x) => JSON.stringify(x.item)).join("\n") + "\n");
      for (const x of old) {
        const plan = planRemoval(k, x.item, x.rev);
        const [ok] = await cas.run(plan.touched, [JSON.stringify({ checks: plan.checks, ops: plan.ops })]);
        if (ok === 1) archived++;
        else {
          kept++;
          offset++;
        }
      }
      opts.onProgress?.(archived);
    }
  }
  return { archived, kept };
}
