import * as z from "zod";
import { LocaleSchema } from "../locale.js";

/** Longest name an item keeps (zod counts UTF-16 units): every entry point clips to it, so a stored item always parses. */
export const NAME_MAX = 200;
/** The longest phone number kept (Telegram's are at most 15 digits; the rest is room for "+" and separators). */
export const PHONE_MAX = 40;

/** Clips to at most `max` UTF-16 units (as zod counts) without leaving half of a surrogate pair. */
export function clipUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Item statuses (a contract: SPEC "Item statuses"). */
export const ITEM_STATUSES = ["new", "forwarded", "accepted", "answered", "closed", "rejected", "merged"] as const;
export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

/** Who did something to an item. */
export const ActorSchema = z.object({
  role: z.enum(["resident", "staff", "deputy", "admin", "system", "api"]),
  id: z.number().int().optional(),
  name: z.string().max(200).optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** One line of an item's history: who, in which role, when, what. */
export const HistoryEntrySchema = z.object({
  at: z.number().int(),
  by: ActorSchema,
  action: z.string().max(40),
  from: ItemStatusSchema.optional(),
  to: ItemStatusSchema.optional(),
  note: z.string().max(4000).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Why the router decided what it decided (kept verbatim for staff). */
export const RouteReasonSchema = z.object({
  kind: z.string(),
  id: z.string().optional(),
  words: z.array(z.string()).optional(),
  rule: z.number().optional(),
  /** For a place or topic not read by the router: who chose it (the resident, or a pin inside the place's boundary). */
  by: z.enum(["resident", "pin"]).optional(),
  detail: z.string(),
}).loose();
export type RouteReasonRecord = z.infer<typeof RouteReasonSchema>;

/** The router's decision at submission, kept beside any staff override. */
export const RouteSnapshotSchema = z.object({
  category: z.string().nullable(),
  place: z.string(),
  target: z.string().nullable(),
  confidence: z.number(),
  reasons: z.array(RouteReasonSchema),
  source: z.enum(["rules", "model", "resident"]).default("rules"),
});
export type RouteSnapshot = z.infer<typeof RouteSnapshotSchema>;

/** A staff override of the route: who, when, why. */
export const RouteOverrideSchema = z.object({
  at: z.number().int(),
  by: ActorSchema,
  from: z.string().nullable(),
  to: z.string(),
  reason: z.string().max(500),
});
export type RouteOverride = z.infer<typeof RouteOverrideSchema>;

/** A message in the item's conversation between deputy, staff and resident. */
export const ThreadEntrySchema = z.object({
  at: z.number().int(),
  from: z.enum(["deputy", "staff", "resident"]),
  kind: z.enum(["question", "reply", "answer", "message"]),
  text: z.string().max(4000),
  byId: z.number().int().optional(),
});
export type ThreadEntry = z.infer<typeof ThreadEntrySchema>;

/**
 * A resident who backs an item they did not raise: they joined it at intake
 * ("this is mine too") or their own item was merged into it. They get its
 * notices and the answer, and may rate it. Their words are kept as a
 * supporting note, shown to staff and deputies like the original; their
 * contact only when they agreed to share it.
 */
export const FollowerSchema = z.object({
  residentId: z.number().int(),
  chatId: z.number().int(),
  locale: LocaleSchema,
  /** The code of the follower's own item that was merged (absent when they joined at intake). */
  from: z.string().optional(),
  /** When they joined (absent on followers recorded before notes existed). */
  at: z.number().int().optional(),
  /** Their own words about the matter. */
  note: z.string().max(4000).optional(),
  /** Their name and phone, kept only when they agreed to share them (`contactConsent`). */
  name: z.string().max(NAME_MAX).optional(),
  phone: z.string().max(PHONE_MAX).optional(),
  contactConsent: z.boolean().optional(),
  /** Their 1–5 rating of the answer (the raiser's is `Item.rating`). */
  rating: z.number().int().min(1).max(5).optional(),
});
export type Follower = z.infer<typeof FollowerSchema>;

/** The most followers one item keeps (and notifies); a merge beyond it is refused, so an item never outgrows its model. */
export const FOLLOWERS_MAX = 2_000;

/** The stored item. `residentId`/`contact` are personal data: never shown to deputies unless `contactConsent`. */
export const ItemSchema = z.object({
  id: z.string().regex(/^[A-Z0-9]{4,12}$/),
  rev: z.number().int().positive(),
  status: ItemStatusSchema,
  text: z.string().max(20_000),
  summary: z.string().max(300),
  category: z.string(),
  place: z.string(),
  target: z.string().nullable(),
  urgent: z.boolean().default(false),
  locale: LocaleSchema,
  source: z.enum(["telegram", "open311", "api"]).default("telegram"),
  residentId: z.number().int().nullable(),
  residentChatId: z.number().int().nullable(),
  residentName: z.string().max(NAME_MAX).nullable().default(null),
  contact: z.object({ name: z.string().max(NAME_MAX).optional(), phone: z.string().max(PHONE_MAX).optional(), email: z.string().max(200).optional() }).nullable().default(null),
  contactConsent: z.boolean().default(false),
  photos: z.array(z.string().max(300)).max(10).default([]),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable().default(null),
  route: RouteSnapshotSchema,
  overrides: z.array(RouteOverrideSchema).default([]),
  claimedBy: z.number().int().nullable().default(null),
  claimedUntil: z.number().int().nullable().default(null),
  mergedInto: z.string().nullable().default(null),
  /** Residents whose merged items point here (absent on items that never absorbed one). */
  followers: z.array(FollowerSchema).max(FOLLOWERS_MAX).optional(),
  /** The consultation topic (议题) the item is on, once staff grouped it into one (handlers/topics). */
  topic: z.string().max(12).optional(),
  answer: z.string().max(4000).nullable().default(null),
  rating: z.number().int().min(1).max(5).nullable().default(null),
  thread: z.array(ThreadEntrySchema).default([]),
  staleNotified: z.record(z.string(), z.number()).default({}),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  history: z.array(HistoryEntrySchema),
});
export type Item = z.infer<typeof ItemSchema>;

/** What a caller must know to create an item; everything else starts empty. */
export type NewItemFields = Pick<Item, "id" | "text" | "summary" | "category" | "place" | "target" | "urgent" | "locale" | "source" | "route" | "createdAt" | "history"> & Partial<Item>;

/** A fresh item of status `new`: one place for the defaults, whatever the source (Telegram, Open311, API). */
export function newItem(fields: NewItemFields): Item {
  return {
    rev: 1,
    status: "new",
    residentId: null,
    residentChatId: null,
    residentName: null,
    contact: null,
    contactConsent: false,
    photos: [],
    location: null,
    overrides: [],
    claimedBy: null,
    claimedUntil: null,
    mergedInto: null,
    answer: null,
    rating: null,
    thread: [],
    staleNotified: {},
    updatedAt: fields.createdAt,
    ...fields,
  };
}

/** Unambiguous characters for item codes: no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B. */
export const CODE_ALPHABET = "ACDEFHJKMNPQRTUVWXY3479";
export const CODE_LENGTH = 6;

/** Draws a fresh item code from a random source (injected so tests are deterministic). */
export function newItemCode(random: () => number): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length) % CODE_ALPHABET.length];
  return code;
}

/** Normalises what someone typed as a code (case, spaces, a leading #). */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s#-]/g, "");
}

/** True when the text looks like an item code. */
export function isItemCode(input: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(normalizeCode(input));
}

/** Residents backing an item: its raiser and its followers (item JSON `support`). */
export function supportOf(item: Pick<Item, "followers">): number {
  return 1 + (item.followers?.length ?? 0);
}

/** Width of one rank of the queue score: 2^40 ms (about 35 years), wider than any span of created-at times. */
const QUEUE_RANK = 2 ** 40;

/**
 * Queue order: urgent items first, then the most supported, then oldest
 * first. Scores are created-at milliseconds moved one rank earlier per
 * supporter beyond the raiser, and urgent items past every supported one
 * (ranks stay below 2^53: support is capped by FOLLOWERS_MAX).
 */
export function queueScore(item: Pick<Item, "createdAt" | "urgent" | "followers">): number {
  const support = Math.min(supportOf(item), FOLLOWERS_MAX + 1);
  return item.createdAt - (support - 1) * QUEUE_RANK - (item.urgent ? (FOLLOWERS_MAX + 1) * QUEUE_RANK : 0);
}

/** Parses a stored item; returns null when it does not validate (logged by the caller). */
export function parseItem(value: unknown): Item | null {
  const parsed = ItemSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
