/**
 * Consultation topics (议题): items grouped for one target, consulted on at a
 * session, decided (an outcome), and the outcome's effect evaluated by the
 * residents who raised or follow the items. The stored shape, validated with zod.
 */
import * as z from "zod";
import { CODE_ALPHABET } from "../items/model.js";

/** The kinds of session the county holds (the report's community, courtyard and field consultations, quarterly deputy meetings, resident councils). */
export const SESSION_KINDS = ["community", "courtyard", "field", "quarterly-deputy-meeting", "resident-council"] as const;
export const SessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKindSchema>;

/** A resident's answer to an invitation. */
export const RSVP_ANSWERS = ["attend", "absent", "written"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** A resident's verdict on whether an outcome was carried out. */
export const VERDICTS = ["done", "partly", "not-done"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The most items one topic groups (a session's agenda, not a queue). */
export const TOPIC_ITEMS_MAX = 50;
/** The longest title, decision text, responsible body and written view kept. */
export const TOPIC_TITLE_MAX = 200;
export const OUTCOME_TEXT_MAX = 3500;
export const RESPONSIBLE_MAX = 200;
export const VIEW_TEXT_MAX = 2000;
/** The most written views one topic keeps. */
export const VIEWS_MAX = 500;

/** Topic ids: "T" and five code characters, so they never read as an item code. */
export const TOPIC_ID = /^T[A-Z0-9]{4,11}$/;

/**
 * A resident's reply kept on a topic. `chat` is the resident's private chat
 * (their Telegram id): kept so a second press replaces the first, never shown
 * in any pack, scorecard or API answer; null once they used /forget (the
 * answer still counts, nobody's).
 */
const ByResident = z.object({ chat: z.number().int().nullable(), at: z.number().int() });

export const SessionSchema = z.object({
  startsAt: z.number().int(),
  venue: z.string().min(1).max(TOPIC_TITLE_MAX),
  kind: SessionKindSchema,
  scheduledAt: z.number().int(),
  /** When the day-before reminder went out (null: not yet). */
  remindedAt: z.number().int().nullable().default(null),
});
export type Session = z.infer<typeof SessionSchema>;

export const OutcomeSchema = z.object({
  text: z.string().min(1).max(OUTCOME_TEXT_MAX),
  responsible: z.string().min(1).max(RESPONSIBLE_MAX),
  /** County calendar day (YYYY-MM-DD) by which the responsible body carries it out. */
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  decidedAt: z.number().int(),
  /** When residents were asked whether it was done (null: not yet). */
  evaluationAskedAt: z.number().int().nullable().default(null),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const TopicSchema = z.object({
  id: z.string().regex(TOPIC_ID),
  rev: z.number().int().positive(),
  target: z.string(),
  title: z.string().min(1).max(TOPIC_TITLE_MAX),
  items: z.array(z.string()).max(TOPIC_ITEMS_MAX),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  session: SessionSchema.nullable().default(null),
  rsvps: z.array(ByResident.extend({ answer: z.enum(RSVP_ANSWERS) })).default([]),
  /** Written views, without who sent them. */
  views: z.array(z.object({ at: z.number().int(), text: z.string().max(VIEW_TEXT_MAX) })).max(VIEWS_MAX).default([]),
  outcome: OutcomeSchema.nullable().default(null),
  evaluations: z.array(ByResident.extend({ verdict: z.enum(VERDICTS), score: z.number().int().min(1).max(5).nullable() })).default([]),
  history: z.array(z.object({ at: z.number().int(), action: z.string().max(40), by: z.enum(["staff", "api", "system", "resident"]) })).default([]),
});
export type Topic = z.infer<typeof TopicSchema>;

/** Parses a stored topic; null when it does not validate. */
export function parseTopic(value: unknown): Topic | null {
  const parsed = TopicSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Draws a fresh topic id from a random source (injected so tests are deterministic). */
export function newTopicId(random: () => number): string {
  let id = "T";
  for (let i = 0; i < 5; i++) id += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length) % CODE_ALPHABET.length];
  return id;
}

/** Where a topic stands, derived from what it holds. */
export type TopicStage = "gathering" | "scheduled" | "decided" | "evaluating";

/** The topic's stage: no session yet, a session set, an outcome decided, its evaluation asked. */
export function stageOfTopic(t: Pick<Topic, "session" | "outcome">): TopicStage {
  if (t.outcome?.evaluationAskedAt != null) return "evaluating";
  if (t.outcome) return "decided";
  if (t.session) return "scheduled";
  return "gathering";
}
