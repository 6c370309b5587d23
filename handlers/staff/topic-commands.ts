/**
 * The staff bot's consultation commands (#16): /topic (list, new, add,
 * session, show), /outcome, /pack and the scorecard lines of /stats. Each
 * runs one topic-service call (which writes the topic, its items and the
 * messages it owes on its own compare-and-set) and renders the answer as
 * reply keys; the staff turn only records that the update was handled.
 */
import type { DirectoryView } from "../directory/view.js";
import { clipText, reply, type Reply } from "../replies.js";
import type { Locale } from "../locale.js";
import type { OutboxBatch } from "../ports.js";
import { countyTime } from "../topics/messages.js";
import { stageOfTopic, type Topic } from "../topics/model.js";
import { rsvpCounts } from "../topics/pack.js";
import { residentsOfTopic } from "../topics/residents.js";
import type { Scorecard } from "../topics/scorecard.js";
import { documentReplies, type TopicResult, type TopicService } from "../topics/service.js";
import { packStaffButton, suggestionCheck } from "./callback.js";
import type { StaffCommand } from "./commands.js";

/** What the staff service needs of the topic service. */
export type StaffTopics = Pick<TopicService, "create" | "addItems" | "schedule" | "decide" | "get" | "list" | "itemsOf" | "quarterly" | "scorecards" | "suggestions">;

/** How many suggested groupings /topic suggest shows. */
const SUGGEST_MAX = 5;

/** A topic command's answer: replies, and the outbox batches its topic write owes (invitations, outcome notices). */
export interface TopicCommandResult {
  replies: Reply[];
  batches: OutboxBatch[];
}

/** How many open topics /topic lists. */
const LIST_MAX = 20;
/** How many items /topic show lists. */
const SHOW_ITEMS = 20;

type TopicCommand = Extract<StaffCommand, { name: "topic" | "outcome" | "pack" }>;

/** Runs one consultation command. */
export async function runTopicCommand(topics: StaffTopics, cmd: TopicCommand, ctx: { now: number; locale: Locale; dir: DirectoryView }): Promise<TopicCommandResult> {
  const { now, locale, dir } = ctx;
  const only = (...replies: Reply[]): TopicCommandResult => ({ replies, batches: [] });
  const done = (r: TopicResult, ok: (t: Topic, reached: number) => Reply): TopicCommandResult =>
    r.ok ? { replies: [ok(r.topic, r.reached)], batches: r.batches } : only(reply(r.refusal, r.args ?? {}));
  if (cmd.name === "pack") {
    const r = await topics.quarterly(cmd.target, cmd.quarter, now);
    if (!r.ok) return only(reply(r.refusal, r.args ?? {}));
    return only(...documentReplies(`${dir.targetName(cmd.target, locale)} ${cmd.quarter}`, r.documents, "staff-pack-caption"));
  }
  if (cmd.name === "outcome") {
    return done(await topics.decide(cmd.topic, { text: cmd.text, responsible: cmd.responsible, dueDate: cmd.dueDate }, "staff", now), (t, reached) =>
      reply("staff-topic-decided", { topic: t.id, title: t.title, due: cmd.dueDate, reached, items: t.items.length }),
    );
  }
  switch (cmd.sub) {
    case "list": {
      const open = (await topics.list()).filter((t) => stageOfTopic(t) !== "evaluating");
      if (open.length === 0) return only(reply("staff-topic-none"));
      const lines = open.slice(0, LIST_MAX).map((t) => ({ key: "staff-topic-line", args: { topic: t.id, title: clipText(t.title, 60), target: dir.targetName(t.target, locale), stage: stageOfTopic(t), items: t.items.length } }));
      return only(reply("staff-topic-list", { count: open.length, shown: lines.length }, { lines }));
    }
    case "new":
      return done(await topics.create({ target: cmd.target, title: cmd.title, items: [], by: "staff", at: now }), (t) =>
        reply("staff-topic-created", { topic: t.id, title: t.title, target: dir.targetName(t.target, locale) }),
      );
    case "add":
      return done(await topics.addItems(cmd.topic, cmd.codes, "staff", now), (t) => reply("staff-topic-items-added", { topic: t.id, items: t.items.length }));
    case "session":
      return done(await topics.schedule(cmd.topic, { startsAt: cmd.startsAt, venue: cmd.venue, kind: cmd.kind }, "staff", now), (t, reached) =>
        reply("staff-topic-scheduled", { topic: t.id, title: t.title, when: countyTime(cmd.startsAt), venue: t.session!.venue, reached }, { parts: { kind: { items: [{ key: `session-kind-${cmd.kind}` }] } } }),
      );
    case "suggest": {
      if (!dir.hasTarget(cmd.target)) return only(reply("staff-unknown-target", { target: cmd.target }));
      const found = (await topics.suggestions(cmd.target, now)).slice(0, SUGGEST_MAX);
      if (found.length === 0) return only(reply("staff-topic-no-suggestions", { target: dir.targetName(cmd.target, locale) }));
      const lines = found.map((g, i) => ({ key: "staff-topic-suggestion-line", args: { n: i + 1, title: clipText(g.title, 60), items: g.items.length, support: g.support, codes: g.items.join(" ") } }));
      const buttons = found.map((g, i) => [{ key: "button-topic-accept", args: { n: i + 1 }, action: packStaffButton({ kind: "topic-accept", target: cmd.target, check: suggestionCheck(g.items) }) }]);
      return only(reply("staff-topic-suggestions", { target: dir.targetName(cmd.target, locale), count: found.length }, { lines, buttons }));
    }
    case "show": {
      const topic = await topics.get(cmd.topic);
      if (!topic) return only(reply("topic-unknown", { topic: cmd.topic }));
      return only(await topicCard(topics, topic, dir, locale));
    }
  }
}

