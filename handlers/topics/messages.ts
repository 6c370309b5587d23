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
import type { Item } from "../items/model.js";
import { packResidentButton } from "../resident/callback.js";
import type { Verdict } from "./model.js";

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
      { key: "topic-button-attend", action: packResidentButton({ kind: "rsvp", topic: t.id, attend: true }) },
      { key: "topic-button-absent", action: packResidentButton({ kind: "rsvp", topic: t.id, attend: false }) },
    ],
    [{ key: "topic-button-written", action: packResidentButton({ kind: "view", topic: t.id }) }],
  ];
  return reply("topic-invitation", { ...sessionArgs(t, dir, r.locale), code: r.code }, { parts: kindPart(t), buttons });
}

/** The day-before reminder. */
export function reminder(t: Topic, r: TopicResident, dir: DirectoryView): Reply {
  return reply("topic-reminder", sessionArgs(t, dir, r.locale), { parts: kindPart(t) });
}

/** The decision, to every resident; each rates it as any answer of their item (and may reopen it), followers as much as its raiser. */
export function outcomeNotice(t: Topic, r: TopicResident, item: Pick<Item, "id" | "history">): Reply {
  const o = t.outcome!;
  return reply("topic-outcome", { title: t.title, topic: t.id, code: r.code, text: o.text, responsible: o.responsible, due: o.dueDate, rate: "yes" }, { buttons: ratingButtons(item) });
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
          { key: "topic-button-done", action: packResidentButton({ kind: "evaluate", topic: t.id, verdict: "done", score: null }) },
          { key: "topic-button-partly", action: packResidentButton({ kind: "evaluate", topic: t.id, verdict: "partly", score: null }) },
          { key: "topic-button-not-done", action: packResidentButton({ kind: "evaluate", topic: t.id, verdict: "not-done", score: null }) },
        ],
      ],
    },
  );
}

/** The second evaluation question: 1–5 (each button carries the first answer, so it stands alone). */
export function evaluationScoreQuestion(t: Topic, verdict: Verdict): Reply {
  const buttons = [[1, 2, 3, 4, 5].map((n) => ({ key: "notice-button-rate", args: { n }, action: packResidentButton({ kind: "evaluate", topic: t.id, verdict, score: n }) }))];
  return reply("topic-evaluation-score", { title: t.title }, { edit: true, buttons });
}

/** The deputies' notice of a new session (their agenda pack follows the day before, with the answers so far). */
export function deputySessionNotice(t: Topic, locale: Locale, dir: DirectoryView, invited: number): Reply {
  return reply("topic-deputy-session", { ...sessionArgs(t, dir, locale), items: t.items.length, invited }, { parts: kindPart(t) });
}
