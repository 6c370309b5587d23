import type { Actor, Item } from "../items/model.js";
import { IllegalTransitionError } from "../items/status.js";
import { resolveLocale, type Locale } from "../locale.js";
import type { ItemQuery, ItemRepository, ItemWrite, MemberDirectory, MemberWrite, Notice, Outbox, SubscriptionStore, TurnStart, TurnStore } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { runTurn, type TurnDecision, type TurnHooks } from "../turn.js";
import * as act from "./actions.js";
import { CANCEL_PENDING_ACTION, showAction, stageOf, type StaffButton } from "./callback.js";
import { deputyCard, staffCard } from "./cards.js";
import { commandsFor, isStaffCommand, mayRun, MAX_COMMAND_TEXT, parseCommand, type StaffCommand } from "./commands.js";
import { refuse, StaffRefusal } from "./errors.js";
import { itemsCsv } from "./export.js";
import type { StaffEnvelope } from "./input.js";
import { grant, revoke, roleLines, type MemberChange } from "./members.js";
import type { DirectoryView } from "../directory/view.js";
import { deputiesOf, triageTeam } from "./notices.js";
import { effectiveRoles, parseMember, type Member, type RoleName } from "./roles.js";
import { DIGEST_EVERY_MS, type Subscription } from "./subscriptions.js";
import { EMPTY_SESSION, parseStaffSession, STAFF_SESSION_TTL_SECONDS, type PendingKind, type StaffSession } from "./session.js";
import { acceptSuggestion, runTopicCommand, scorecardLines, type StaffTopics, type TopicCommandResult } from "./topic-commands.js";
import { queueView, statsView } from "./views.js";

/** Dependencies of the staff service. */
export interface StaffServiceDeps {
  store: TurnStore;
  items: ItemRepository;
  members: MemberDirectory;
  outbox: Outbox;
  directory: DirectoryView;
  /** Consultation topics (/topic, /outcome, /pack, the scorecards of /stats). */
  topics: StaffTopics;
  defaultLocale: Locale;
  adminIds: readonly number[];
  subscriptions: SubscriptionStore;
  /** How long a /next claim holds before the item counts as unclaimed again (CLAIM_MINUTES). */
  claimMinutes: number;
  now?: () => number;
  log?: (event: string, data: Record<string, unknown>) => void;
}

/** What the staff adapter must send back. */
export interface StaffTurn {
  outcome: "handled" | "duplicate";
  locale: Locale;
  replies: Reply[];
}

/** The staff bot's domain service: one call per Telegram update. */
export interface StaffService {
  handle(envelope: StaffEnvelope, hooks?: TurnHooks): Promise<StaffTurn>;
}

/** What one update decided, before it is turned into a commit. */
interface Decision {
  replies: Reply[];
  /** Said on the pressed button instead of as a message. */
  toast?: Reply;
  questions?: Array<{ residentId: number; code: string; at: number }>;
  writes?: ItemWrite[];
  members?: MemberWrite[];
  /** The new session, when it changes. */
  session?: StaffSession;
  notices?: Notice[];
  /** A message of this chat that `edit` replies replace (the card whose button started a pending action). */
  editOf?: number;
}

/** Everything a decision may look at. */
interface Ctx {
  env: StaffEnvelope;
  start: TurnStart;
  now: number;
  locale: Locale;
  member: Member;
  roles: RoleName[];
  /** "admin" or "staff" when the person triages, else null. */
  staffRole: "admin" | "staff" | null;
  session: StaffSession;
  /** Runs a topic command once per update: a turn re-decided after a lost race reuses its answer (no second topic). */
  once: (run: () => Promise<TopicCommandResult>) => Promise<TopicCommandResult>;
}

/** The most items /stats and /export read. */
const MAX_SCAN = 20_000;
/** Statuses in which a deputy of the target may see an item. */
const DEPUTY_VISIBLE = ["forwarded", "accepted", "answered"];

const noRole = (): Decision => ({ replies: [reply("staff-no-role")] });

