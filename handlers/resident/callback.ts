import { fieldsMatch, FIELD, frame, unframe } from "../callback-data.js";
import { LOCALES, type Locale } from "../locale.js";
import { TOPIC_ID, VERDICTS, type Verdict } from "../topics/model.js";

/** What a draft's own buttons do (read-back, edit menu). */
export type DraftVerb = "submit" | "edit" | "cancel" | "back" | "edit-place" | "edit-topic" | "edit-text" | "edit-contact";

/**
 * Every button of the resident bot, as the domain sees it. Draft buttons carry
 * the draft's nonce (a button of an earlier draft is stale); item buttons carry
 * the item code, and those that change the item carry its stage too; topic
 * buttons (a consultation's invitation and evaluation) carry the topic id.
 */
export type ResidentButton =
  /** A place for the draft: a place id, "*" for the full list, "?" for "not sure". */
  | { kind: "place"; nonce: string; place: string }
  | { kind: "topic"; nonce: string; topic: string }
  | { kind: "draft"; nonce: string; verb: DraftVerb }
  /** A typed text was held while a deputy's question and a draft were both open: true = it answers the deputy. */
  | { kind: "held"; nonce: string; toDeputy: boolean }
  | { kind: "lang"; locale: Locale }
  | { kind: "forget"; confirm: boolean }
  /** "Reply" under a deputy's question. */
  | { kind: "reply"; code: string }
  /** A 1–5 rating of an answer; `stage` null for buttons sent before payloads carried it. */
  | { kind: "rate"; code: string; stars: number; stage: number | null }
  /** "Not resolved": reopens an answered item. */
  | { kind: "reopen"; code: string; stage: number | null }
  /** An answer to a session invitation: attend or not. */
  | { kind: "rsvp"; topic: string; attend: boolean }
  /** "Send my view in writing": the next typed text is the view. */
  | { kind: "view"; topic: string }
  /** An outcome's evaluation: was it done, and (the second question, carrying the first answer) a 1–5 score. */
  | { kind: "evaluate"; topic: string; verdict: Verdict; score: number | null };

const DRAFT_TAGS: Record<DraftVerb, string> = { submit: "s", edit: "e", cancel: "x", back: "b", "edit-place": "ep", "edit-topic": "et", "edit-text": "ed", "edit-contact": "ec" };
const DRAFT_BY_TAG = new Map(Object.entries(DRAFT_TAGS).map(([verb, tag]) => [tag, verb as DraftVerb]));
const PLACE_ARG = /^(\*|\?|[a-z0-9][a-z0-9-]{0,39})$/;
const STARS = /^[1-5]$/;
const VERDICT_TAGS: Record<Verdict, string> = { done: "d", partly: "p", "not-done": "n" };
const VERDICT_BY_TAG = new Map(Object.entries(VERDICT_TAGS).map(([v, tag]) => [tag, v as Verdict]));
const VERDICT_ARG = new RegExp(`^[${VERDICTS.map((v) => VERDICT_TAGS[v]).join("")}]$`);
/** A score field: 1–5, or 0 for "not asked yet". */
const SCORE_ARG = /^[0-5]$/;

/** Packs a resident button into callback data (≤ 64 bytes; throws CallbackDataTooLongError otherwise). */
export function packResidentButton(b: ResidentButton): string {
  switch (b.kind) {
    case "place":
      return frame("p", b.nonce, b.place);
    case "topic":
      return frame("t", b.nonce, b.topic);
    case "draft":
      return frame(DRAFT_TAGS[b.verb], b.nonce);
    case "held":
      return frame("h", b.nonce, b.toDeputy ? "y" : "n");
    case "lang":
      return frame("l", b.locale);
    case "forget":
      return frame("f", b.confirm ? "y" : "n");
    case "reply":
      return frame("q", b.code);
    case "rate":
      return frame("r", b.code, b.stage ?? 0, b.stars);
    case "reopen":
      return frame("o", b.code, b.stage ?? 0);
    case "rsvp":
      return frame("ca", b.topic, b.attend ? "y" : "n");
    case "view":
      return frame("cw", b.topic);
    case "evaluate":
      return frame("ce", b.topic, VERDICT_TAGS[b.verdict], b.score ?? 0);
  }
}

