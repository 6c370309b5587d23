/**
 * Candidate groupings for topics: a target's open items that are not on a
 * topic yet, grouped by the "me too" similarity rules (handlers/items/similarity.ts:
 * same place, alike words), for staff to accept as a topic. Pure.
 */
import type { DirectoryView } from "../directory/view.js";
import { supportOf, type Item } from "../items/model.js";
import { JOINABLE_STATUSES, similarItems } from "../items/similarity.js";
import { TOPIC_ITEMS_MAX } from "./model.js";

/** A suggested topic: its items (oldest first), how many residents back them, and a title to start from. */
export interface TopicSuggestion {
  items: string[];
  support: number;
  title: string;
}

/** How far back suggestions look (days): a quarter and a bit, one deputy-meeting cycle. */
export const SUGGEST_DAYS = 120;

/** Groups of at least two alike open items, largest support first. */
export function suggestTopics(items: Item[], dir: DirectoryView, now: number): TopicSuggestion[] {
  const open = items.filter((i) => JOINABLE_STATUSES.includes(i.status) && !i.topic && i.mergedInto === null).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const taken = new Set<string>();
  const out: TopicSuggestion[] = [];
  for (const seed of open) {
    if (taken.has(seed.id)) continue;
    const alike = similarItems({ texts: [seed.text, seed.summary], place: seed.place, category: seed.category }, open, {
      now,
      days: SUGGEST_DAYS,
      strip: dir.placeWords(seed.place),
      exclude: new Set([...taken, seed.id]),
      max: TOPIC_ITEMS_MAX - 1,
    }).map((m) => m.item);
    if (alike.length === 0) continue;
    const group = [seed, ...alike].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    for (const i of group) taken.add(i.id);
    out.push({ items: group.map((i) => i.id), support: group.reduce((n, i) => n + supportOf(i), 0), title: seed.summary || seed.text.slice(0, 60) });
  }
  return out.sort((a, b) => b.support - a.support || a.items[0]!.localeCompare(b.items[0]!));
}
