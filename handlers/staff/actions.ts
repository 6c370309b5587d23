/**
 * What staff and deputies do to an item, as pure functions over
 * (item, actor, arguments, now): each returns the item writes, the replies
 * to the person acting, and the notices to everyone else. The service does
 * the reading and writing through ports; nothing here touches I/O.
 */
import { followersWrite, followerOfMerged } from "../items/followers.js";
import { FOLLOWERS_MAX, queueScore, supportOf, type Actor, type Follower, type Item, type ItemStatus } from "../items/model.js";
import { annotate, canTransition, stageOf, transition } from "../items/status.js";
import { packResidentButton } from "../resident/callback.js";
import type { ItemWrite, Notice } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { deputyCard, staffCard } from "./cards.js";
import { refuse } from "./errors.js";
import type { DirectoryView } from "../directory/view.js";
import { residentNotices, simpleStaffNotices, staffNotices, type Recipient } from "./notices.js";
import type { Locale } from "../locale.js";

/** Who acts, when, in which language they read, and the directory for names. */
export interface ActContext {
  by: Actor;
  now: number;
  locale: Locale;
  dir: DirectoryView;
}

/** The outcome of one action: writes (applied atomically), replies to the actor, notices to others. */
export interface ActResult {
  writes: ItemWrite[];
  replies: Reply[];
  notices: Notice[];
  /** The resident now owes an answer to a deputy's question on this item (they may just type it). */
  question?: { residentId: number; code: string; at: number };
}

/** Statuses in which deputies work on an item. */
const WITH_DEPUTIES: readonly ItemStatus[] = ["forwarded", "accepted"];

/** An update of `before` to `after`, checked against the revision that was read. */
export function update(before: Item, after: Item, score?: number | null): ItemWrite {
  return { kind: "update", item: after, expectedRev: before.rev, before, ...(score !== undefined && { queueScore: score }) };
}

/**
 * Refuses unless the item may move to `to` for this actor's role.
 * @throws {import("./errors.js").StaffRefusal} "staff-wrong-status" otherwise.
 */
export function requireTransition(item: Item, to: ItemStatus, by: Actor): void {
  if (!canTransition(item.status, to, by.role)) refuse("staff-wrong-status", { code: item.id, status: item.status });
}

const released = { claimedBy: null, claimedUntil: null };

/** Tells an item's deputies it left their hands (rerouted, rejected, merged, closed by staff) when it was with them. */
function withdrawn(item: Item, after: Item, deputies: Recipient[]): Notice[] {
  if (!WITH_DEPUTIES.includes(item.status)) return [];
  return simpleStaffNotices(deputies, "deputy-item-withdrawn", { code: item.id, summary: item.summary, status: after.status });
}

/** True when someone else holds a live claim on the item. */
export function claimedByOther(item: Item, userId: number, now: number): boolean {
  return item.claimedBy !== null && item.claimedBy !== userId && (item.claimedUntil ?? 0) > now;
}

/** The next item for /next: the first waiting item (queue order) nobody else holds a live claim on. */
export function pickNext(queue: Item[], userId: number, now: number): Item | null {
  return queue.find((i) => i.status === "new" && !claimedByOther(i, userId, now)) ?? null;
}

/** /next: claims an item for `claimMinutes`; the claim simply lapses afterwards. */
export function claim(item: Item, ctx: ActContext, claimMinutes: number): ActResult {
  if (item.status !== "new") refuse("staff-wrong-status", { code: item.id, status: item.status });
  const until = ctx.now + claimMinutes * 60_000;
  const after = annotate(item, ctx.by, ctx.now, "claimed", undefined, { claimedBy: ctx.by.id ?? null, claimedUntil: until });
  return {
    writes: [update(item, after)],
    replies: [reply("staff-claimed", { code: item.id, minutes: claimMinutes }), ...staffCard(after, ctx.dir, ctx.locale, ctx.now)],
    notices: [],
  };
}

/**
 * /route: sends the item to another target. The router's decision stays in
 * `route`; the override (who, when, why) is added to `overrides`. An item
 * that was already with deputies comes back to the queue for a new /forward.
 */
export function reroute(item: Item, ctx: ActContext, target: string, reason: string, oldDeputies: Recipient[]): ActResult {
  if (!ctx.dir.hasTarget(target)) refuse("staff-unknown-target", { target });
  if (!(["new", ...WITH_DEPUTIES] as ItemStatus[]).includes(item.status)) refuse("staff-wrong-status", { code: item.id, status: item.status });
  if (item.target === target) refuse("staff-same-target", { code: item.id, target: ctx.dir.targetName(target, ctx.locale) });
  const patch = { target, overrides: [...item.overrides, { at: ctx.now, by: ctx.by, from: item.target, to: target, reason }] };
  const data = { from: item.target, to: target };
  let after: Item;
  let score: number | undefined;
  if (item.status === "new") {
    after = annotate(item, ctx.by, ctx.now, "rerouted", reason || undefined, patch, data);
  } else {
    requireTransition(item, "new", ctx.by);
    after = annotate(transition(item, "new", ctx.by, ctx.now, "rerouted", reason || undefined, { ...patch, ...released }), ctx.by, ctx.now, "route-override", undefined, {}, data);
    score = queueScore(item);
  }
  return {
    writes: [update(item, after, score)],
    replies: [reply("staff-rerouted", { code: item.id, from: item.target ? ctx.dir.targetName(item.target, ctx.locale) : "undecided", to: ctx.dir.targetName(target, ctx.locale), requeued: item.status === "new" ? "no" : "yes" })],
    notices: withdrawn(item, after, oldDeputies),
  };
}

