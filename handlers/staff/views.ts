import { ITEM_STATUSES, supportOf, type Item } from "../items/model.js";
import { UNDECIDED, type ItemStats } from "../items/stats.js";
import type { Locale } from "../locale.js";
import { clipText, reply, type Reply } from "../replies.js";
import { claimedByOther } from "./actions.js";
import type { DirectoryView } from "../directory/view.js";

/** How many waiting items /queue lists under the counts. */
export const QUEUE_LIST = 10;

/** /queue: counts by status, waiting items by target, then the first waiting items (urgent, then most supported, then oldest). */
export function queueView(counts: Record<string, number>, queue: Item[], userId: number, now: number, dir: DirectoryView, locale: Locale): Reply {
  const byTarget = new Map<string, number>();
  for (const i of queue) byTarget.set(i.target ?? "", (byTarget.get(i.target ?? "") ?? 0) + 1);
  const targetLines = [...byTarget.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t, count]) => ({ key: "queue-target-line", args: { target: t ? dir.targetName(t, locale) : "undecided", count } }));
  const itemLines = queue.slice(0, QUEUE_LIST).map((i) => {
    const hours = Math.max(0, Math.floor((now - i.createdAt) / 3600_000));
    const claimed = i.claimedBy === userId && (i.claimedUntil ?? 0) > now ? "me" : claimedByOther(i, userId, now) ? "other" : "no";
    return { key: "queue-line", args: { code: i.id, urgent: i.urgent ? "yes" : "no", hours, days: Math.floor(hours / 24), summary: clipText(i.summary || i.text, 60), target: i.target ? dir.targetName(i.target, locale) : "undecided", claimed, support: supportOf(i) } };
  });
  const statusArgs = Object.fromEntries(ITEM_STATUSES.map((s) => [s, counts[s] ?? 0]));
  return reply("staff-queue", { ...statusArgs, waiting: queue.length }, {
    lines: queue.length ? [...targetLines, { key: "queue-items-head", args: { shown: Math.min(QUEUE_LIST, queue.length) } }, ...itemLines] : [{ key: "staff-queue-empty" }],
  });
}

/** Milliseconds as hours with one decimal, or null for "no data". */
const hours = (ms: number | null) => (ms === null ? null : Math.round(ms / 360_000) / 10);

/** Renders /stats from the same figures as the REST API's `GET stats` (handlers/items/stats.ts). */
export function statsView(s: ItemStats, dir: DirectoryView, locale: Locale): Reply {
  const sorted = (rec: Record<string, number>) => Object.entries(rec).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return reply(
    "staff-stats",
    {
      total: s.total,
      forward: hours(s.toMilestone.forwarded.medianMs),
      accept: hours(s.toMilestone.accepted.medianMs),
      answer: hours(s.toMilestone.answered.medianMs),
      rating: s.rating.mean,
      rated: s.rating.count,
    },
    {
      lines: [
        { key: "stats-by-status" },
        ...ITEM_STATUSES.filter((st) => s.byStatus[st]).map((st) => ({ key: "stats-status-line", args: { status: st, count: s.byStatus[st] } })),
        { key: "stats-by-target" },
        ...sorted(s.byTarget).map(([t, count]) => ({ key: "stats-line", args: { name: t === UNDECIDED ? "undecided" : dir.targetName(t, locale), count } })),
        { key: "stats-by-category" },
        ...sorted(s.byCategory).map(([c, count]) => ({ key: "stats-line", args: { name: dir.categoryName(c, locale), count } })),
      ],
    },
  );
}
