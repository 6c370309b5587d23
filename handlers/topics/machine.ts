/**
 * The topic's life as a pure reducer: (topic, input) → (topic, effects) or a
 * refusal. Gathering (items grouped) → scheduled (a session: residents are
 * invited, reminded the day before) → decided (an outcome: residents told,
 * items answered) → evaluating (asked whether it was done; answers kept).
 * The service does the reading, messaging and writing; nothing here does I/O.
 */
import { clipText } from "../replies.js";
import {
  OUTCOME_TEXT_MAX,
  RESPONSIBLE_MAX,
  stageOfTopic,
  TOPIC_ITEMS_MAX,
  TOPIC_TITLE_MAX,
  VIEW_TEXT_MAX,
  VIEWS_MAX,
  type RsvpAnswer,
  type SessionKind,
  type Topic,
  type Verdict,
} from "./model.js";

const DAY_MS = 24 * 3600_000;
/** How long before a session its reminder goes out. */
export const REMINDER_LEAD_MS = DAY_MS;
/** The county's clock: China Standard Time, UTC+8. */
const COUNTY_OFFSET = "+08:00";

/** Who acts on a topic (never a person's id: residents' replies carry their chat separately). */
export type TopicActor = "staff" | "api" | "system" | "resident";

/** Everything that can happen to a topic. */
export type TopicInput =
  | { kind: "create"; id: string; target: string; title: string; items: string[]; at: number; by: TopicActor }
  | { kind: "add-items"; items: string[]; at: number; by: TopicActor }
  | { kind: "schedule"; startsAt: number; venue: string; sessionKind: SessionKind; at: number; by: TopicActor }
  | { kind: "rsvp"; chat: number; answer: RsvpAnswer; at: number }
  | { kind: "view"; chat: number; text: string; at: number }
  | { kind: "outcome"; text: string; responsible: string; dueDate: string; at: number; by: TopicActor }
  | { kind: "evaluation"; chat: number; verdict?: Verdict; score?: number; at: number }
  /** The cron's clock: sends the reminder or the evaluation question when their time has come. */
  | { kind: "tick"; at: number; evaluationDays: number };

/** What the service must do after a step (all go to every resident of the topic, through the outbox). */
export type TopicEffect =
  | { kind: "invite" }
  | { kind: "remind" }
  | { kind: "announce-outcome" }
  | { kind: "ask-evaluation" };

/** A step: the new topic and its effects, or the key of the line that says why not (nothing changes). */
export type TopicStep = { ok: true; topic: Topic; effects: TopicEffect[] } | { ok: false; refusal: string };

const refuse = (refusal: string): TopicStep => ({ ok: false, refusal });