/** /forward: new → forwarded; every deputy of the target gets the card, the resident hears it. */
export function forward(item: Item, ctx: ActContext, deputies: Recipient[]): ActResult {
  requireTransition(item, "forwarded", ctx.by);
  if (!item.target) refuse("staff-no-target", { code: item.id });
  if (deputies.length === 0) refuse("staff-no-deputies", { code: item.id, target: ctx.dir.targetName(item.target, ctx.locale) });
  const after = transition(item, "forwarded", ctx.by, ctx.now, "forwarded", undefined, released);
  return {
    writes: [update(item, after, null)],
    replies: [reply("staff-forwarded", { code: item.id, target: ctx.dir.targetName(item.target, ctx.locale), count: deputies.length })],
    notices: [
      ...staffNotices(deputies, (r) => deputyCard(after, ctx.dir, r.locale)),
      ...residentNotices(after, (r) => reply("notice-forwarded", { code: item.id, summary: item.summary, target: ctx.dir.targetName(item.target, r.locale) })),
    ],
  };
}

/** /reject: the resident sees the reason. */
export function reject(item: Item, ctx: ActContext, reason: string, oldDeputies: Recipient[]): ActResult {
  requireTransition(item, "rejected", ctx.by);
  const after = transition(item, "rejected", ctx.by, ctx.now, "rejected", reason, released);
  return {
    writes: [update(item, after, null)],
    replies: [reply("staff-rejected", { code: item.id })],
    notices: [...residentNotices(after, () => reply("notice-rejected", { code: item.id, summary: item.summary, reason })), ...withdrawn(item, after, oldDeputies)],
  };
}

/**
 * /merge: the duplicate becomes `merged`, and its resident (with their words
 * as a supporting note) and its own followers follow the surviving item from
 * now on: its support grows by as many. Both writes land together.
 */
export function merge(item: Item, into: Item, ctx: ActContext, oldDeputies: Recipient[]): ActResult {
  requireTransition(item, "merged", ctx.by);
  if (!["new", "forwarded", "accepted", "answered"].includes(into.status)) refuse("staff-merge-target-closed", { into: into.id, status: into.status });
  if (into.mergedInto !== null) refuse("staff-merge-target-closed", { into: into.id, status: into.status });
  const after = transition(item, "merged", ctx.by, ctx.now, "merged", into.id, { mergedInto: into.id, ...released });
  const existing = into.followers ?? [];
  const known = new Set<number>([...(into.residentId !== null ? [into.residentId] : []), ...existing.map((f) => f.residentId)]);
  const joining: Follower[] = [];
  const add = (f: Follower) => {
    if (known.has(f.residentId)) return;
    known.add(f.residentId);
    joining.push(f);
  };
  const raiser = followerOfMerged(item, ctx.now);
  if (raiser) add(raiser);
  for (const f of item.followers ?? []) add(f);
  if (existing.length + joining.length > FOLLOWERS_MAX) refuse("staff-merge-full", { into: into.id, code: item.id, max: FOLLOWERS_MAX });
  const survivor = annotate(into, ctx.by, ctx.now, "merged-in", undefined, { followers: [...existing, ...joining] }, { from: item.id });
  return {
    writes: [update(item, after, null), followersWrite(into, survivor, { indexForResidents: joining.map((f) => f.residentId) })],
    replies: [reply("staff-merged", { code: item.id, into: into.id, followers: joining.length, support: supportOf(survivor) })],
    notices: [
      ...residentNotices(item, () => reply("notice-merged", { code: item.id, into: into.id, summary: into.summary })),
      ...withdrawn(item, after, oldDeputies),
    ],
  };
}

/** /reply: a message from staff, relayed to the item's resident by the resident bot. */
export function staffReply(item: Item, ctx: ActContext, text: string): ActResult {
  if (item.residentChatId === null) refuse("staff-resident-unreachable", { code: item.id });
  const after = annotate(item, ctx.by, ctx.now, "staff-replied", undefined, { thread: [...item.thread, { at: ctx.now, from: "staff", kind: "message", text, ...(ctx.by.id !== undefined && { byId: ctx.by.id }) }] });
  return {
    writes: [update(item, after)],
    replies: [reply("staff-reply-sent", { code: item.id })],
    // With a Reply button, and the resident's next typed message counts as the answer (as for a deputy's question).
    notices: residentNotices(item, (r) => (r.owner ? reply("notice-staff-message", { code: item.id, summary: item.summary, text }, { buttons: [[{ key: "notice-button-reply", action: packResidentButton({ kind: "reply", code: item.id }) }]] }) : null)),
    ...(item.residentId !== null && { question: { residentId: item.residentId, code: item.id, at: ctx.now } }),
  };
}