/** What the staff bot says when it waits for the text of a pending action. */
const PENDING_PROMPTS: Record<PendingKind, string> = {
  ask: "deputy-ask-prompt",
  answer: "deputy-answer-prompt",
  return: "deputy-return-prompt",
  reject: "deputy-reject-prompt",
};

/** Replies that only say a button no longer applies (or is not theirs): shown as a toast. */
const STAFF_STALE_KEYS = new Set(["staff-topic-suggestion-gone", "staff-button-stale", "staff-button-invalid", "staff-button-forbidden", "staff-nothing-pending"]);

/** How often a person without a role is answered. */
const STRANGER_REPLY_MS = 60_000;
const STRANGER_ASK_MS = 5_000;
/** Strangers remembered per process (oldest forgotten first), so a flood of new ids cannot grow memory. */
const STRANGERS_KEPT = 10_000;

/** Records when a stranger was answered, in a bounded map (insertion order = age). */
function remember(map: Map<number, number>, id: number, at: number): void {
  map.delete(id);
  map.set(id, at);
  if (map.size > STRANGERS_KEPT) map.delete(map.keys().next().value!);
}

/** True when a deputy (by targets) may see an item: it is with their target and has been forwarded to it. */
export function deputyMaySee(item: Item, member: Member): boolean {
  if (!item.target || !member.roles.includes("deputy") || !member.targets.includes(item.target)) return false;
  return DEPUTY_VISIBLE.includes(item.status) || (item.status === "closed" && item.history.some((h) => h.to === "forwarded"));
}