/**
 * Unpacks callback data; null for anything that is not exactly one of our
 * formats. Item buttons sent before payloads were versioned (`i:q:CODE`,
 * `i:r:CODE:5`, `i:o:CODE`) still work: they sit in residents' chats for weeks.
 * (Draft buttons of that time are stale anyway: drafts expire.)
 */
export function unpackResidentButton(data: string): ResidentButton | null {
  const f = unframe(data);
  if (!f) return null;
  if (f.version === "0") return f.tag === "i" ? legacyItem(f.fields) : null;
  if (f.version !== "1") return null;
  const x = f.fields;
  const verb = DRAFT_BY_TAG.get(f.tag);
  if (verb) return fieldsMatch(x, FIELD.nonce) ? { kind: "draft", nonce: x[0]!, verb } : null;
  switch (f.tag) {
    case "p":
      return fieldsMatch(x, FIELD.nonce, PLACE_ARG) ? { kind: "place", nonce: x[0]!, place: x[1]! } : null;
    case "t":
      return fieldsMatch(x, FIELD.nonce, FIELD.id) ? { kind: "topic", nonce: x[0]!, topic: x[1]! } : null;
    case "h":
      return fieldsMatch(x, FIELD.nonce, /^[yn]$/) ? { kind: "held", nonce: x[0]!, toDeputy: x[1] === "y" } : null;
    case "l":
      return x.length === 1 && (LOCALES as readonly string[]).includes(x[0]!) ? { kind: "lang", locale: x[0] as Locale } : null;
    case "f":
      return fieldsMatch(x, /^[yn]$/) ? { kind: "forget", confirm: x[0] === "y" } : null;
    case "q":
      return fieldsMatch(x, FIELD.code) ? { kind: "reply", code: x[0]! } : null;
    case "r":
      return fieldsMatch(x, FIELD.code, FIELD.stage, STARS) ? { kind: "rate", code: x[0]!, stage: Number(x[1]), stars: Number(x[2]) } : null;
    case "o":
      return fieldsMatch(x, FIELD.code, FIELD.stage) ? { kind: "reopen", code: x[0]!, stage: Number(x[1]) } : null;
    case "ca":
      return fieldsMatch(x, TOPIC_ID, /^[yn]$/) ? { kind: "rsvp", topic: x[0]!, attend: x[1] === "y" } : null;
    case "cw":
      return fieldsMatch(x, TOPIC_ID) ? { kind: "view", topic: x[0]! } : null;
    case "ce":
      return fieldsMatch(x, TOPIC_ID, VERDICT_ARG, SCORE_ARG) ? { kind: "evaluate", topic: x[0]!, verdict: VERDICT_BY_TAG.get(x[1]!)!, score: x[2] === "0" ? null : Number(x[2]) } : null;
    default:
      return null;
  }
}

/** The unversioned item buttons of the first release. */
function legacyItem(fields: string[]): ResidentButton | null {
  const [verb, ...rest] = fields;
  if (verb === "q") return fieldsMatch(rest, FIELD.code) ? { kind: "reply", code: rest[0]! } : null;
  if (verb === "r") return fieldsMatch(rest, FIELD.code, STARS) ? { kind: "rate", code: rest[0]!, stars: Number(rest[1]), stage: null } : null;
  if (verb === "o") return fieldsMatch(rest, FIELD.code) ? { kind: "reopen", code: rest[0]!, stage: null } : null;
  return null;
}

/** A button of the draft with this nonce. */
export const draftAction = (verb: DraftVerb, nonce: string): string => packResidentButton({ kind: "draft", verb, nonce });
