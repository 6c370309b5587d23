/**
 * Who the residents of a topic are: everyone who raised or follows one of its
 * items. One function says who an item's residents are, so the follower model
 * ("me too", issue #15) changes it in one place.
 */
import type { Item } from "../items/model.js";
import type { Locale } from "../locale.js";
import { residentRecipients } from "../staff/notices.js";

/** A resident reachable through the resident bot (their private chat is their id). */
export interface TopicResident {
  chat: number;
  locale: Locale;
  /** The item they raised or follow (the first one, when several). */
  code: string;
  /** True when they raised it; followers ("me too", #15) are residents of the item as much. */
  owner: boolean;
}

/** The residents of one item: its raiser (unless they used /forget) and its followers, each once. */
export function residentsOfItem(item: Item): TopicResident[] {
  return residentRecipients(item).map((r) => ({ chat: r.chatId, locale: r.locale, code: item.id, owner: r.owner }));
}

/** The residents of a topic's items, each once (a resident on two items is asked once, about the first). */
export function residentsOfTopic(items: Item[]): TopicResident[] {
  const seen = new Set<number>();
  const out: TopicResident[] = [];
  for (const item of items) {
    for (const r of residentsOfItem(item)) {
      if (seen.has(r.chat)) continue;
      seen.add(r.chat);
      out.push(r);
    }
  }
  return out;
}