/**
 * A "create this topic" button of /topic suggest: the suggestion is looked up
 * afresh and taken only if it still holds exactly the items it showed.
 */
export async function acceptSuggestion(topics: StaffTopics, target: string, check: string, ctx: { now: number; locale: Locale; dir: DirectoryView }): Promise<TopicCommandResult> {
  const found = (await topics.suggestions(target, ctx.now)).find((g) => suggestionCheck(g.items) === check);
  if (!found) return { replies: [reply("staff-topic-suggestion-gone")], batches: [] };
  const r = await topics.create({ target, title: found.title, items: found.items, by: "staff", at: ctx.now });
  if (!r.ok) return { replies: [reply(r.refusal, r.args ?? {})], batches: [] };
  return { replies: [reply("staff-topic-accepted", { topic: r.topic.id, title: r.topic.title, target: ctx.dir.targetName(target, ctx.locale), items: r.topic.items.length })], batches: r.batches };
}

/** /topic show: the topic, its items, its session and replies, its outcome and evaluation, without any resident's identity. */
async function topicCard(topics: StaffTopics, t: Topic, dir: DirectoryView, locale: Locale): Promise<Reply> {
  const items = await topics.itemsOf(t);
  const c = rsvpCounts(t, residentsOfTopic(items).length);
  const s = t.session;
  const o = t.outcome;
  const scores = t.evaluations.map((e) => e.score).filter((x): x is number => x !== null);
  const lines = [
    ...items.slice(0, SHOW_ITEMS).map((i) => ({ key: "staff-topic-item-line", args: { code: i.id, status: i.status, summary: clipText(i.summary || i.text, 60) } })),
    ...(items.length > SHOW_ITEMS ? [{ key: "staff-topic-items-more", args: { count: items.length - SHOW_ITEMS } }] : []),
    ...(s ? [{ key: "staff-topic-session-line", args: { when: countyTime(s.startsAt), venue: s.venue, kind: s.kind } }, { key: "staff-topic-replies-line", args: { attend: c.attend, absent: c.absent, written: c.written, none: c.none, views: t.views.length } }] : []),
    ...(o ? [{ key: "staff-topic-outcome-line", args: { text: clipText(o.text, 400), responsible: o.responsible, due: o.dueDate } }] : []),
    ...(o?.evaluationAskedAt != null
      ? [{ key: "staff-topic-evaluation-line", args: { answers: t.evaluations.length, done: t.evaluations.filter((e) => e.verdict === "done").length, partly: t.evaluations.filter((e) => e.verdict === "partly").length, notDone: t.evaluations.filter((e) => e.verdict === "not-done").length, mean: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : "—" } }]
      : []),
  ];
  return reply("staff-topic-card", { topic: t.id, title: t.title, target: dir.targetName(t.target, locale), stage: stageOfTopic(t), items: items.length }, { lines });
}

/** The scorecard lines /stats adds: one per target that has items or topics. */
export function scorecardLines(cards: Scorecard[], dir: DirectoryView, locale: Locale): Array<{ key: string; args: Record<string, string | number> }> {
  const shown = cards.filter((c) => c.items > 0 || c.topics > 0);
  return [
    { key: "stats-scorecards", args: {} },
    ...shown.map((c) => ({
      key: "stats-scorecard-line",
      args: {
        name: dir.targetName(c.target, locale),
        items: c.items,
        days: c.median_days_to_answer ?? "—",
        rating: c.mean_rating ?? "—",
        topics: c.topics,
        sessions: c.sessions_held,
        due: c.outcomes_due,
        done: c.outcomes_done,
        evaluation: c.evaluation_mean ?? "—",
      },
    })),
  ];
}
