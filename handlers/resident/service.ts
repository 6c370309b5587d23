import { backs } from "../items/followers.js";
import { erasureWrites, type ErasedPerson } from "../privacy/erase.js";
import { newItemCode, type Item } from "../items/model.js";
import { resolveLocale, type Locale } from "../locale.js";
import type { ItemRepository, ItemWrite, LimitCheck, Notice, Outbox, TurnStart, TurnStore } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { newItemNotices, parseSubscriptions } from "../staff/subscriptions.js";
import { runTurn, type TurnDecision, type TurnHooks } from "../turn.js";
import { isCorrection, withoutNegated } from "./correction.js";
import { applyRoute, isShort, nextStep, type Routed } from "./draft-rules.js";
import { forgottenPerson } from "./forget.js";
import { joinOffered, lookupPlace, meTooCards, meTooOffer } from "./me-too.js";
import { prompt } from "./prompts.js";
import { reduce, type ItemAction, type ReduceEnv, type ReduceResult } from "./reducer.js";
import type { DirectoryView } from "../directory/view.js";
import type { TopicActionHandler, TopicActionResult } from "../topics/resident-actions.js";
import type { ResidentEnvelope } from "./input.js";
import { draftText, parseConversation, parseResidentProfile, type Conversation, type ResidentProfile } from "./state.js";

/** Routes a text; `useModel` false forces the deterministic router (no model call). */
export type RouteText = (text: string, locale: Locale, useModel: boolean) => Promise<Routed>;

/** What an item button or a reply to a deputy's question does, decided with the item loaded. */
export interface ItemActionResult {
  replies: Reply[];
  items?: ItemWrite[];
  notices?: Notice[];
}

/** Handles resident actions on their submitted items (rate, reopen, reply to a question). */
export type ItemActionHandler = (req: {
  item: Item;
  rev: number;
  action: ItemAction;
  residentId: number;
  locale: Locale;
  now: number;
  /** The resident's /my list, loaded for an unfollow (the pressed /my message is shown again without the item). */
  listed?: Item[];
}) => Promise<ItemActionResult> | ItemActionResult;

/** Dependencies of the resident service. */
export interface ResidentServiceDeps {
  store: TurnStore;
  items: ItemRepository;
  outbox: Outbox;
  directory: DirectoryView;
  route: RouteText;
  /** True when a language model is configured (then a second, enriching pass runs after the text is stored). */
  modelEnabled: boolean;
  itemActions: ItemActionHandler;
  /** Consultation topics' invitation and evaluation buttons and written views (none: those buttons are stale). */
  topicActions?: TopicActionHandler;
  /** /forget on consultation topics: the resident's answers stay counted but belong to nobody. */
  eraseFromTopics?: (who: ErasedPerson, at: number) => Promise<number>;
  defaultLocale: Locale;
  conversationTtlSeconds: number;
  /** SIMILAR_DAYS: how far back an open item may be offered as the same matter ("me too"). */
  similarDays: number;
  now?: () => number;
  random?: () => number;
  log?: (event: string, data: Record<string, unknown>) => void;
}

/** What the adapter must send back, and in which language. */
export interface ResidentTurn {
  outcome: "handled" | "duplicate";
  locale: Locale;
  replies: Reply[];
}

/** The resident bot's domain service: one call per Telegram update; it delivers the turn's messages itself (outbox). */
export interface ResidentService {
  handle(envelope: ResidentEnvelope, hooks?: TurnHooks): Promise<ResidentTurn>;
}

