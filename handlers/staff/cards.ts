import { followerContact } from "../items/followers.js";
import { supportOf, type Item } from "../items/model.js";
import { listSeparator, type Locale } from "../locale.js";
import { clipText, reply, type ActionButton, type Reply, type ReplyPart } from "../replies.js";
import { deputyAction } from "./callback.js";
import type { DirectoryView } from "../directory/view.js";

/** Longest resident text shown on a card; the full text is in /export and the API. */
const CARD_TEXT_MAX = 2500;
/** How many of the latest thread messages a card shows. */
const CARD_THREAD_LINES = 5;


/** The contact line a card may show: only with the resident's consent, otherwise "none". */
export function consentedContact(item: Item, locale: Locale = "en"): string {
  if (!item.contactConsent || !item.contact) return "none";
  const parts = [item.contact.name ?? item.residentName ?? undefined, item.contact.phone, item.contact.email].filter((p): p is string => !!p);
  return parts.length ? parts.join(listSeparator(locale)) : "none";
}

/** The buttons deputies (and staff) get on an item in its current status. */
export function deputyButtons(item: Item): ActionButton[][] {
  const accept = { key: "deputy-button-accept", action: deputyAction("accept", item) };
  const ask = { key: "deputy-button-ask", action: deputyAction("ask", item) };
  const answer = { key: "deputy-button-answer", action: deputyAction("answer", item) };
  const back = { key: "deputy-button-return", action: deputyAction("return", item) };
  if (item.status === "forwarded") return [[accept, ask], [answer, back]];
  if (item.status === "accepted") return [[ask, answer], [back]];
  return [];
}

function threadLines(item: Item) {
  const lines = item.thread.slice(-CARD_THREAD_LINES).map((t) => ({ key: "card-thread-line", args: { from: t.from, kind: t.kind, text: clipText(t.text, 400) } }));
  // The resident's rating, once given, is the last word on the card.
  return item.rating !== null ? [...lines, { key: "card-rating-line", args: { rating: item.rating } }] : lines;
}

/** The consultation topic an item is on (#16), first under the card's facts; staff open it with /topic show. */
function topicLines(item: Item) {
  return item.topic ? [{ key: "card-topic-line", args: { topic: item.topic } }] : [];
}

/** How many followers' notes a card shows (the newest); the rest are in the export and the API. */
const CARD_SUPPORTERS = 5;

/** Followers' own words, each with their contact only when they agreed to share it. */
function supporterLines(item: Item, locale: Locale) {
  const all = item.followers ?? [];
  const shown = all.slice(-CARD_SUPPORTERS).map((f) => ({ key: "card-supporter-line", args: { contact: followerContact(f, locale), note: f.note ? clipText(f.note, 400) : "none" } }));
  return all.length > CARD_SUPPORTERS ? [{ key: "card-supporters-more", args: { count: all.length - CARD_SUPPORTERS } }, ...shown] : shown;
}

function common(item: Item, dir: DirectoryView, locale: Locale) {
  return {
    code: item.id,
    status: item.status,
    summary: item.summary || "—",
    place: item.place === "unknown" ? "unknown" : dir.placeName(item.place, locale),
    topic: dir.categoryName(item.category, locale),
    target: item.target ? dir.targetName(item.target, locale) : "undecided",
    text: clipText(item.text, CARD_TEXT_MAX),
    contact: consentedContact(item, locale),
    reasons: "none",
    photos: item.photos.length,
    urgent: item.urgent ? "yes" : "no",
    support: supportOf(item),
  };
}

/**
 * The router's reasons in the reader's language: which words named the place
 * and the topic, which rule chose the target. The English `detail` stays in
 * the item for logs and the API.
 */
export function reasonsPart(item: Item, dir: DirectoryView, locale: Locale): ReplyPart | undefined {
  const words = (w: string[] | undefined) => (w ?? []).slice(0, 4).join("、");
  const items: ReplyPart["items"] = [];
  for (const r of item.route.reasons) {
    if (r.kind === "place" && r.id && r.by) {
      items.push({ key: "reason-place-chosen", args: { name: dir.placeName(r.id, locale), by: r.by } });
    } else if ((r.kind === "place" || r.kind === "subarea") && r.words?.length) {
      items.push({ key: "reason-place", args: { words: words(r.words), name: dir.placeName(r.kind === "place" && r.id ? r.id : item.route.place, locale) } });
    } else if (r.kind === "category" && r.id) {
      items.push(r.words?.length ? { key: "reason-category", args: { words: words(r.words), name: dir.categoryName(r.id, locale) } } : { key: "reason-category-chosen", args: { name: dir.categoryName(r.id, locale), by: item.route.source === "model" ? "model" : item.source === "telegram" ? "resident" : "client" } });
    } else if (r.kind === "rule") {
      items.push(r.id && r.rule ? { key: "reason-rule", args: { rule: r.rule, target: dir.targetName(r.id, locale) } } : { key: "reason-rule-none" });
    }
  }
  return items.length ? { items, separator: " · " } : undefined;
}

/** One message per photo after a card, labelled with the item's code (a card's text is too long for a caption). */
export function photoReplies(item: Item): Reply[] {
  return item.photos.map((photo, i) => reply("card-photo", { code: item.id, n: i + 1, total: item.photos.length }, { photo }));
}

/**
 * The deputy card: summary, place, topic, how many residents back it, the
 * resident's words and the followers' notes, the router's reasons, each
 * contact only with its owner's consent; never a resident's Telegram id.
 * Photos follow as their own messages; the location pin rides on the card.
 */
export function deputyCard(item: Item, dir: DirectoryView, locale: Locale, withButtons = true): Reply[] {
  const reasons = reasonsPart(item, dir, locale);
  const card = reply("deputy-card", common(item, dir, locale), {
    ...(reasons && { parts: { reasons } }),
    lines: [...topicLines(item), ...supporterLines(item, locale), ...threadLines(item)],
    ...(withButtons && { buttons: deputyButtons(item) }),
    ...(item.location && { location: item.location }),
  });
  return [card, ...photoReplies(item)];
}

/** The staff view of an item: the deputy card's facts plus route overrides, claim and history size. */
export function staffCard(item: Item, dir: DirectoryView, locale: Locale, now: number): Reply[] {
  const claimed = item.claimedBy !== null && (item.claimedUntil ?? 0) > now ? String(item.claimedBy) : "none";
  const overrides = item.overrides.map((o) => ({
    key: "card-override-line",
    args: { from: o.from ? dir.targetName(o.from, locale) : "undecided", to: dir.targetName(o.to, locale), by: String(o.by.id ?? o.by.role), reason: o.reason || "—" },
  }));
  const reasons = reasonsPart(item, dir, locale);
  const card = reply(
    "staff-card",
    {
      ...common(item, dir, locale),
      routed: item.route.target ? dir.targetName(item.route.target, locale) : "undecided",
      claimed,
      ageHours: Math.max(0, Math.floor((now - item.createdAt) / 3600_000)),
      history: item.history.length,
      mergedInto: item.mergedInto ?? "none",
    },
    { ...(reasons && { parts: { reasons } }), lines: [...topicLines(item), ...overrides, ...supporterLines(item, locale), ...threadLines(item)], buttons: deputyButtons(item), ...(item.location && { location: item.location }) },
  );
  return [card, ...photoReplies(item)];
}
