/**
 * Following an item: residents who back a matter someone else raised
 * ("me too" at intake, or a staff merge of their own item). Pure functions
 * over items; the callers write the result (with `before`, since support is
 * counted in the aggregates and orders the queue).
 */
import { FOLLOWERS_MAX, queueScore, supportOf, type Actor, type Follower, type Item } from "./model.js";
import type { ItemWrite } from "../ports.js";
import { OPEN_STATUSES } from "./status.js";
import { listSeparator, type Locale } from "../locale.js";

/** True when the resident raised the item or follows it. */
export function backs(item: Item, residentId: number): boolean {
  return item.residentId === residentId || (item.followers ?? []).some((f) => f.residentId === residentId);
}

/** True when the resident follows the item (without having raised it). */
export function follows(item: Item, residentId: number): boolean {
  return (item.followers ?? []).some((f) => f.residentId === residentId);
}

/** Why a resident cannot join an item. */
export type JoinRefusal = "already" | "full" | "closed";


/**
 * The item with `follower` added (support + 1) and a "joined" history line,
 * or why not: they already back it, it is full, or it is no longer open.
 */
export function joinItem(item: Item, follower: Follower, now: number): Item | JoinRefusal {
  if (!OPEN_STATUSES.includes(item.status) || item.mergedInto !== null) return "closed";
  if (backs(item, follower.residentId)) return "already";
  const existing = item.followers ?? [];
  if (existing.length >= FOLLOWERS_MAX) return "full";
  const followers = [...existing, follower];
  const by: Actor = { role: "resident", id: follower.residentId };
  return { ...item, rev: item.rev + 1, updatedAt: now, followers, history: [...item.history, { at: now, by, action: "joined", data: { support: supportOf({ followers }) } }] };
}

/** The item without the resident among its followers (support − 1), or null when they did not follow it. */
export function leaveItem(item: Item, residentId: number, now: number): Item | null {
  if (!follows(item, residentId)) return null;
  const followers = (item.followers ?? []).filter((f) => f.residentId !== residentId);
  return { ...item, rev: item.rev + 1, updatedAt: now, followers, history: [...item.history, { at: now, by: { role: "resident", id: residentId }, action: "unfollowed", data: { support: supportOf({ followers }) } }] };
}

/**
 * The write of an item whose followers changed: checked against the revision
 * read, with `before` (support is in the aggregates), and a new queue score
 * while it waits for triage (support orders the queue).
 */
export function followersWrite(before: Item, after: Item, extra: Partial<Extract<ItemWrite, { kind: "update" }>> = {}): ItemWrite {
  return { kind: "update", item: after, expectedRev: before.rev, before, ...(after.status === "new" && { queueScore: queueScore(after) }), ...extra };
}

/** A merged item's raiser as a follower of the surviving item: their words as the note, their contact under the same consent. */
export function followerOfMerged(item: Item, now: number): Follower | null {
  if (item.residentId === null || item.residentChatId === null) return null;
  const consent = item.contactConsent && item.contact !== null;
  return {
    residentId: item.residentId,
    chatId: item.residentChatId,
    locale: item.locale,
    from: item.id,
    at: now,
    note: item.text.slice(0, 4000),
    ...(consent && { contactConsent: true }),
    ...(consent && (item.residentName ?? item.contact?.name) && { name: (item.residentName ?? item.contact?.name)! }),
    ...(consent && item.contact?.phone && { phone: item.contact.phone }),
  };
}

/** A follower's contact as cards show it: only with their consent. */
export function followerContact(f: Follower, locale: Locale = "en"): string {
  if (!f.contactConsent) return "none";
  const parts = [f.name, f.phone].filter((p): p is string => !!p);
  return parts.length ? parts.join(listSeparator(locale)) : "none";
}
