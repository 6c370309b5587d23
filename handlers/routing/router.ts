/**
 * Deterministic, explainable router: gazetteer + keyword lists + the ordered
 * rule table of the directory. No model, no I/O; the same text always gets the
 * same decision, with the words and the rule that produced it.
 *
 * `route()` composes the modules, each with one job:
 * - compile.ts: the directory's words as lexicons (data/directory.json is the
 *   only vocabulary), and the readable text (normalised, NFKC, lower case,
 *   traditional → simplified, target and category names blanked so writing
 *   "转给彬彬有你" is never evidence of anything);
 * - places.ts: which places the text names, which names are not places, and
 *   where the matter is (or two equally likely candidates);
 * - topics.ts: the topic from the complaint's words, and whether the text is a
 *   suggestion at all;
 * - rules.ts: the directory's rule table chooses the target;
 * - explain.ts: the reasons staff read (no other module writes them);
 * - summary.ts: the one-line summary.
 */
import type { CategoryId, PlaceId, TargetId } from "../directory/schema.js";
import type { Directory } from "../directory/schema.js";
import { compile, MAX_CHARS, readableTexts, type Compiled } from "./compile.js";
import { explainPlaces, explainRule, explainTopic, type RouteReason } from "./explain.js";
import { blank } from "./lexicon.js";
import { readPlaces } from "./places.js";
import { decideTarget } from "./rules.js";
import { summarize } from "./summary.js";
import { namesTopic, readTopic, statesProblem } from "./topics.js";

export type { RouteReason } from "./explain.js";
export { applyRules, textEvidence } from "./rules.js";
export { summarize } from "./summary.js";

/** The router's answer for one text. */
export interface RouteDecision {
  category: CategoryId | null;
  place: PlaceId | "unknown";
  /**
   * When `place` is "unknown" because the text names two or more places that
   * are equally likely to be where the matter is: those places, in text
   * order. The bot asks the resident with them as buttons. Absent otherwise.
   */
  placeCandidates?: PlaceId[];
  /** null when undecided: no topic, or a local topic with no known place. */
  target: TargetId | null;
  /** 0..1: how sure the router is of `target` (or, with no target, of the reading). */
  confidence: number;
  reasons: RouteReason[];
  /** False for small talk, thanks, tests, questions, instruction-like text. */
  isSuggestion: boolean;
  /** First sentence of the text, at most 60 characters. */
  summary: string;
}

/** A router built from one directory. */
export interface Router {
  route(text: string): RouteDecision;
}

const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/**
 * Builds the deterministic router for a directory (compiled once, cached per
 * directory object). See the module comment for how a text is read.
 */
export function createRouter(directory: Directory): Router {
  const c = compile(directory);
  return { route: (text: string) => route(c, text) };
}

function route(c: Compiled, input: string): RouteDecision {
  const raw = input.slice(0, MAX_CHARS);
  const { text, placeText } = readableTexts(c, raw);

  // Places first (problem clauses told from the topic reading of the text), then the topic without
  // place names and without the words that only say where the resident lives or works (住在, 在…上班).
  const places = readPlaces(
    c,
    placeText,
    (start, end) => statesProblem(c, text.slice(start, end)),
    (start, end) => namesTopic(c, text.slice(start, end)),
  );
  // A shop named after a place (人和药房, 青龙烤鱼) says nothing about the topic either.
  const topicText = blank(text, [
    ...places.mentions,
    ...places.mentions.flatMap((m) => (m.cueSpan ? [m.cueSpan] : [])),
    ...places.rejected.flatMap((r) => (r.nameSpan ? [r.nameSpan] : [])),
  ]);
  const topic = readTopic(c, topicText);

  const reasons: RouteReason[] = [...explainPlaces(c, places), explainTopic(topic)];
  let target: TargetId | null = null;
  let confidence: number;
  if (topic.category !== null) {
    const chosen = places.chosen;
    const hit = decideTarget(c, topic.category, chosen?.place, places.subareaIds);
    reasons.push(explainRule(topic.category, places, hit));
    if (hit) {
      target = hit.target;
      const placeConfidence = !chosen ? 1 : (chosen.isName ? 1 : 0.92) - (places.several ? 0.15 : 0);
      confidence = topic.confidence * (hit.byPlace ? placeConfidence : 1);
    } else {
      confidence = topic.confidence * 0.5;
    }
  } else {
    // Sure of "no suggestion" when the text says what it is instead (hello, a question, thanks…).
    const s = topic.signals;
    confidence = s.smallTalk || s.instructions || s.botQuestions || s.generalQuestions || s.thanks ? 0.9 : 0.7;
  }

  return {
    category: topic.category,
    place: places.place,
    ...(places.candidates.length > 1 ? { placeCandidates: places.candidates } : {}),
    target,
    confidence: round2(confidence),
    reasons,
    isSuggestion: topic.isSuggestion,
    summary: summarize(raw),
  };
}
