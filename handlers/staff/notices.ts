import type { Item } from "../items/model.js";
import type { Locale } from "../locale.js";
import type { MemberDirectory, Notice } from "../ports.js";
import { reply, type Reply, type ReplyArgs } from "../replies.js";
import { parseMember } from "./roles.js";

/** Someone the staff bot can reach. */
export interface Recipient {
  userId: number;
  chatId: number;
  locale: Locale;
}

/** Where a resident can be reached about an item. */
export interface ResidentRecipient {
  chatId: number;
  locale: Locale;
  /** True for the item's own resident; false for a follower (whose item was merged into it). */
  owner: boolean;
}

/** The item's resident (unless they used /forget) and its followers, each once. */
export function residentRecipients(item: Item): ResidentRecipient[] {
  const out: ResidentRecipient[] = [];
  const seen = new Set<number>();
  if (item.residentChatId !== null) {
    out.push({ chatId: item.residentChatId, locale: item.locale, owner: true });
    seen.add(item.residentChatId);
  }
  for (const f of item.followers ?? []) {
    if (seen.has(f.chatId)) continue;
    seen.add(f.chatId);
    out.push({ chatId: f.chatId, locale: f.locale, owner: false });
  }
  return out;
}

/**
 * Resident notices through the resident bot, one per recipient, in each one's language.
 * `build` gets the recipient so an owner-only button (rating, reply) can be left off for followers.
 */
export function residentNotices(item: Item, build: (r: ResidentRecipient) => Reply | null): Notice[] {
  return residentRecipients(item).flatMap((r) => {
    const made = build(r);
    return made ? [{ bot: "resident" as const, chatId: r.chatId, locale: r.locale, reply: made }] : [];
  });
}

/** Staff-bot notices to each recipient, built in their language. */
export function staffNotices(recipients: Recipient[], build: (r: Recipient) => Reply[]): Notice[] {
  return recipients.flatMap((r) => build(r).map((made) => ({ bot: "staff" as const, chatId: r.chatId, locale: r.locale, reply: made })));
}

/** A notice with a plain key for every recipient. */
export function simpleStaffNotices(recipients: Recipient[], key: string, args: ReplyArgs): Notice[] {
  return staffNotices(recipients, () => [reply(key, args)]);
}

/** How to reach a member: their stored chat and language, else the private chat and the default language. */
function recipient({ userId, value }: { userId: number; value: unknown }, fallback: Locale): Recipient {
  const m = parseMember(value);
  return { userId, chatId: m.chatId ?? userId, locale: m.locale ?? fallback };
}

/** Loads how to reach some members. */
export async function recipientsOf(members: MemberDirectory, userIds: number[], fallback: Locale): Promise<Recipient[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  return (await members.getMany(unique)).map((row) => recipient(row, fallback));
}

/** The deputies of a target, ready to be notified (one round trip). */
export async function deputiesOf(members: MemberDirectory, target: string | null, fallback: Locale): Promise<Recipient[]> {
  if (!target) return [];
  return (await members.deputyProfilesOf(target)).map((row) => recipient(row, fallback));
}

/** Everyone who triages: staff, admins, and the bootstrap admins. */
export async function triageTeam(members: MemberDirectory, adminIds: readonly number[], fallback: Locale): Promise<Recipient[]> {
  const [staff, admins] = await Promise.all([members.withRole("staff"), members.withRole("admin")]);
  return recipientsOf(members, [...staff, ...admins, ...adminIds], fallback);
}
