import * as z from "zod";
import { LocaleSchema } from "../locale.js";
import { NAME_MAX, PHONE_MAX, RouteReasonSchema } from "../items/model.js";

/** The longest message a resident may send in one piece. */
export const MAX_TEXT = 4000;
/** The longest item text all parts together may reach. */
export const MAX_ITEM_TEXT = 12_000;
/** Photos per item. */
export const MAX_PHOTOS = 5;

/** The item a resident is composing. */
export const DraftSchema = z.object({
  /** Short random id of this draft; buttons carry it so a stale button is refused. */
  nonce: z.string().min(2).max(8),
  parts: z.array(z.string()).default([]),
  summary: z.string().default(""),
  place: z.string().default("unknown"),
  category: z.string().nullable().default(null),
  target: z.string().nullable().default(null),
  /**
   * "resident" when the resident chose it (button or words): the router then no longer overrides it;
   * "pin" when a location pin fell inside the place's boundary: words naming a place still override it.
   */
  placeBy: z.enum(["router", "resident", "pin"]).default("router"),
  categoryBy: z.enum(["router", "resident"]).default("router"),
  /** The router's own decision on the latest text (kept for staff). */
  route: z.object({
    category: z.string().nullable(),
    place: z.string(),
    target: z.string().nullable(),
    confidence: z.number(),
    reasons: z.array(RouteReasonSchema),
    source: z.enum(["rules", "model", "resident"]),
  }).nullable().default(null),
  /** Places the text names that are equally likely to be where the matter is: the place question offers these first. */
  placeCandidates: z.array(z.string()).default([]),
  /** The resident answered "not sure" to the place question: staff will decide. */
  placeUnknownOk: z.boolean().default(false),
  photos: z.array(z.string()).default([]),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable().default(null),
  attachmentsAsked: z.boolean().default(false),
  contactChoice: z.enum(["shared", "anonymous"]).nullable().default(null),
  contact: z.object({ name: z.string().max(NAME_MAX).optional(), phone: z.string().max(PHONE_MAX) }).nullable().default(null),
  /** A follow-up question phrased by the language model, if any. */
  followUp: z.string().nullable().default(null),
  /** The place whose open items were last looked at for "me too" (looked up again only if the place changes). */
  similarPlace: z.string().nullable().default(null),
  /** Items the resident said are not their matter ("no, mine is different"): never offered again for this draft. */
  declined: z.array(z.string()).max(30).default([]),
  startedAt: z.number().int(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** Where the conversation is. */
export const StepSchema = z.enum(["idle", "ask-text", "ask-place", "ask-topic", "ask-attachments", "ask-contact", "me-too", "review", "edit", "confirm-forget", "reply-to-item", "topic-view"]);
export type Step = z.infer<typeof StepSchema>;

/** An open item offered as possibly the same matter ("me too"), as its card shows it. */
export const OfferCardSchema = z.object({
  code: z.string(),
  summary: z.string().max(400),
  target: z.string().nullable(),
  status: z.string(),
  support: z.number().int(),
});
export type OfferCard = z.infer<typeof OfferCardSchema>;

/** The resident's conversation state (stored with a TTL). */
export const ConversationSchema = z.object({
  step: StepSchema.default("idle"),
  draft: DraftSchema.nullable().default(null),
  /** For "reply-to-item": the item whose deputy question the resident is answering. */
  replyTo: z.string().nullable().default(null),
  /** For "topic-view": the consultation topic the resident's next text is a written view on. */
  viewTopic: z.string().nullable().default(null),
  /** When the resident was last told to slow down (epoch ms), so it is said once per window. */
  warnedAt: z.number().int().nullable().default(null),
  /** A text typed while both a deputy's question and a draft were open, waiting for the resident to say which it was. */
  held: z.object({ text: z.string().max(4000), code: z.string() }).nullable().default(null),
  /** For "me-too": the open items offered as the same matter, at most three. */
  offer: z.array(OfferCardSchema).max(3).nullable().default(null),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** The resident's lasting profile: language, where to reach them, the contact they shared. */
export const ResidentProfileSchema = z.object({
  locale: LocaleSchema.optional(),
  chatId: z.number().int(),
  firstName: z.string().max(200).optional(),
  contact: z.object({ name: z.string().max(NAME_MAX).optional(), phone: z.string().max(PHONE_MAX) }).nullable().default(null),
  firstSeen: z.number().int(),
});
export type ResidentProfile = z.infer<typeof ResidentProfileSchema>;

/** The empty conversation. */
export const IDLE: Conversation = { step: "idle", draft: null, replyTo: null, viewTopic: null, warnedAt: null, held: null, offer: null };

/** Reads a stored conversation; anything unreadable (an older shape) starts over. */
export function parseConversation(value: unknown): Conversation {
  const parsed = ConversationSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : IDLE;
}

/** Reads a stored profile, or null. */
export function parseResidentProfile(value: unknown): ResidentProfile | null {
  const parsed = ResidentProfileSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The full text of a draft, its parts joined. */
export function draftText(d: Draft): string {
  return d.parts.join("\n");
}