/** The instant the due date's county day begins. */
export function dueDateStart(dueDate: string): number {
  return Date.parse(`${dueDate}T00:00:00${COUNTY_OFFSET}`);
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

/** When residents are asked about an outcome: `evaluationDays` after its due date. */
export function evaluationAt(t: Pick<Topic, "outcome">, evaluationDays: number): number | null {
  return t.outcome ? dueDateStart(t.outcome.dueDate) + evaluationDays * DAY_MS : null;
}

/** The next time (at or after `now`'s run) the cron has something to do for this topic, or null when nothing is pending. */
export function nextWakeAt(t: Topic, evaluationDays: number, now: number): number | null {
  // A reminder whose session has begun is moot (the cron was down all day): nothing until the outcome.
  if (t.session && !t.outcome && t.session.remindedAt === null && t.session.startsAt > now) return t.session.startsAt - REMINDER_LEAD_MS;
  if (t.outcome && t.outcome.evaluationAskedAt === null) return evaluationAt(t, evaluationDays);
  return null;
}

const withHistory = (t: Topic, at: number, action: string, by: TopicActor): Topic => ({
  ...t,
  rev: t.rev + 1,
  updatedAt: at,
  history: [...t.history, { at, action, by }],
});

const unique = (codes: string[]) => [...new Set(codes)];

/** Applies one input to a topic (null: none yet). Pure. */
export function reduceTopic(topic: Topic | null, input: TopicInput): TopicStep {
  if (input.kind === "create") {
    if (topic) return refuse("topic-exists");
    // A topic may open empty (the staff bot's /topic new, then /topic add); its session needs items.
    const items = unique(input.items);
    if (items.length > TOPIC_ITEMS_MAX) return refuse("topic-too-many-items");
    const title = input.title.trim();
    if (!title) return refuse("topic-no-title");
    const created: Topic = {
      id: input.id,
      rev: 1,
      target: input.target,
      title: clipText(title, TOPIC_TITLE_MAX),
      items,
      createdAt: input.at,
      updatedAt: input.at,
      session: null,
      rsvps: [],
      views: [],
      outcome: null,
      evaluations: [],
      history: [{ at: input.at, action: "created", by: input.by }],
    };
    return { ok: true, topic: created, effects: [] };
  }
  if (!topic) return refuse("topic-unknown");
  const stage = stageOfTopic(topic);
  switch (input.kind) {
    case "add-items": {
      if (stage === "decided" || stage === "evaluating") return refuse("topic-already-decided");
      const added = unique(input.items).filter((c) => !topic.items.includes(c));
      if (added.length === 0) return refuse("topic-nothing-added");
      if (topic.items.length + added.length > TOPIC_ITEMS_MAX) return refuse("topic-too-many-items");
      return { ok: true, topic: { ...withHistory(topic, input.at, "items-added", input.by), items: [...topic.items, ...added] }, effects: [] };
    }
    case "schedule": {
      if (stage === "decided" || stage === "evaluating") return refuse("topic-already-decided");
      if (topic.items.length === 0) return refuse("topic-no-items");
      if (!input.venue.trim()) return refuse("topic-no-venue");
      const upcoming = input.startsAt > input.at;
      // A session less than a day away needs no separate reminder: the invitation is it. One already held invites nobody.
      const remindedAt = upcoming && input.startsAt - input.at > REMINDER_LEAD_MS ? null : input.at;
      const session = { startsAt: input.startsAt, venue: clipText(input.venue.trim(), TOPIC_TITLE_MAX), kind: input.sessionKind, scheduledAt: input.at, remindedAt };
      // A new time asks everyone again.
      return { ok: true, topic: { ...withHistory(topic, input.at, topic.session ? "rescheduled" : "scheduled", input.by), session, rsvps: [] }, effects: upcoming ? [{ kind: "invite" }] : [] };
    }
    case "rsvp": {
      if (stage !== "scheduled") return refuse("topic-rsvp-closed");
      const rsvps = [...topic.rsvps.filter((r) => r.chat !== input.chat), { chat: input.chat, at: input.at, answer: input.answer }];
      return { ok: true, topic: { ...topic, rev: topic.rev + 1, updatedAt: input.at, rsvps }, effects: [] };
    }
    case "view": {
      if (stage !== "scheduled") return refuse("topic-rsvp-closed");
      const text = input.text.trim();
      if (!text) return refuse("topic-view-empty");
      const clipped = clipText(text, VIEW_TEXT_MAX);
      const rsvps = [...topic.rsvps.filter((r) => r.chat !== input.chat), { chat: input.chat, at: input.at, answer: "written" as const }];
      // The same words again (Telegram redelivering the update after a failure, or a double send) are one view.
      if (topic.views.some((v) => v.text === clipped)) return { ok: true, topic, effects: [] };
      if (topic.views.length >= VIEWS_MAX) return refuse("topic-views-full");
      return { ok: true, topic: { ...topic, rev: topic.rev + 1, updatedAt: input.at, rsvps, views: [...topic.views, { at: input.at, text: clipped }] }, effects: [] };
    }
    case "outcome": {
      if (stage === "gathering") return refuse("topic-no-session");
      if (stage !== "scheduled") return refuse("topic-already-decided");
      const text = input.text.trim();
      const responsible = input.responsible.trim();
      if (!text) return refuse("topic-outcome-empty");
      if (!responsible) return refuse("topic-no-responsible");
      if (!isCalendarDay(input.dueDate)) return refuse("topic-bad-due-date");
      const outcome = { text: clipText(text, OUTCOME_TEXT_MAX), responsible: clipText(responsible, RESPONSIBLE_MAX), dueDate: input.dueDate, decidedAt: input.at, evaluationAskedAt: null };
      return { ok: true, topic: { ...withHistory(topic, input.at, "decided", input.by), outcome }, effects: [{ kind: "announce-outcome" }] };
    }
    case "evaluation": {
      if (stage !== "evaluating") return refuse("topic-evaluation-closed");
      const before = topic.evaluations.find((e) => e.chat === input.chat);
      if (input.score !== undefined && !(Number.isInteger(input.score) && input.score >= 1 && input.score <= 5)) return refuse("topic-evaluation-closed");
      const verdict = input.verdict ?? before?.verdict;
      // A score comes after the verdict (the second question); alone it means nothing.
      if (!verdict) return refuse("topic-evaluation-verdict-first");
      const entry = { chat: input.chat, at: input.at, verdict, score: input.score ?? before?.score ?? null };
      return { ok: true, topic: { ...topic, rev: topic.rev + 1, updatedAt: input.at, evaluations: [...topic.evaluations.filter((e) => e.chat !== input.chat), entry] }, effects: [] };
    }
    case "tick": {
      const s = topic.session;
      if (stage === "scheduled" && s && s.remindedAt === null && input.at >= s.startsAt - REMINDER_LEAD_MS && input.at < s.startsAt) {
        return { ok: true, topic: { ...withHistory(topic, input.at, "reminded", "system"), session: { ...s, remindedAt: input.at } }, effects: [{ kind: "remind" }] };
      }
      const due = evaluationAt(topic, input.evaluationDays);
      if (stage === "decided" && topic.outcome && due !== null && input.at >= due) {
        return { ok: true, topic: { ...withHistory(topic, input.at, "evaluation-asked", "system"), outcome: { ...topic.outcome, evaluationAskedAt: input.at } }, effects: [{ kind: "ask-evaluation" }] };
      }
      return refuse("topic-nothing-due");
    }
  }
}