/** /close: closes with a note the resident sees. */
export function close(item: Item, ctx: ActContext, note: string, oldDeputies: Recipient[]): ActResult {
  requireTransition(item, "closed", ctx.by);
  const after = transition(item, "closed", ctx.by, ctx.now, "closed", note, released);
  return {
    writes: [update(item, after, null)],
    replies: [reply("staff-closed", { code: item.id })],
    notices: [...residentNotices(after, () => reply("notice-closed", { code: item.id, summary: item.summary, note })), ...withdrawn(item, after, oldDeputies)],
  };
}

/** Deputy "accept": forwarded → accepted; the resident hears who took it up. */
export function accept(item: Item, ctx: ActContext): ActResult {
  if (item.status !== "forwarded") refuse("staff-wrong-status", { code: item.id, status: item.status });
  requireTransition(item, "accepted", ctx.by);
  const after = transition(item, "accepted", ctx.by, ctx.now, "accepted");
  return {
    writes: [update(item, after)],
    replies: [reply("deputy-accepted", { code: item.id }), ...deputyCard(after, ctx.dir, ctx.locale).slice(0, 1)],
    notices: residentNotices(after, (r) => reply("notice-accepted", { code: item.id, summary: item.summary, target: ctx.dir.targetName(item.target, r.locale) })),
  };
}

/**
 * Refuses unless deputies can still ask or answer on this item.
 * @throws {import("./errors.js").StaffRefusal} for any other status.
 */
export function requireWithDeputies(item: Item): void {
  if (!WITH_DEPUTIES.includes(item.status)) refuse("staff-wrong-status", { code: item.id, status: item.status });
}

/** A deputy's question, relayed to the resident with a "reply" button (the resident bot's codec). */
export function ask(item: Item, ctx: ActContext, text: string): ActResult {
  requireWithDeputies(item);
  if (item.residentChatId === null) refuse("staff-resident-unreachable", { code: item.id });
  const after = annotate(item, ctx.by, ctx.now, "question", undefined, { thread: [...item.thread, { at: ctx.now, from: "deputy", kind: "question", text, ...(ctx.by.id !== undefined && { byId: ctx.by.id }) }] });
  return {
    writes: [update(item, after)],
    replies: [reply("deputy-question-sent", { code: item.id })],
    notices: residentNotices(item, (r) => (r.owner ? reply("notice-question", { code: item.id, summary: item.summary, text }, { buttons: [[{ key: "notice-button-reply", action: packResidentButton({ kind: "reply", code: item.id }) }]] }) : null)),
    ...(item.residentId !== null && { question: { residentId: item.residentId, code: item.id, at: ctx.now } }),
  };
}

/** The rating and "not resolved" buttons under an answer, bound to the answered item's stage (the resident bot's codec). */
export function ratingButtons(item: Pick<Item, "id" | "history">) {
  const stage = stageOf(item);
  return [
    [1, 2, 3, 4, 5].map((stars) => ({ key: "notice-button-rate", args: { n: stars }, action: packResidentButton({ kind: "rate", code: item.id, stars, stage }) })),
    [{ key: "notice-button-not-resolved", action: packResidentButton({ kind: "reopen", code: item.id, stage }) }],
  ];
}

/** A deputy's answer: (forwarded →) accepted → answered; the resident and every follower get it with rating buttons. */
export function answer(item: Item, ctx: ActContext, text: string): ActResult {
  requireWithDeputies(item);
  const taken = item.status === "forwarded" ? transition(item, "accepted", ctx.by, ctx.now, "accepted") : item;
  requireTransition(taken, "answered", ctx.by);
  const thread = [...item.thread, { at: ctx.now, from: "deputy" as const, kind: "answer" as const, text, ...(ctx.by.id !== undefined && { byId: ctx.by.id }) }];
  const after = transition(taken, "answered", ctx.by, ctx.now, "answered", undefined, { answer: text, rating: null, thread });
  return {
    writes: [update(item, after)],
    replies: [reply("deputy-answer-sent", { code: item.id })],
    // Followers back the matter as much as its raiser: they may rate the answer too (their rating does not close the item).
    notices: residentNotices(after, () => reply("notice-answered", { code: item.id, summary: item.summary, answer: text, rate: "yes" }, { buttons: ratingButtons(after) })),
  };
}

/**
 * Deputy "return to triage", with the deputy's reason: back to the queue (not
 * announced to the resident); staff are told who (full name) and why.
 */
export function returnToTriage(item: Item, ctx: ActContext, reason: string, team: Recipient[]): ActResult {
  requireWithDeputies(item);
  requireTransition(item, "new", ctx.by);
  const after = transition(item, "new", ctx.by, ctx.now, "returned", reason);
  return {
    writes: [update(item, after, queueScore(item))],
    replies: [reply("deputy-returned", { code: item.id })],
    notices: simpleStaffNotices(team.filter((r) => r.userId !== ctx.by.id), "staff-item-returned", { code: item.id, summary: item.summary, by: ctx.by.name ?? String(ctx.by.id ?? ""), reason }),
  };
}
