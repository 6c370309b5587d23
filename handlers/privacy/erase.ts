import { queueScore, type Actor, type Item, type ThreadEntry } from "../items/model.js";
import type { ItemWrite } from "../ports.js";
import type { Topic } from "../topics/model.js";
import { anonymise, MASK } from "./anonymise.js";

/** Who asked to be forgotten, and what of theirs may be written in items. */
export interface ErasedPerson {
  residentId: number;
  chatId: number;
  /** Names they are known by (Telegram first name, contact name, the item's residentName). */
  names: string[];
  /** Phone numbers they gave. */
  phones: string[];
}

/**
 * Removes a resident from an item they own or follow: the item keeps the
 * matter (words, place, topic, status, the deputies' answers) but no longer
 * reaches or names the person. Owned: resident id, chat, name, contact and
 * consent go; their words lose phone numbers, id numbers, e-mail, house
 * numbers, self-introductions and their known names. Followed: they leave the
 * followers. Either way history and thread entries keep the role
 * ("resident"), not the person.
 */
export function eraseResidentFromItem(item: Item, who: ErasedPerson, now: number): Item {
  const own = item.residentId === who.residentId;
  const known = knownStrings(who, item);
  // Others' words (a deputy's question, staff's reply) keep what they say but lose the person's name and phone.
  const maskKnown = (text: string) => known.reduce((t, s) => t.split(s).join(MASK), text);
  const mask = (text: string) => anonymise(maskKnown(text));
  const actor = (by: Actor): Actor => (by.role === "resident" && (own || by.id === who.residentId) ? { role: "resident" } : by);
  const thread = item.thread.map((t): ThreadEntry => {
    if (t.from !== "resident" || !(own || t.byId === who.residentId)) return { ...t, text: maskKnown(t.text) };
    const { byId: _drop, ...rest } = t;
    return { ...rest, text: mask(t.text) };
  });
  const followers = item.followers?.filter((f) => f.residentId !== who.residentId && f.chatId !== who.chatId);
  return {
    ...item,
    rev: item.rev + 1,
    updatedAt: now,
    ...(own && { residentId: null, residentChatId: null, residentName: null, contact: null, contactConsent: false, text: mask(item.text), summary: mask(item.summary), location: null }),
    ...(item.answer !== null && { answer: maskKnown(item.answer) }),
    ...(item.followers && { followers }),
    thread,
    history: [
      ...item.history.map((h) => ({ ...h, by: actor(h.by), ...(h.note !== undefined && { note: own && h.by.role === "resident" ? mask(h.note) : maskKnown(h.note) }) })),
      { at: now, by: { role: "resident" }, action: own ? "anonymised" : "follower-removed" },
    ],
  };
}

/** True when a topic holds one of the person's replies (an invitation's answer or an evaluation). */
export function topicHolds(topic: Topic, who: Pick<ErasedPerson, "chatId" | "residentId">): boolean {
  const theirs = (chat: number | null) => chat !== null && (chat === who.chatId || chat === who.residentId);
  return topic.rsvps.some((r) => theirs(r.chat)) || topic.evaluations.some((e) => theirs(e.chat));
}

/**
 * Removes a resident from a consultation topic: their answers to the
 * invitation and their evaluations stay (they count) but belong to nobody
 * (`chat` null), and their names and contact details leave the written
 * views (which never say who sent them). Null when the topic holds nothing of theirs.
 */
export function eraseResidentFromTopic(topic: Topic, who: ErasedPerson, now: number): Topic | null {
  if (!topicHolds(topic, who)) return null;
  const theirs = (chat: number | null) => chat !== null && (chat === who.chatId || chat === who.residentId);
  const known = knownStrings(who, null);
  const maskKnown = (text: string) => known.reduce((t, s) => t.split(s).join(MASK), text);
  return {
    ...topic,
    rev: topic.rev + 1,
    updatedAt: now,
    rsvps: topic.rsvps.map((r) => (theirs(r.chat) ? { ...r, chat: null } : r)),
    evaluations: topic.evaluations.map((e) => (theirs(e.chat) ? { ...e, chat: null } : e)),
    // Views say nobody's name, so any of them may be theirs: each loses what anonymise() masks (as every output already shows it) and their known names.
    views: topic.views.map((v) => ({ ...v, text: anonymise(maskKnown(v.text)) })),
    history: [...topic.history, { at: now, action: "resident-erased", by: "resident" }],
  };
}

/** The names and phones `who` is known by, longest first (so a full name is masked before its part). */
function knownStrings(who: ErasedPerson, item: Item | null): string[] {
  const own = item !== null && item.residentId === who.residentId;
  return [...who.names, ...(own && item.residentName ? [item.residentName] : []), ...(own && item.contact?.name ? [item.contact.name] : []), ...who.phones, ...(own && item.contact?.phone ? [item.contact.phone] : [])]
    .map((s) => s.trim())
    // A one-character name ("赵") would mask that character everywhere in the words.
    .filter((s) => [...s].length >= 2)
    .sort((a, b) => b.length - a.length);
}

/**
 * Completes an erasure's item writes with what the store needs: the item as
 * read (`before`: a follower leaving changes the support the aggregates
 * count) and, for an item still waiting for triage, its new queue score.
 */
export function erasureWrites(writes: readonly ItemWrite[], read: readonly Item[]): ItemWrite[] {
  const byId = new Map(read.map((i) => [i.id, i]));
  return writes.map((w) => {
    const before = byId.get(w.item.id);
    if (w.kind !== "update" || !before || w.before) return w;
    const after = w.item as Item;
    return { ...w, before, ...(after.status === "new" && (after.followers?.length ?? 0) !== (before.followers?.length ?? 0) && { queueScore: queueScore(after) }) };
  });
}
