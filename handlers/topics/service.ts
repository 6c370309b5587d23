/**
 * The topic service: reads a topic and its items through the ports, steps the
 * reducer (handlers/topics/machine.ts), builds the messages its effects owe,
 * and writes topic, items and messages in one atomic write. Used by the REST
 * API, the staff bot, the resident bot's buttons and the cron.
 */
import type { DirectoryView } from "../directory/view.js";
import { normalizeCode, type Actor, type Item } from "../items/model.js";
import { annotate, OPEN_STATUSES, transition } from "../items/status.js";
import type { Locale } from "../locale.js";
import type { ItemRepository, MemberDirectory, Outbound, OutboxBatch } from "../ports.js";
import { reply, type Reply, type ReplyArgs } from "../replies.js";
import { update } from "../staff/actions.js";
import { deputiesOf, type Recipient } from "../staff/notices.js";
import { eraseResidentFromTopic, topicHolds, type ErasedPerson } from "../privacy/erase.js";
import type { ResidentButton } from "../resident/callback.js";
import { nextWakeAt, reduceTopic, type TopicActor, type TopicEffect, type TopicInput } from "./machine.js";
import { deputySessionNotice, evaluationQuestion, evaluationScoreQuestion, invitation, outcomeNotice, reminder } from "./messages.js";
import { newTopicId, type SessionKind, type Topic } from "./model.js";
import { agendaPack, quarterlyPack, type PackDocument, type PackTopic } from "./pack.js";
import type { TopicRepository } from "./ports.js";
import { residentsOfItem, residentsOfTopic, type TopicResident } from "./residents.js";
import { suggestTopics, type TopicSuggestion } from "./suggest.js";
import { quarterRange, scorecardOf, topicInPeriod, type Scorecard } from "./scorecard.js";

/** What the topic service needs. */
export interface TopicServiceDeps {
  topics: TopicRepository;
  items: ItemRepository;
  members: MemberDirectory;
  dir: DirectoryView;
  /** The deputies' language when they have not set one. */
  staffLocale: Locale;
  /** Days after an outcome's due date when residents are asked whether it was done (EVALUATION_DAYS). */
  evaluationDays: number;
  random?: () => number;
  log?: (event: string, data: Record<string, unknown>) => void;
}

/** Why the service did nothing: a key (and its arguments) of the line that says so. */
export interface TopicRefused {
  ok: false;
  refusal: string;
  args?: ReplyArgs;
}

/** A change that applied: the topic as stored and the outbox batches to deliver. */
export interface TopicDone {
  ok: true;
  topic: Topic;
  batches: OutboxBatch[];
  /** What the resident who pressed a button is told (resident answers only). */
  reply?: Reply;
  /** How many residents the effects reached. */
  reached: number;
}

export type TopicResult = TopicDone | TopicRefused;

/** A resident's answer to a topic's buttons: an invitation's attend / not, or an evaluation (verdict, then score). */
export type TopicAnswer = Extract<ResidentButton, { kind: "rsvp" | "evaluate" }>;

/** The most times a write is re-read and re-decided after losing a race. */
const ATTEMPTS = 4;
/** Topics one cron run steps (the rest wait for the next). */
const TICK_BATCH = 100;

const refused = (refusal: string, args?: ReplyArgs): TopicRefused => ({ ok: false, refusal, ...(args && { args }) });

/** The item history's actor for a topic step (API callers act as staff systems). */
function itemActor(by: TopicActor): Actor {
  return by === "api" ? { role: "staff", name: "api" } : by === "system" ? { role: "system" } : { role: "staff" };
}

