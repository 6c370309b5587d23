/**
 * The resident-bot buttons of a topic: answers to an invitation and to the
 * evaluation questions, as callback data `c:<verb>:<topic id>` (well under
 * Telegram's 64 bytes), and their strict parse.
 */
import { TOPIC_ID, type RsvpAnswer, type Verdict } from "./model.js";

/** What a topic button says. */
export type TopicVerb = RsvpAnswer | Verdict | `score-${1 | 2 | 3 | 4 | 5}`;

const CODES: Record<TopicVerb, string> = {
  attend: "a",
  absent: "n",
  written: "w",
  done: "d",
  partly: "p",
  "not-done": "x",
  "score-1": "1",
  "score-2": "2",
  "score-3": "3",
  "score-4": "4",
  "score-5": "5",
};
const VERBS = new Map(Object.entries(CODES).map(([verb, code]) => [code, verb as TopicVerb]));

/** Callback data of a topic button. */
export function topicAction(verb: TopicVerb, topicId: string): string {
  return `c:${CODES[verb]}:${topicId}`;
}

/** A parsed topic button: what it says, about which topic. */
export interface TopicButton {
  verb: TopicVerb;
  topicId: string;
}

/** Parses topic callback data; null for anything that is not exactly our format. */
export function parseTopicAction(data: string): TopicButton | null {
  const m = /^c:([a-z0-9]):(T[A-Z0-9]{4,11})$/.exec(data);
  if (!m) return null;
  const verb = VERBS.get(m[1]!);
  return verb && TOPIC_ID.test(m[2]!) ? { verb, topicId: m[2]! } : null;
}

/** The 1–5 score a verb carries, if it is one. */
export function scoreOf(verb: TopicVerb): number | null {
  return verb.startsWith("score-") ? Number(verb.slice(6)) : null;
}