const NONCE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** Builds the resident service. */
export function createResidentService(deps: ResidentServiceDeps): ResidentService {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const nonce = () => Array.from({ length: 4 }, () => NONCE_ALPHABET[Math.floor(random() * NONCE_ALPHABET.length)]).join("");

  return {
    async handle(env, hooks = {}) {
      const userId = env.user.id;
      const input = env.input;
      const pressed = input.type === "button" ? input.button : null;
      const isSubmit = pressed?.kind === "draft" && pressed.verb === "submit";
      const limits: LimitCheck[] = [{ limiter: "messages", identity: String(userId) }];
      if (isSubmit) limits.push({ limiter: "items", identity: String(userId) });
      let locale: Locale = resolveLocale(env.user.languageCode, deps.defaultLocale);
      let committed: { state: Conversation; version: number } | null = null;
      let wantsEnrichment = false;
      // The answers that usually complete a draft (the contact question) read the open items of its place
      // in begin's own request; any other turn that completes one reads them in one more round trip.
      const mayComplete = (input.type === "keyboard" && input.key === "kb-anonymous") || input.type === "contact";
      const since = () => now() - deps.similarDays * 24 * 3600_000;
      // The item a join or unfollow button names is read in the same tick as begin, so in its request; a retried
      // decision (a lost race) reads it again.
      const itemRead = pressed?.kind === "join" || pressed?.kind === "unfollow" ? deps.items.get(pressed.code) : undefined;
      itemRead?.catch(() => undefined);
      // A topic answer is written once, on its own compare-and-set: a turn re-decided after a lost race reuses it (a view is not attached twice).
      let topicDone: TopicActionResult | undefined;

      const result = await runTurn<Notice>(deps.store, { bot: "resident", updateId: env.updateId, party: { scope: "resident", userId }, chatId: env.chatId, limits, subscriptions: isSubmit, ...(mayComplete && { similar: { since: since() } }) }, async (start: TurnStart, attempt: number) => {
        const at = now();
        const profile = parseResidentProfile(start.profile.value);
        const state = parseConversation(start.session.value);
        locale = profile?.locale ?? resolveLocale(env.user.languageCode, deps.defaultLocale);
        const session = (value: Conversation) => ({ expectedVersion: start.session.version, value, ttlSeconds: deps.conversationTtlSeconds, lookupPlace: lookupPlace(value.draft) });

        // Leaving, asking for help and erasure are never refused, however brisk the resident was.
        const exempt = (input.type === "command" && ["cancel", "help", "forget"].includes(input.command)) || pressed?.kind === "forget" || (pressed?.kind === "draft" && pressed.verb === "cancel");
        if (!exempt && start.limits.some((l) => l.limiter === "messages" && !l.allowed)) {
          // Say it once per minute; stay silent for the rest so a flood costs no Telegram calls.
          if (state.warnedAt !== null && at - state.warnedAt < 60_000) return { commit: {}, replies: [] };
          return { commit: { session: session({ ...state, warnedAt: at }) }, replies: [reply("rate-limited")], locale };
        }

        const rEnv: ReduceEnv = {
          now: at,
          locale,
          user: { id: userId, firstName: env.user.firstName },
          chatId: env.chatId,
          directory: deps.directory,
          profile,
          newNonce: nonce(),
          newCode: newItemCode(random),
          itemsAllowed: !start.limits.some((l) => l.limiter === "items" && !l.allowed),
          ...pendingQuestion(start.profile.marks?.q, at),
          similarDays: deps.similarDays,
          ...(start.similar && { similar: start.similar }),
        };
        // Prefetch what the reducer will need, so the reducer itself stays pure.
        if (input.type === "command" && (input.command === "my" || input.command === "status")) {
          rEnv.items = await deps.items.byResident(userId, input.command === "my" ? 10 : 200);
        }
        if (pressed?.kind === "forget" && pressed.confirm && state.step === "confirm-forget") {
          rEnv.items = await deps.items.byResident(userId, 10_000);
        }
        // An unfollow edits the /my message: the list and the item are read together.
        const read = (code: string) => (attempt === 0 && itemRead && pressed && "code" in pressed && pressed.code === code ? itemRead : deps.items.get(code));
        if (pressed?.kind === "unfollow") rEnv.items = await deps.items.byResident(userId, 10);
        const newText = input.type === "text" ? input.text : input.type === "photo" ? input.caption : undefined;
        if (newText && newText.trim().length <= 4000 && state.step !== "reply-to-item" && state.step !== "topic-view") {
          const fresh = newText.trim();
          const combined = [state.draft ? draftText(state.draft) : "", fresh].filter(Boolean).join("\n");
          // Routing is the turn's biggest CPU cost of our own: the new text is routed on its own only when it
          // differs from the whole draft and is short enough to be chatter ("好的", "thanks").
          const routed = deps.route(combined, locale, false);
          // A correction is routed on its own, without what it denies ("不是巴阳镇").
          const correcting = state.draft && state.draft.parts.length > 0 && isCorrection(fresh);
          const alone = correcting ? deps.route(withoutNegated(fresh), locale, false) : combined === fresh ? routed : isShort(fresh) ? deps.route(fresh, locale, false) : Promise.resolve(undefined);
          [rEnv.route, rEnv.routeNew] = await Promise.all([routed, alone]);
        }

        let r: ReduceResult = reduce(state, input, rEnv);
        if (r.lookup !== undefined) {
          // The draft became complete: its place's open items, then the same decision with them ("me too").
          rEnv.similar = await deps.items.openAt(r.lookup, since());
          r = reduce(state, input, rEnv);
        }
        if (r.join !== undefined && state.draft) {
          const joined = joinOffered(state, state.draft, await read(r.join), { ...rEnv, directory: deps.directory });
          r = { ...r, ...joined };
        }
        let replies = r.replies;
        // An erasure's writes carry the items as read (support and the queue change when a follower leaves).
        let items: ItemWrite[] = r.forget ? erasureWrites(r.items ?? [], rEnv.items ?? []) : (r.items ?? []);
        let notices: Notice[] = [];
        if (r.itemAction) {
          const loaded = await read(r.itemAction.code);
          const item = loaded?.item ?? null;
          // The item's raiser or one of its followers (item actions tell which may do what).
          if (!item || !loaded || !backs(item, userId)) {
            replies = [...replies, reply("button-expired")];
          } else {
            const acted = await deps.itemActions({ item, rev: loaded.rev, action: r.itemAction, residentId: userId, locale, now: at, ...(r.itemAction.kind === "unfollow" && { listed: rEnv.items ?? [] }) });
            replies = [...replies, ...acted.replies];
            items = [...items, ...(acted.items ?? [])];
            notices = acted.notices ?? [];
          }
        }
        // A new item: subscribed staff desks get its card, committed with the item (no extra round trip).
        const created = items.filter((w) => w.kind === "create").map((w) => w.item as Item);
        if (created.length && start.subscriptions) notices = [...notices, ...newItemNotices(created, parseSubscriptions(start.subscriptions), deps.directory)];
        // Topics are written on their own compare-and-set, before the turn: an erasure that is retried finds nothing left to erase.
        if (r.forget && deps.eraseFromTopics) await deps.eraseFromTopics(forgottenPerson(env.user, env.chatId, profile), at);
        let staleTopic = false;
        if (r.topicAction) {
          topicDone ??= deps.topicActions ? await deps.topicActions({ action: r.topicAction, chat: env.chatId, now: at }) : { replies: [reply("button-expired")], stale: true };
          replies = [...replies, ...topicDone.replies];
          staleTopic = topicDone.stale;
        }
        // Keep where to reach the resident current (for status notices), and their chosen language.
        let nextProfile: ResidentProfile | null | undefined = r.profile;
        if (nextProfile === undefined && (!profile || profile.chatId !== env.chatId)) {
          nextProfile = { chatId: env.chatId, firstName: env.user.firstName, contact: null, firstSeen: at, ...profile };
          nextProfile.chatId = env.chatId;
        }
        if (r.profile && r.profile.locale) locale = r.profile.locale;
        const finalState = r.profile === null ? null : r.state;
        committed = finalState ? { state: finalState, version: start.session.version + 1 } : null;
        wantsEnrichment = deps.modelEnabled && input.type === "text" && !!rEnv.route && !!finalState?.draft && finalState.step !== "review" && finalState.step !== "me-too";
        // A button press: its keyboard has done its job and goes; a stale one answers on the button itself.
        let toast: Reply | undefined;
        let origin: TurnDecision["origin"];
        if (input.type === "button") {
          if (replies.length === 1 && (STALE_KEYS.has(replies[0]!.key) || staleTopic) && items.length === 0) {
            toast = replies[0];
            replies = [];
          }
          if (input.messageId !== undefined) origin = { messageId: input.messageId, clearKeyboard: true };
        }
        const decision: TurnDecision<Notice> = {
          commit: {
            session: finalState ? session(finalState) : { expectedVersion: start.session.version, value: null, ttlSeconds: 1 },
            ...(nextProfile !== undefined && { profile: { expectedVersion: start.profile.version, value: nextProfile } }),
            ...(items.length && { items }),
            ...(r.forget && { forgetResident: userId }),
            ...(r.clearQuestion && !r.forget && { questionsFor: [{ residentId: userId, code: null }] }),
          },
          replies,
          notices,
          locale,
          ...(origin && { origin }),
          ...(toast && { toast }),
        };
        return decision;
      });

      await hooks.acknowledge?.(result.outcome === "handled" ? result.toast : undefined).catch(() => undefined);
      // Owed messages of earlier turns first, then this turn's: the rules' answer goes out before any model is asked;
      // with `defer` the notices to others go on after the response.
      await deps.outbox.deliver(result.batches, { ...(hooks.defer && { defer: hooks.defer }), sender: { bot: "resident", chatId: env.chatId } });
      if (result.outcome === "duplicate") return { outcome: "duplicate", locale, replies: [] };
      await deps.outbox.sendNow(result.direct);

      // The text is stored; only now may a language model look at it (and a slow or failing model changes nothing).
      if (wantsEnrichment && committed) {
        const enrichment = enrich(deps, env, committed, locale).catch((error: unknown) => {
          deps.log?.("model-enrichment-failed", { error: String(error) });
          return null;
        });
        // After the response where the runtime allows: the resident has the rules' answer already, the model's follows.
        if (hooks.defer) {
          hooks.defer(enrichment);
          return { outcome: "handled", locale, replies: result.replies };
        }
        const enriched = await enrichment;
        if (enriched) return { outcome: "handled", locale, replies: [...result.replies, ...enriched] };
      }
      return { outcome: "handled", locale, replies: result.replies };
    },
  };
}