/** An item moved to `answered` by an outcome (from any open status); an answered one gets the outcome as its new answer. Null when it is closed. */
export function answerByOutcome(item: Item, topic: Topic, by: Actor, at: number): Item | null {
  const o = topic.outcome!;
  const thread = [...item.thread, { at, from: "staff" as const, kind: "answer" as const, text: o.text }];
  const patch = { answer: o.text, rating: null, thread };
  let step = item;
  if (step.status === "answered") return annotate(step, by, at, "outcome", topic.id, patch);
  if (step.status === "new") step = transition(step, "forwarded", by, at, "forwarded", topic.id, { claimedBy: null, claimedUntil: null });
  if (step.status === "forwarded") step = transition(step, "accepted", by, at, "accepted", topic.id);
  if (step.status !== "accepted") return null;
  return transition(step, "answered", by, at, "answered", topic.id, patch);
}

const residentMessage = (r: TopicResident, made: Reply): Outbound => ({ bot: "resident", chatId: r.chat, locale: r.locale, replies: [made] });

/** Builds the topic service. */
export function createTopicService(deps: TopicServiceDeps) {
  const random = deps.random ?? Math.random;

  const itemsOf = async (t: Topic): Promise<Item[]> => {
    const found = await deps.items.getMany(t.items);
    const byId = new Map(found.map((i) => [i.id, i]));
    return t.items.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  };

  /** Items that may join a topic of `target`: they exist, are the target's, still open, and on no other topic. */
  const eligible = async (codes: string[], target: string, topicId: string | null): Promise<{ ok: true; items: Item[] } | TopicRefused> => {
    const wanted = [...new Set(codes.map(normalizeCode))];
    const found = await deps.items.getMany(wanted);
    for (const code of wanted) {
      const item = found.find((i) => i.id === code);
      if (!item) return refused("topic-item-unknown", { code });
      if (item.target !== target) return refused("topic-item-other-target", { code, target: item.target ?? "—" });
      if (!OPEN_STATUSES.includes(item.status)) return refused("topic-item-closed", { code, status: item.status });
      if (item.topic && item.topic !== topicId) return refused("topic-item-on-other-topic", { code, topic: item.topic });
    }
    return { ok: true, items: wanted.map((c) => found.find((i) => i.id === c)!) };
  };

  /** The messages an effect owes and the residents it reaches. */
  const effectMessages = (t: Topic, effects: TopicEffect[], items: Item[], deputies: Recipient[], at: number, by: TopicActor): { outbox: Outbound[]; itemAfter: Array<[Item, Item]>; reached: number } => {
    const outbox: Outbound[] = [];
    const itemAfter: Array<[Item, Item]> = [];
    let reached = 0;
    for (const e of effects) {
      const residents = residentsOfTopic(items);
      if (e.kind === "invite") {
        outbox.push(...residents.map((r) => residentMessage(r, invitation(t, r, deps.dir))));
        reached = residents.length;
        outbox.push(...deputies.map((d): Outbound => ({ bot: "staff", chatId: d.chatId, locale: d.locale, replies: [deputySessionNotice(t, d.locale, deps.dir, residents.length)] })));
      } else if (e.kind === "remind") {
        outbox.push(...residents.map((r) => residentMessage(r, reminder(t, r, deps.dir))));
        reached = residents.length;
      } else if (e.kind === "ask-evaluation") {
        outbox.push(...residents.map((r) => residentMessage(r, evaluationQuestion(t))));
        reached = residents.length;
      } else {
        // Each item's own residents hear it with that item's code (its raiser rates that item, as any answer).
        const told = new Set<number>();
        for (const item of items) {
          const after = answerByOutcome(item, t, itemActor(by), at);
          if (after) itemAfter.push([item, after]);
          for (const r of residentsOfItem(item)) {
            told.add(r.chat);
            outbox.push(residentMessage(r, outcomeNotice(t, r, after ?? item)));
          }
        }
        reached = told.size;
      }
    }
    return { outbox, itemAfter, reached };
  };

  /** What effects need read: the items (with their residents) and, for an invitation or the reminder's pack, the deputies — in the same round trip. */
  const readFor = async (t: Topic, effects: TopicEffect[], withDeputies = effects.some((e) => e.kind === "invite")): Promise<{ items: Item[]; deputies: Recipient[] }> => {
    if (effects.length === 0) return { items: [], deputies: [] };
    const [items, deputies] = await Promise.all([itemsOf(t), withDeputies ? deputiesOf(deps.members, t.target, deps.staffLocale) : Promise.resolve([])]);
    return { items, deputies };
  };

  /** Reads, steps, writes; re-reads on a lost race. */
  const step = async (id: string, input: (t: Topic) => TopicInput, extra?: (t: Topic) => Promise<TopicRefused | null>): Promise<TopicResult> => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const topic = await deps.topics.get(id);
      if (!topic) return refused("topic-unknown", { topic: id });
      const inp = input(topic);
      const next = reduceTopic(topic, inp);
      if (!next.ok) return refused(next.refusal, { topic: id });
      const problem = await extra?.(next.topic);
      if (problem) return problem;
      // Nothing changed (a redelivered view): nothing to write or send.
      if (next.topic === topic && next.effects.length === 0) return { ok: true, topic, batches: [], reached: 0 };
      const { items, deputies } = await readFor(next.topic, next.effects);
      const { outbox, itemAfter, reached } = effectMessages(next.topic, next.effects, items, deputies, inp.at, "by" in inp ? inp.by : "system");
      const now = inp.at;
      const result = await deps.topics.write({ topic: next.topic, expectedRev: topic.rev, wakeAt: nextWakeAt(next.topic, deps.evaluationDays, now), items: itemAfter.map(([b, a]) => update(b, a, b.status === "new" ? null : undefined)), outbox });
      if (result.ok) return { ok: true, topic: next.topic, batches: result.batches, reached };
    }
    return refused("topic-busy", { topic: id });
  };

  return {
    get: (id: string) => deps.topics.get(id),
    knowsTarget: (target: string) => deps.dir.hasTarget(target),
    list: (target?: string) => deps.topics.list(target ? { target } : {}),
    itemsOf,

    /** Opens a topic for a target with some of its items. */
    async create(req: { target: string; title: string; items: string[]; by: TopicActor; at: number }): Promise<TopicResult> {
      if (!deps.dir.hasTarget(req.target)) return refused("topic-unknown-target", { target: req.target });
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const check = await eligible(req.items, req.target, null);
        if (!check.ok) return check;
        const id = newTopicId(random);
        const made = reduceTopic(null, { kind: "create", id, target: req.target, title: req.title, items: check.items.map((i) => i.id), at: req.at, by: req.by });
        if (!made.ok) return refused(made.refusal);
        const writes = check.items.map((i) => update(i, annotate(i, itemActor(req.by), req.at, "topic", id, { topic: id })));
        const result = await deps.topics.write({ topic: made.topic, expectedRev: 0, wakeAt: null, items: writes });
        if (result.ok) return { ok: true, topic: made.topic, batches: [], reached: 0 };
      }
      return refused("topic-busy", {});
    },

    /** Puts more of the target's items on a topic (until its outcome). */
    async addItems(id: string, codes: string[], by: TopicActor, at: number): Promise<TopicResult> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const topic = await deps.topics.get(id);
        if (!topic) return refused("topic-unknown", { topic: id });
        const check = await eligible(codes, topic.target, topic.id);
        if (!check.ok) return check;
        const next = reduceTopic(topic, { kind: "add-items", items: check.items.map((i) => i.id), at, by });
        if (!next.ok) return refused(next.refusal, { topic: id });
        const writes = check.items.filter((i) => i.topic !== id).map((i) => update(i, annotate(i, itemActor(by), at, "topic", id, { topic: id })));
        const result = await deps.topics.write({ topic: next.topic, expectedRev: topic.rev, wakeAt: nextWakeAt(next.topic, deps.evaluationDays, at), items: writes });
        if (result.ok) return { ok: true, topic: next.topic, batches: [], reached: 0 };
      }
      return refused("topic-busy", { topic: id });
    },

    /** Sets (or moves) a topic's session: every resident of its items is invited, its deputies told. */
    schedule(id: string, s: { startsAt: number; venue: string; kind: SessionKind }, by: TopicActor, at: number) {
      return step(id, () => ({ kind: "schedule", startsAt: s.startsAt, venue: s.venue, sessionKind: s.kind, at, by }));
    },

    /** Records a session's decision: every resident told, the items answered with it. */
    decide(id: string, o: { text: string; responsible: string; dueDate: string }, by: TopicActor, at: number) {
      return step(id, () => ({ kind: "outcome", text: o.text, responsible: o.responsible, dueDate: o.dueDate, at, by }));
    },

    /**
     * A resident's button on an invitation or evaluation question. Only a
     * resident of the topic's items may answer (a forged button changes nothing).
     */
    async residentAnswer(id: string, chat: number, answer: TopicAnswer, at: number): Promise<TopicResult> {
      const member = async (t: Topic) => (residentsOfTopic(await itemsOf(t)).some((r) => r.chat === chat) ? null : refused("topic-not-yours", { topic: id }));
      const input = (): TopicInput =>
        answer.kind === "rsvp"
          ? { kind: "rsvp", chat, answer: answer.attend ? "attend" : "absent", at }
          : { kind: "evaluation", chat, verdict: answer.verdict, ...(answer.score !== null && { score: answer.score }), at };
      const done = await step(id, input, member);
      if (!done.ok) return done;
      const args = { title: done.topic.title };
      if (answer.kind === "rsvp") return { ...done, reply: reply(answer.attend ? "topic-rsvp-attend" : "topic-rsvp-absent", args, { edit: true }) };
      return { ...done, reply: answer.score === null ? evaluationScoreQuestion(done.topic, answer.verdict) : reply("topic-evaluation-thanks", args, { edit: true }) };
    },

    /** A resident's written view, attached to the topic without their identity. */
    async residentView(id: string, chat: number, text: string, at: number): Promise<TopicResult> {
      const member = async (t: Topic) => (residentsOfTopic(await itemsOf(t)).some((r) => r.chat === chat) ? null : refused("topic-not-yours", { topic: id }));
      const done = await step(id, () => ({ kind: "view", chat, text, at }), member);
      return done.ok ? { ...done, reply: reply("topic-view-attached", { title: done.topic.title }) } : done;
    },

    /**
     * /forget: the resident's answers on every topic (invitations,
     * evaluations) stay counted but belong to nobody, and their names and
     * phones leave the written views. Returns how many topics changed.
     */
    async eraseResident(who: ErasedPerson, at: number): Promise<number> {
      let changed = 0;
      for (const listed of (await deps.topics.list()).filter((t) => topicHolds(t, who))) {
        let topic: Topic | null = listed;
        for (let attempt = 0; topic && attempt < ATTEMPTS; attempt++) {
          const erased = eraseResidentFromTopic(topic, who, at);
          if (!erased) break;
          const result = await deps.topics.write({ topic: erased, expectedRev: topic.rev, wakeAt: nextWakeAt(erased, deps.evaluationDays, at) });
          if (result.ok) {
            changed++;
            break;
          }
          topic = await deps.topics.get(listed.id);
        }
      }
      return changed;
    },

    /**
     * The cron: for every topic whose time has come, the day-before reminder
     * (and the deputies' agenda pack, with the replies so far) or the
     * evaluation question. Returns what went out and the documents to send.
     */
    async tick(now: number): Promise<{ reminded: string[]; evaluated: string[]; batches: OutboxBatch[]; documents: Outbound[] }> {
      const out = { reminded: [] as string[], evaluated: [] as string[], batches: [] as OutboxBatch[], documents: [] as Outbound[] };
      for (const id of await deps.topics.due(now, TICK_BATCH)) {
        const topic = await deps.topics.get(id);
        if (!topic) continue;
        const next = reduceTopic(topic, { kind: "tick", at: now, evaluationDays: deps.evaluationDays });
        if (!next.ok) {
          // Nothing due after all (moved or decided meanwhile): file it under its real next time.
          await deps.topics.write({ topic, expectedRev: topic.rev, wakeAt: nextWakeAt(topic, deps.evaluationDays, now) });
          continue;
        }
        const { items, deputies } = await readFor(next.topic, next.effects, next.effects.some((e) => e.kind === "remind"));
        const { outbox } = effectMessages(next.topic, next.effects, items, [], now, "system");
        const result = await deps.topics.write({ topic: next.topic, expectedRev: topic.rev, wakeAt: nextWakeAt(next.topic, deps.evaluationDays, now), outbox });
        if (!result.ok) {
          deps.log?.("topic-tick-skipped", { topic: id, reason: result.reason });
          continue;
        }
        out.batches.push(...result.batches);
        if (next.effects.some((e) => e.kind === "remind")) {
          out.reminded.push(id);
          const docs = agendaPack({ topic: next.topic, items, invited: residentsOfTopic(items).length }, deps.dir);
          for (const d of deputies) out.documents.push({ bot: "staff", chatId: d.chatId, locale: d.locale, replies: documentReplies(next.topic.title, docs) });
        } else out.evaluated.push(id);
      }
      return out;
    },

    /** Candidate topics for a target from the similarity of its open items (at most 2,000 of them, newest), for staff to accept. */
    async suggestions(target: string, now: number): Promise<TopicSuggestion[]> {
      const items: Item[] = [];
      for await (const item of deps.items.scan({ target }, { max: 2000 })) items.push(item);
      return suggestTopics(items, deps.dir, now);
    },

    /** The agenda pack of one topic, or null when there is no such topic. */
    async agenda(id: string): Promise<PackDocument[] | null> {
      const topic = await deps.topics.get(id);
      if (!topic) return null;
      const items = await itemsOf(topic);
      return agendaPack({ topic, items, invited: residentsOfTopic(items).length }, deps.dir);
    },

    /** Every target's scorecard (or one target's), at `now`. */
    async scorecards(now: number, opts: { target?: string; from?: number; to?: number } = {}): Promise<Scorecard[]> {
      const targets = opts.target ? [opts.target] : deps.dir.targetIds();
      const [stats, topics] = await Promise.all([
        Promise.all(targets.map((target) => deps.items.stats({ target, ...(opts.from !== undefined && { from: opts.from }), ...(opts.to !== undefined && { to: opts.to }) }))),
        deps.topics.list(opts.target ? { target: opts.target } : {}),
      ]);
      const inPeriod = opts.from !== undefined && opts.to !== undefined ? topics.filter((t) => topicInPeriod(t, opts.from!, opts.to!)) : topics;
      return targets.map((target, i) => {
        const s = stats[i]!.stats;
        return scorecardOf(target, { items: s.total, medianAnswerMs: s.toMilestone.answered.medianMs, meanRating: s.rating.mean }, inPeriod, now);
      });
    },

    /** The quarterly pack of a target ("2026Q2"), or a refusal naming what was wrong. */
    async quarterly(target: string, quarter: string, now: number): Promise<{ ok: true; documents: PackDocument[] } | TopicRefused> {
      if (!deps.dir.hasTarget(target)) return refused("topic-unknown-target", { target });
      const range = quarterRange(quarter);
      if (!range) return refused("topic-bad-quarter", { quarter });
      const label = quarter.toUpperCase().replace("-", "");
      const [card] = await this.scorecards(now, { target, ...range });
      const topics = (await deps.topics.list({ target })).filter((t) => topicInPeriod(t, range.from, range.to));
      const packs: PackTopic[] = [];
      for (const topic of topics.reverse()) {
        const items = await itemsOf(topic);
        packs.push({ topic, items, invited: residentsOfTopic(items).length });
      }
      return { ok: true, documents: quarterlyPack(target, label, card!, packs, deps.dir) };
    },
  };
}

/** The service's type. */
export type TopicService = ReturnType<typeof createTopicService>;

/** Pack documents as replies (sent directly, not stored: rebuilt on request); `key` is the caption (agenda or quarterly pack). */
export function documentReplies(title: string, docs: PackDocument[], key = "topic-pack-caption"): Reply[] {
  return docs.map((d) => reply(key, { title, file: d.filename }, { document: d }));
}
