/**
 * Staff subscriptions to new items: all of them or some targets' only, each
 * one as a compact card the moment it is submitted, or a digest for busy
 * desks (sent by the cron). Pure; the store keeps one record per member.
 */
import * as z from "zod";
import type { DirectoryView } from "../directory/view.js";
import type { Item } from "../items/model.js";
import { LocaleSchema, type Locale } from "../locale.js";
import type { ItemRepository, Notice, Outbox, SubscriptionStore } from "../ports.js";
import { clipText, reply, type Reply } from "../replies.js";
import { noticeMessage } from "../turn.js";
import { showAction, triageAction } from "./callback.js";

/** How long a digest desk waits between digests. */
export const DIGEST_EVERY_MS = 4 * 3600_000;
/** Items listed in one digest (the rest are one /queue away). */
export const DIGEST_MAX_ITEMS = 30;

/** One member's subscription. */
export const SubscriptionSchema = z.object({
  chatId: z.number().int(),
  locale: LocaleSchema,
  /** null = every new item; else only items for these targets. */
  targets: z.array(z.string()).nullable(),
  /** Collect new items into a digest instead of a card each. */
  digest: z.boolean(),
  /** When the last digest went out (or the subscription began): the next one lists what came after. */
  since: z.number().int(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** Reads stored subscriptions (member id → JSON), skipping anything unreadable. */
export function parseSubscriptions(raw: Record<string, unknown> | null | undefined): Map<number, Subscription> {
  const out = new Map<number, Subscription>();
  for (const [id, value] of Object.entries(raw ?? {})) {
    const parsed = SubscriptionSchema.safeParse(typeof value === "string" ? safeJson(value) : value);
    if (parsed.success && /^\d+$/.test(id)) out.set(Number(id), parsed.data);
  }
  return out;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** True when the subscription covers an item for this target (an item with no target yet is for "all" desks only). */
export function covers(sub: Subscription, target: string | null): boolean {
  return sub.targets === null || (target !== null && sub.targets.includes(target));
}

/** The compact card of a new item: summary, place, topic, target, urgency; show, forward, reject. */
export function newItemCard(item: Item, dir: DirectoryView, locale: Locale): Reply {
  const forward = item.target ? [{ key: "button-forward", action: triageAction("forward", item) }] : [];
  return reply(
    "staff-new-item",
    {
      code: item.id,
      summary: clipText(item.summary || item.text, 80),
      place: item.place === "unknown" ? "unknown" : dir.placeName(item.place, locale),
      topic: dir.categoryName(item.category, locale),
      target: item.target ? dir.targetName(item.target, locale) : "undecided",
      urgent: item.urgent ? "yes" : "no",
    },
    { buttons: [[{ key: "button-show", action: showAction(item.id) }, ...forward, { key: "button-reject", action: triageAction("reject", item) }]] },
  );
}

/** Cards to every subscribed desk (not the digest ones) that covers the new items. */
export function newItemNotices(items: Item[], subs: Map<number, Subscription>, dir: DirectoryView): Notice[] {
  const out: Notice[] = [];
  for (const item of items) {
    for (const sub of subs.values()) {
      if (!sub.digest && covers(sub, item.target)) out.push({ bot: "staff", chatId: sub.chatId, locale: sub.locale, reply: newItemCard(item, dir, sub.locale) });
    }
  }
  return out;
}

/** A digest desk's message: the new items since its last digest that it covers, or null when there are none yet. */
export function digestReply(items: Item[], sub: Subscription, dir: DirectoryView): Reply | null {
  const mine = items.filter((i) => i.createdAt > sub.since && covers(sub, i.target)).sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.createdAt - b.createdAt);
  if (mine.length === 0) return null;
  const shown = mine.slice(0, DIGEST_MAX_ITEMS);
  return reply(
    "staff-digest",
    { count: mine.length, more: mine.length - shown.length },
    {
      lines: shown.map((i) => ({
        key: "staff-digest-line",
        args: { code: i.id, summary: clipText(i.summary || i.text, 60), target: i.target ? dir.targetName(i.target, sub.locale) : "undecided", urgent: i.urgent ? "yes" : "no" },
      })),
    },
  );
}

/** What sending the digests needs. */
export interface DigestDeps {
  subscriptions: SubscriptionStore;
  items: ItemRepository;
  outbox: Outbox;
  dir: DirectoryView;
}

/**
 * The cron's digest run: every digest desk whose last digest is DIGEST_EVERY_MS
 * old gets the new items it covers since then (stored before they are sent,
 * like every message), and its clock moves on. Returns how many digests went.
 */
export async function sendDigests(deps: DigestDeps, now: number): Promise<number> {
  const due = [...parseSubscriptions(await deps.subscriptions.all())].filter(([, s]) => s.digest && now - s.since >= DIGEST_EVERY_MS);
  if (due.length === 0) return 0;
  const since = Math.min(...due.map(([, s]) => s.since));
  const fresh: Item[] = [];
  for await (const item of deps.items.scan({ status: "new", from: since + 1 }, { max: 2000 })) fresh.push(item);
  const notices: Notice[] = [];
  for (const [, sub] of due) {
    const r = digestReply(fresh, sub, deps.dir);
    if (r) notices.push({ bot: "staff", chatId: sub.chatId, locale: sub.locale, reply: r });
  }
  if (notices.length) {
    const stored = await deps.items.write([], notices.map(noticeMessage));
    if (stored.ok && stored.batch) await deps.outbox.deliver([stored.batch]);
  }
  // The clock moves on for every due desk, with or without news: nothing is listed twice.
  for (const [id, sub] of due) await deps.subscriptions.set(id, { ...sub, since: now });
  return notices.length;
}
