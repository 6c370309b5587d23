/**
 * What residents and deputies are told about a topic: invitation, reminder,
 * outcome, evaluation questions. Keys + arguments + actions, never markup.
 */
import { reply, type ActionButton, type Reply } from "../replies.js";
import { ratingButtons } from "../staff/actions.js";
import type { DirectoryView } from "../directory/view.js";
import type { Locale } from "../locale.js";
import type { Topic } from "./model.js";
import type { TopicResident } from "./residents.js";
import { topicAction } from "./actions.js";

const COUNTY_OFFSET_MS = 8 * 3600_000;

/** A time as the county reads it: YYYY-MM-DD HH:mm, China Standard Time. */
export function countyTime(ms: number): string {
  return new Date(ms + COUNTY_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** The session's kind, localized as an argument. */
const kindPart = (t: Topic) => ({ kind: { items: [{ key: `session-kind-${t.session?.kind ?? "community"}` }] } });

const sessionArgs = (t: Topic, dir: DirectoryView, locale: Locale) => ({
  title: t.title,
  topic: t.id,
  when: t.session ? countyTime(t.session.startsAt) : "—",
  venue: t.session?.venue ?? "—",
  target: dir.targetName(t.target, locale),
});

/** The invitation: attend / not attend / send my view in writing. */
export function invitation(t: Topic, r: TopicResident, dir: DirectoryView): Reply {
  const buttons: ActionButton[][] = [
    [
      { key: "topic-button-attend", action: topicAction("attend", t.id) },
      { key: "topic-button-absent", action: topicAction("absent", t.id) },
    ],
    [{ key: "topic-button-written", action: topicAction("written", t.id) }],
  ];
  return reply("topic-invitation", { ...sessionArgs(t, dir, r.locale), code: r.code }, { parts: kindPart(t), buttons });
}

/** The day-before reminder. */
export function reminder(t: Topic, r: TopicResident, dir: DirectoryView): Reply {
  return reply("topic-reminder", sessionArgs(t, dir, r.locale), { parts: kindPart(t) });
}

/** The decision, to every resident; each rates it as any answer of their item (and may reopen it), followers as much as its raiser. */
export function outcomeNotice(t: Topic, r: TopicResident): Reply {
  const o = t.outcome!;
  return reply("topic-outcome", { title: t.title, topic: t.id, code: r.code, text: o.text, responsible: o.responsible, due: o.dueDate, rate: "yes" }, { buttons: ratingButtons(r.code) });
}

/** The first evaluation question: was it done? */
export function evaluationQuestion(t: Topic): Reply {
  const o = t.outcome!;
  return reply(
    "topic-evaluation",
    { title: t.title, topic: t.id, text: o.text, responsible: o.responsible, due: o.dueDate },
    {
      buttons: [
        [
          { key: "topic-button-done", action: topicAction("done", t.id) },
          { key: "topic-button-partly", action: topicAction("partly", t.id) },
          { key: "topic-button-not-done", action: topicAction("not-done", t.id) },
        ],
      ],
    },
  );
}

/** The second evaluation question: 1–5. */
export function evaluationScoreQuestion(t: Topic): Reply {
  return reply("topic-evaluation-score", { title: t.title }, { edit: true, buttons: [([1, 2, 3, 4, 5] as const).map((n) => ({ key: "notice-button-rate", args: { n }, action: topicAction(`score-${n}`, t.id) }))] });
}

/** The deputies' notice of a new session (their agenda pack follows the day before, with the answers so far). */
export function deputySessionNotice(t: Topic, locale: Locale, dir: DirectoryView, invited: number): Reply {
  return reply("topic-deputy-session", { ...sessionArgs(t, dir, locale), items: t.items.length, invited }, { parts: kindPart(t) });
}