/** Second pass for a text turn when a model is configured: re-route with the model and re-ask only what is still missing. */
async function enrich(deps: ResidentServiceDeps, env: ResidentEnvelope, committed: { state: Conversation; version: number }, locale: Locale): Promise<Reply[] | null> {
  const draft = committed.state.draft;
  if (!draft) return null;
  const routed = await deps.route(draftText(draft), locale, true);
  if (routed.source !== "model") return null;
  let next = applyRoute(draft, routed, deps.directory);
  const step = nextStep(next);
  let state: Conversation = { ...committed.state, step, draft: next };
  let replies = prompt(state.step, next, { locale, directory: deps.directory });
  // The model completed the draft: the open items of its place first ("me too"), its summary a second text.
  const place = step === "review" ? lookupPlace(next) : null;
  if (place !== null) {
    const at = (deps.now ?? Date.now)();
    const open = await deps.items.openAt(place, at - deps.similarDays * 24 * 3600_000);
    next = { ...next, similarPlace: place };
    const cards = meTooCards(next, open.items, { now: at, similarDays: deps.similarDays, user: { id: env.user.id, firstName: env.user.firstName }, chatId: env.chatId, directory: deps.directory, locale });
    state = cards.length ? { ...committed.state, step: "me-too", draft: next, offer: cards } : { ...state, draft: next };
    replies = cards.length ? [meTooOffer(next, cards, { locale, directory: deps.directory })] : prompt(step, next, { locale, directory: deps.directory });
  }
  // Whatever the model improved, if the question is the same the resident has already been asked it.
  const same = JSON.stringify(replies) === JSON.stringify(prompt(committed.state.step, draft, { locale, directory: deps.directory }));
  const ok = await deps.store.commit({
    bot: "resident",
    updateId: env.updateId,
    party: { scope: "resident", userId: env.user.id },
    session: { expectedVersion: committed.version, value: state, ttlSeconds: deps.conversationTtlSeconds, lookupPlace: lookupPlace(state.draft) },
    ...(!same && { outbox: [{ bot: "resident" as const, chatId: env.chatId, locale, replies }], batchId: `resident:${env.updateId}:model` }),
  });
  if (!ok.ok || same) return null; // another update of this chat moved on (its own replies stand), or nothing new to say
  if (ok.batch) await deps.outbox.deliver([ok.batch]);
  return replies;
}

/** Replies that only say a button no longer applies: shown as a toast on the button, not as a message. */
const STALE_KEYS = new Set(["button-expired"]);

/** How long a typed message still counts as the answer to a deputy's question (then it is a new matter again). */
const QUESTION_OPEN_MS = 3 * 24 * 3600_000;

/** The pending question mark `CODE:asked-at`, while it is fresh. */
function pendingQuestion(mark: string | undefined, now: number): { pendingQuestion?: string } {
  const [code, at] = (mark ?? "").split(":");
  return code && Number(at) > now - QUESTION_OPEN_MS ? { pendingQuestion: code } : {};
}

