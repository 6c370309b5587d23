/**
 * The resident bot's side of a consultation topic: an invitation's answer, an
 * evaluation, or a written view, handed to the topic service (which checks
 * the resident is one of the topic's and writes the topic on its own
 * compare-and-set). Refusals of a button are stale presses: a toast.
 */
import { reply, type Reply } from "../replies.js";
import type { TopicAction } from "../resident/reducer.js";
import type { TopicService } from "./service.js";

/** What the resident is told: replies, and whether they only say the button no longer applies (a toast). */
export interface TopicActionResult {
  replies: Reply[];
  stale: boolean;
}

/** Handles a resident's topic action for the resident service. */
export type TopicActionHandler = (req: { action: TopicAction; chat: number; now: number }) => Promise<TopicActionResult>;

/** Builds the handler over the topic service. */
export function createTopicActions(topics: Pick<TopicService, "residentAnswer" | "residentView">): TopicActionHandler {
  return async ({ action, chat, now }) => {
    const done = action.kind === "view" ? await topics.residentView(action.topic, chat, action.text, now) : await topics.residentAnswer(action.topic, chat, action, now);
    if (done.ok) return { replies: done.reply ? [done.reply] : [], stale: false };
    // A typed view that cannot be attached is said as a message (the resident wrote something); a button's refusal is a toast.
    return { replies: [reply(done.refusal, done.args ?? {})], stale: action.kind !== "view" };
  };
}