/** Builds the staff service. */
export function createStaffService(deps: StaffServiceDeps): StaffService {
  const now = deps.now ?? Date.now;
  const dir = deps.directory;
  const strangers = new Map<number, number>();

  const actor = (ctx: Ctx, role: Actor["role"]): Actor => ({ role, id: ctx.env.user.id, ...((ctx.env.user.firstName ?? ctx.env.user.username) && { name: (ctx.env.user.firstName ?? ctx.env.user.username)!.slice(0, 200) }) });
  const actCtx = (ctx: Ctx, role: Actor["role"]): act.ActContext => ({ by: actor(ctx, role), now: ctx.now, locale: ctx.locale, dir });

  /**
   * Loads an item by code.
   * @throws {StaffRefusal} "staff-item-not-found" when there is no such item.
   */
  const load = async (code: string): Promise<Item> => {
    const loaded = await deps.items.get(code);
    if (!loaded) refuse("staff-item-not-found", { code });
    return { ...loaded.item, rev: loaded.rev };
  };
  const deputiesWith = (item: Item) => (["forwarded", "accepted"].includes(item.status) ? deputiesOf(deps.members, item.target, deps.defaultLocale) : Promise.resolve([]));
  /** Pages through the items matching a query, up to MAX_SCAN of them. */
  const eachItem = async (query: ItemQuery, visit: (item: Item) => void): Promise<void> => {
    for await (const item of deps.items.scan(query, { max: MAX_SCAN })) visit(item);
  };
  const fromAction = (r: act.ActResult): Decision => ({ replies: r.replies, writes: r.writes, notices: r.notices, ...(r.question && { questions: [r.question] }) });
  const fromMember = (r: MemberChange): Decision => ({ replies: r.replies, notices: r.notices, ...(r.write && { members: [r.write] }) });

  async function command(ctx: Ctx, name: string, args: string): Promise<Decision> {
    const userId = ctx.env.user.id;
    if (name === "start") {
      return { replies: [reply("staff-start", { hasRole: ctx.roles.length ? "yes" : "no", userId: String(userId) }, ctx.roles.length ? { lines: roleLines(ctx.roles, ctx.member, dir, ctx.locale) } : {})] };
    }
    // Anyone may learn their own id (an admin needs it to grant a role); it says nothing about items.
    if (name === "whoami") return { replies: [reply("staff-whoami", { userId: String(userId) }, { lines: roleLines(ctx.roles, ctx.member, dir, ctx.locale) })] };
    if (ctx.roles.length === 0) return noRole();
    if (!isStaffCommand(name)) return { replies: [reply("staff-unknown-command")] };
    if (!mayRun(name, ctx.roles)) return { replies: [reply("staff-forbidden")] };
    const parsed = parseCommand(name, args, ctx.now);
    if (!parsed.ok) return { replies: [parsed.reply] };
    return run(ctx, parsed.command);
  }

  async function run(ctx: Ctx, cmd: StaffCommand): Promise<Decision> {
    const role = ctx.staffRole ?? "deputy";
    const c = actCtx(ctx, role);
    switch (cmd.name) {
      case "help": {
        const lines = commandsFor(ctx.roles).map((n) => ({ key: `help-${n}` }));
        if (ctx.roles.includes("deputy") || ctx.staffRole) lines.push({ key: "help-deputy-buttons" });
        return { replies: [reply("staff-help", {}, { lines })] };
      }
      case "whoami":
        return { replies: [] }; // answered before parsing
      case "subscribe": {
        const unknown = cmd.targets?.find((t) => !dir.hasTarget(t));
        if (unknown) refuse("staff-unknown-target", { target: unknown });
        const sub: Subscription = { chatId: ctx.env.chatId, locale: ctx.locale, targets: cmd.targets, digest: cmd.digest, since: ctx.now };
        // Idempotent, so a redelivered command changes nothing further.
        await deps.subscriptions.set(ctx.env.user.id, sub);
        const targets = cmd.targets ? cmd.targets.map((t) => dir.targetName(t, ctx.locale)).join(ctx.locale === "en" ? ", " : "、") : "all";
        return { replies: [reply("staff-subscribed", { targets, digest: cmd.digest ? "yes" : "no", hours: DIGEST_EVERY_MS / 3600_000 })] };
      }
      case "unsubscribe":
        await deps.subscriptions.set(ctx.env.user.id, null);
        return { replies: [reply("staff-unsubscribed")] };
      case "queue": {
        const [counts, raw] = await Promise.all([deps.items.countByStatus(), deps.items.queue(200)]);
        const queue = raw.filter((i) => i.status === "new");
        return { replies: [queueView(counts, queue, ctx.env.user.id, ctx.now, dir, ctx.locale)] };
      }
      case "next": {
        const queue = await deps.items.queue(100);
        const item = act.pickNext(queue, ctx.env.user.id, ctx.now);
        if (!item) return { replies: [reply("staff-queue-nothing")] };
        return fromAction(act.claim(item, c, deps.claimMinutes));
      }
      case "show": {
        const item = await load(cmd.code);
        if (ctx.staffRole) return { replies: staffCard(item, dir, ctx.locale, ctx.now) };
        if (!deputyMaySee(item, ctx.member)) refuse("staff-item-not-found", { code: cmd.code });
        return { replies: deputyCard(item, dir, ctx.locale) };
      }
      case "route": {
        const item = await load(cmd.code);
        return fromAction(act.reroute(item, c, cmd.target, cmd.reason, await deputiesWith(item)));
      }
      case "forward": {
        const item = await load(cmd.code);
        const deputies = item.status === "new" && item.target ? await deputiesOf(deps.members, item.target, deps.defaultLocale) : [];
        return fromAction(act.forward(item, c, deputies));
      }
      case "reject": {
        const item = await load(cmd.code);
        return fromAction(act.reject(item, c, cmd.reason, await deputiesWith(item)));
      }
      case "merge": {
        const [item, into] = await Promise.all([load(cmd.code), load(cmd.into)]);
        return fromAction(act.merge(item, into, c, await deputiesWith(item)));
      }
      case "reply":
        return fromAction(act.staffReply(await load(cmd.code), c, cmd.text));
      case "close": {
        const item = await load(cmd.code);
        return fromAction(act.close(item, c, cmd.note, await deputiesWith(item)));
      }
      case "stats": {
        // From the aggregates every item write keeps: the same cost at any number of items.
        const [{ stats }, cards] = await Promise.all([deps.items.stats({}), deps.topics.scorecards(ctx.now)]);
        const view = statsView(stats, dir, ctx.locale);
        return { replies: [{ ...view, lines: [...(view.lines ?? []), ...scorecardLines(cards, dir, ctx.locale)] }] };
      }
      case "topic":
      case "outcome":
      case "pack": {
        const r = await ctx.once(() => runTopicCommand(deps.topics, cmd, { now: ctx.now, locale: ctx.locale, dir }));
        return { replies: r.replies };
      }
      case "export": {
        const items: Item[] = [];
        await eachItem({ from: cmd.from, to: cmd.to }, (item) => items.push(item));
        items.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
        if (items.length === 0) return { replies: [reply("staff-export-empty", { from: cmd.fromDay, to: cmd.toDay })] };
        const document = { filename: `items-${cmd.fromDay}-${cmd.toDay}.csv`, content: itemsCsv(items), mime: "text/csv" };
        return { replies: [reply("staff-export", { count: items.length, from: cmd.fromDay, to: cmd.toDay }, { document })] };
      }
      case "grant": {
        const snapshot = cmd.userId === ctx.env.user.id ? ctx.start.profile : await deps.members.get(cmd.userId);
        return fromMember(grant(cmd.userId, snapshot, cmd.role, cmd.target, dir, ctx.locale, deps.defaultLocale));
      }
      case "revoke": {
        const snapshot = cmd.userId === ctx.env.user.id ? ctx.start.profile : await deps.members.get(cmd.userId);
        if (cmd.target && !dir.hasTarget(cmd.target)) refuse("staff-unknown-target", { target: cmd.target });
        return fromMember(revoke(cmd.userId, snapshot, cmd.role, cmd.target, deps.adminIds, dir, deps.defaultLocale));
      }
    }
  }

  async function button(ctx: Ctx, parsed: StaffButton | null): Promise<Decision> {
    if (ctx.roles.length === 0) return noRole();
    if (!parsed) return { replies: [reply("staff-button-invalid")] };
    if (parsed.kind === "topic-accept") {
      if (!ctx.staffRole) return { replies: [reply("staff-forbidden")] };
      const r = await ctx.once(() => acceptSuggestion(deps.topics, parsed.target, parsed.check, { now: ctx.now, locale: ctx.locale, dir }));
      // The suggestion list itself says what became of it (edited, its buttons gone); a gone one answers on the button.
      return r.replies[0]?.key === "staff-topic-suggestion-gone" ? { replies: r.replies } : { replies: r.replies.map((x) => ({ ...x, edit: true })) };
    }
    if (parsed.kind === "cancel-pending") return { replies: [reply(ctx.session.pending ? "deputy-pending-cancelled" : "staff-nothing-pending")], session: EMPTY_SESSION };
    const item = await load(parsed.code);
    const isDeputy = deputyMaySee(item, ctx.member);
    if (!isDeputy && !ctx.staffRole) return { replies: [reply("staff-button-forbidden", { code: item.id })] };
    const c = actCtx(ctx, isDeputy ? "deputy" : ctx.staffRole!);
    if (parsed.kind === "show") return { replies: isDeputy ? deputyCard(item, dir, ctx.locale) : staffCard(item, dir, ctx.locale, ctx.now) };
    if (parsed.stage !== stageOf(item)) {
      return { replies: [reply("staff-button-stale", { code: item.id, status: item.status }, { buttons: [[{ key: "button-show", action: showAction(item.id) }]] })] };
    }
    if (parsed.kind === "triage") {
      // Triage buttons (a subscription's card) are for staff only, whatever the deputy's targets.
      if (!ctx.staffRole) return { replies: [reply("staff-button-forbidden", { code: item.id })] };
      const staff = actCtx(ctx, ctx.staffRole);
      if (parsed.verb === "forward") {
        const deputies = item.status === "new" && item.target ? await deputiesOf(deps.members, item.target, deps.defaultLocale) : [];
        const r = act.forward(item, staff, deputies);
        // The card says what happened (edited in place, its buttons gone); the rest goes on the button.
        return { ...fromAction(r), replies: [{ ...r.replies[0]!, edit: true }] };
      }
      act.requireTransition(item, "rejected", staff.by);
      return pendingPrompt(ctx, "reject", item);
    }
    switch (parsed.verb) {
      case "accept": {
        // The card itself moves on (edited in place); "you accepted" is said on the button.
        const r = act.accept(item, c);
        const [said, ...card] = r.replies;
        return { ...fromAction(r), replies: card.map((x) => ({ ...x, edit: true })), ...(said && { toast: said }) };
      }
      case "return":
        // Staff must know why: the reason is the deputy's next message.
        act.requireWithDeputies(item);
        act.requireTransition(item, "new", c.by);
        return pendingPrompt(ctx, "return", item);
      case "ask":
      case "answer":
        act.requireWithDeputies(item);
        if (parsed.verb === "ask" && item.residentChatId === null) refuse("staff-resident-unreachable", { code: item.id });
        return pendingPrompt(ctx, parsed.verb, item);
    }
  }

  /** "Type your question / answer / reason": the next text message completes the action. */
  function pendingPrompt(ctx: Ctx, kind: PendingKind, item: Item): Decision {
    const card = ctx.env.input.type === "button" ? ctx.env.input.messageId : undefined;
    return {
      replies: [reply(PENDING_PROMPTS[kind], { code: item.id }, { buttons: [[{ key: "deputy-button-cancel", action: CANCEL_PENDING_ACTION }]] })],
      session: { pending: { kind, code: item.id, at: ctx.now, ...(card !== undefined && { messageId: card }) } },
    };
  }

  async function text(ctx: Ctx, body: string): Promise<Decision> {
    if (ctx.roles.length === 0) return noRole();
    const pending = ctx.session.pending;
    if (!pending || ctx.now - pending.at > STAFF_SESSION_TTL_SECONDS * 1000) {
      return { replies: [reply("staff-text-hint")], ...(pending && { session: EMPTY_SESSION }) };
    }
    const trimmed = body.trim();
    if (!trimmed) return { replies: [reply("staff-text-hint")] };
    if (trimmed.length > MAX_COMMAND_TEXT) return { replies: [reply("staff-text-too-long", { max: MAX_COMMAND_TEXT })] };
    try {
      const item = await load(pending.code);
      const isDeputy = deputyMaySee(item, ctx.member);
      if (!isDeputy && !ctx.staffRole) refuse("staff-button-forbidden", { code: item.id });
      const c = actCtx(ctx, isDeputy ? "deputy" : ctx.staffRole!);
      const result = await completePending(pending.kind, item, c, trimmed);
      // The card whose button began it moves on in place: answered, returned or rejected, its buttons gone.
      const moves = pending.kind !== "ask" && pending.messageId !== undefined;
      const d = fromAction(result);
      return { ...d, session: EMPTY_SESSION, ...(moves && { replies: d.replies.map((r, i) => (i === 0 ? { ...r, edit: true } : r)), editOf: pending.messageId }) };
    } catch (error) {
      // The item moved on meanwhile: say so, and leave the pending mode.
      if (error instanceof StaffRefusal) return { replies: [error.reply], session: EMPTY_SESSION };
      throw error;
    }
  }

  /** The action a pending mode was waiting for, with the text just typed. */
  async function completePending(kind: PendingKind, item: Item, c: act.ActContext, text: string): Promise<act.ActResult> {
    switch (kind) {
      case "ask":
        return act.ask(item, c, text);
      case "answer":
        return act.answer(item, c, text);
      case "return":
        return act.returnToTriage(item, c, text, await triageTeam(deps.members, deps.adminIds, deps.defaultLocale));
      case "reject":
        if (c.by.role === "deputy") refuse("staff-button-forbidden", { code: item.id });
        return act.reject(item, c, text, await deputiesWith(item));
    }
  }

  async function decide(env: StaffEnvelope, start: TurnStart, locale: Locale, once: Ctx["once"]): Promise<TurnDecision<Notice>> {
    const member = parseMember(start.profile.value);
    const roles = effectiveRoles(member, env.user.id, deps.adminIds);
    const ctx: Ctx = {
      env,
      start,
      now: now(),
      locale,
      member,
      roles,
      staffRole: roles.includes("admin") ? "admin" : roles.includes("staff") ? "staff" : null,
      session: parseStaffSession(start.session.value),
      once,
    };
    const input = env.input;
    let d: Decision;
    try {
      if (input.type === "command") d = await command(ctx, input.command, input.args);
      else if (input.type === "button") d = await button(ctx, input.button);
      else if (input.type === "text") d = await text(ctx, input.text);
      else d = roles.length ? { replies: [reply("staff-unsupported")] } : noRole();
    } catch (error) {
      if (error instanceof StaffRefusal) d = { replies: [error.reply] };
      else if (error instanceof IllegalTransitionError) d = { replies: [reply("staff-not-now")] };
      else throw error;
    }
    // People without a role hear "not for you" at most once a minute each; nothing of theirs is stored.
    if (roles.length === 0) {
      const last = strangers.get(env.user.id);
      // /start and /whoami (what a newcomer needs to be granted a role) are throttled less.
      const asks = input.type === "command" && (input.command === "start" || input.command === "whoami");
      if (last !== undefined && ctx.now - last < (asks ? STRANGER_ASK_MS : STRANGER_REPLY_MS)) return { commit: {}, replies: [], locale };
      remember(strangers, env.user.id, ctx.now);
      return { commit: {}, replies: d.replies, locale };
    }
    const commit: TurnDecision<Notice>["commit"] = {};
    if (d.writes?.length) commit.items = d.writes;
    if (d.members?.length) commit.members = d.members;
    if (d.questions?.length) commit.questionsFor = d.questions;
    if (d.session) commit.session = { expectedVersion: start.session.version, value: d.session.pending ? d.session : null, ttlSeconds: STAFF_SESSION_TTL_SECONDS };
    // Keep where and in which language members are reached current (deputies granted before they ever wrote get chatId = id).
    const name = env.user.firstName?.slice(0, 200);
    const stale = member.chatId !== env.chatId || member.locale !== locale || (name !== undefined && member.name !== name);
    if (member.roles.length > 0 && stale && !d.members?.some((m) => m.userId === env.user.id)) {
      commit.profile = { expectedVersion: start.profile.version, value: { ...member, chatId: env.chatId, locale, ...(name !== undefined && { name }) } };
    }
    // A stale or refused button answers on the button itself; an edit replaces the pressed message.
    let toast = d.toast;
    let replies = d.replies;
    if (input.type === "button" && !toast && replies.length === 1 && STAFF_STALE_KEYS.has(replies[0]!.key)) {
      toast = replies[0];
      replies = [];
    }
    const messageId = input.type === "button" ? input.messageId : d.editOf;
    const origin = messageId !== undefined && (toast !== undefined || replies.some((r) => r.edit)) ? { messageId, clearKeyboard: replies.length === 0 } : undefined;
    return { commit, replies, notices: d.notices ?? [], locale, ...(toast && { toast }), ...(origin && { origin }) };
  }

  return {
    async handle(env, hooks = {}) {
      const locale = resolveLocale(env.user.languageCode, deps.defaultLocale);
      let topicRun: Promise<TopicCommandResult> | undefined;
      const once: Ctx["once"] = (run) => (topicRun ??= run());
      const result = await runTurn<Notice>(deps.store, { bot: "staff", updateId: env.updateId, party: { scope: "staff", userId: env.user.id }, chatId: env.chatId, limits: [] }, (start) => decide(env, start, locale, once));
      await hooks.acknowledge?.(result.outcome === "handled" ? result.toast : undefined).catch(() => undefined);
      // The sender's replies, then the notices (deputy cards, the resident's notice), each chat in order;
      // then what a topic write owes (invitations, outcome notices), stored with the topic.
      // With `defer`, everything after the sender's answer goes on after the response, in this same order.
      const topicBatches = topicRun ? (await topicRun).batches : [];
      await deps.outbox.deliver([...result.batches, ...topicBatches], { ...(hooks.defer && { defer: hooks.defer }), sender: { bot: "staff", chatId: env.chatId } });
      if (result.outcome === "duplicate") return { outcome: "duplicate", locale, replies: [] };
      await deps.outbox.sendNow(result.direct);
      return { outcome: "handled", locale, replies: result.replies };
    },
  };
}
