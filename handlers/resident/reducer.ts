/**
 * The resident conversation: (state, input, env) → (state, replies, effects).
 * It knows at every moment what it waits for (`state.step`: the matter, a
 * place, a topic, attachments, contact, the read-back, a reply to a deputy,
 * a forget confirmation) and routes every input by that. Pure and
 * synchronous; everything it needs is in `env`, prefetched by the service.
 */
import type { DirectoryView } from "../directory/view.js";
import type { Item } from "../items/model.js";
import { LOCALES, type Locale } from "../locale.js";
import type { ItemWrite } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { packResidentButton, type ResidentButton } from "./callback.js";
import { isCorrection } from "./correction.js";
import { applyRoute, isChatter, isPlaceOnly, newDraft, nextStep, withPinPlace, withResidentPlace, withResidentTopic, type Routed } from "./draft-rules.js";
import { forgetWrites, forgottenPerson } from "./forget.js";
import { declineOffer, lookupPlace, meTooCards, meTooOffer } from "./me-too.js";
import type { ResidentInput } from "./input.js";
import { myItemsView, prompt, statusView, type KeyboardKey } from "./prompts.js";
import { draftText, IDLE, MAX_ITEM_TEXT, MAX_PHOTOS, MAX_TEXT, type Conversation, type Draft, type ResidentProfile } from "./state.js";
import { submission } from "./submission.js";

export type { Routed };

/** Everything the reducer may look at besides state and input; computed by the service beforehand. */
export interface ReduceEnv {
  now: number;
  locale: Locale;
  user: { id: number; firstName?: string };
  chatId: number;
  directory: DirectoryView;
  profile: ResidentProfile | null;
  /** Routing of the draft's text with the new text appended (for text and captions). */
  route?: Routed;
  /** Routing of the new text alone (to tell chatter from content). */
  routeNew?: Routed;
  /** A fresh random draft nonce and item code, in case this turn needs one. */
  newNonce: string;
  newCode: string;
  /** The resident's items, loaded for /my, /status and /forget. */
  items?: Item[];
  /** False when the resident has used up today's item submissions. */
  itemsAllowed: boolean;
  /** The item whose deputy question the resident has yet to answer, if any. */
  pendingQuestion?: string;
  /** SIMILAR_DAYS: how far back an open item may be offered as the same matter. */
  similarDays: number;
  /** The open items of a place, loaded when a draft there became complete (see `ReduceResult.lookup`). */
  similar?: { place: string; items: Item[] };
}

/** What a resident does to one of their submitted items (decided by item-actions.ts with the item loaded). */
export type ItemAction =
  | { code: string; kind: "reply"; text: string }
  | { code: string; kind: "rate"; stars: number; stage: number | null }
  | { code: string; kind: "reopen"; stage: number | null }
  | { code: string; kind: "unfollow" };

/** What a resident does on a consultation topic (decided by the topic service with the topic loaded): a button's answer, or a written view typed after "send my view in writing". */
export type TopicAction = Extract<ResidentButton, { kind: "rsvp" | "evaluate" }> | { kind: "view"; topic: string; text: string };

/** What a turn decided. */
export interface ReduceResult {
  state: Conversation;
  replies: Reply[];
  /** The resident's profile after this turn (null = erase it); undefined = unchanged. */
  profile?: ResidentProfile | null;
  items?: ItemWrite[];
  /** Erase the resident's per-resident index (after /forget). */
  forget?: boolean;
  /** The item a reply-to-question or item button concerns (handled by the item-actions module). */
  itemAction?: ItemAction;
  /** The topic an invitation or evaluation button, or a written view, concerns. */
  topicAction?: TopicAction;
  /** The resident answered (or will not answer) the pending deputy question: forget it. */
  clearQuestion?: boolean;
  /**
   * The draft became complete at this place and its open items were not in
   * `env.similar`: load them and decide the turn again with them (the
   * replies here are the plain read-back, for when they cannot be loaded).
   */
  lookup?: string;
  /** "This is mine too" for this item code: the service loads it and finishes with `joinOffered` (me-too.ts). */
  join?: string;
}

const stay = (state: Conversation, ...replies: Reply[]): ReduceResult => ({ state, replies });
const expired = (state: Conversation): ReduceResult => stay(state, reply("button-expired"));

/**
 * Moves to the draft's next missing step and asks for it. A draft that
 * becomes complete first meets the open items that look like the same
 * matter ("me too"), once per place; while they are offered, anything that
 * leaves the draft complete asks about them again.
 */
function advance(state: Conversation, d: Draft, env: ReduceEnv, lead: Reply[] = []): ReduceResult {
  const step = nextStep(d);
  if (step === "review") {
    const place = lookupPlace(d);
    if (place !== null) {
      const readBackNow: ReduceResult = { state: { ...state, step, draft: d, offer: null }, replies: [...lead, ...prompt(step, d, env)], lookup: place };
      if (env.similar?.place !== place) return readBackNow;
      const checked: Draft = { ...d, similarPlace: place };
      const cards = meTooCards(checked, env.similar.items, env);
      if (cards.length === 0) return { state: { ...state, step, draft: checked, offer: null }, replies: [...lead, ...prompt(step, checked, env)] };
      return { state: { ...state, step: "me-too", draft: checked, offer: cards }, replies: [...lead, meTooOffer(checked, cards, env)] };
    }
    if (state.step === "me-too" && state.offer?.length) return { state: { ...state, draft: d }, replies: [...lead, meTooOffer(d, state.offer, env)] };
  }
  return { state: { ...state, step, draft: d, offer: null }, replies: [...lead, ...prompt(step, d, env)] };
}

/** Where a conversation picks up after an aside (a forget prompt, a reply to a deputy): the offer while it stands, else what the draft lacks. */
function resume(state: Conversation): Conversation["step"] {
  if (!state.draft) return "idle";
  const step = nextStep(state.draft);
  return step === "review" && state.offer?.length ? "me-too" : step;
}

/** The open question again: the offer while it stands, else the step's prompt. */
function ask(state: Conversation, d: Draft, env: ReduceEnv, step: Conversation["step"] = state.step): Reply[] {
  return step === "me-too" && state.offer?.length ? [meTooOffer(d, state.offer, env)] : prompt(step, d, env);
}

function baseProfile(env: ReduceEnv): ResidentProfile {
  return env.profile ?? { chatId: env.chatId, firstName: env.user.firstName, contact: null, firstSeen: env.now };
}

/**
 * The resident conversation: (state, input, env) → (state, replies, effects).
 * Pure and synchronous; everything it needs is in `env`.
 */
export function reduce(state: Conversation, input: ResidentInput, env: ReduceEnv): ReduceResult {
  // A forget confirmation is only valid as the very next answer.
  if (state.step === "confirm-forget" && !(input.type === "button" && input.button?.kind === "forget")) {
    state = { ...state, step: resume(state) };
  }
  switch (input.type) {
    case "command":
      return command(state, input.command, input.args, env);
    case "text":
      return text(state, input.text, env);
    case "photo":
      return photo(state, input.fileId, input.caption, env);
    case "location":
      return location(state, input.latitude, input.longitude, env);
    case "contact":
      return contact(state, input, env);
    case "button":
      return input.button ? button(state, input.button, env) : expired(state);
    case "keyboard":
      return keyboard(state, input.key, env);
    case "unsupported":
      return stay(state, reply(input.kind === "voice" || input.kind === "audio" || input.kind === "video_note" ? "unsupported-voice" : "unsupported", { kind: input.kind }));
  }
}

function command(state: Conversation, name: string, args: string, env: ReduceEnv): ReduceResult {
  switch (name) {
    case "start":
      return stay(state, reply("start-welcome", { name: env.user.firstName ?? "none" }), ...(state.draft ? [reply("draft-waiting")] : []));
    case "help":
      return stay(state, reply("help-resident"));
    case "new":
      return { state: IDLE, replies: [reply("new-started", {}, { removeKeyboard: true })] };
    case "cancel":
      if (!state.draft && state.step === "idle") return stay(state, reply("nothing-to-cancel"));
      return { state: IDLE, replies: [reply("cancelled", {}, { removeKeyboard: true })] };
    case "lang":
      return stay(state, reply("lang-choose", {}, { buttons: [LOCALES.map((l) => ({ key: `lang-name-${l}`, action: packResidentButton({ kind: "lang", locale: l }) }))] }));
    case "privacy":
      return stay(state, reply("privacy"));
    case "forget":
      return {
        state: { ...state, step: "confirm-forget" },
        replies: [reply("forget-confirm", {}, { buttons: [[{ key: "button-forget-yes", action: packResidentButton({ kind: "forget", confirm: true }) }, { key: "button-forget-no", action: packResidentButton({ kind: "forget", confirm: false }) }]] })],
      };
    case "my":
      return stay(state, myItemsView(env.items ?? [], env.user.id));
    case "status": {
      const code = args.trim().toUpperCase().replace(/[\s#]/g, "");
      if (!code) return stay(state, reply("status-usage"));
      const item = (env.items ?? []).find((i) => i.id === code);
      if (!item) return stay(state, reply("status-not-found", { code }));
      return stay(state, statusView(item, env));
    }
    default:
      return stay(state, reply("unknown-command"));
  }
}

function text(state: Conversation, raw: string, env: ReduceEnv): ReduceResult {
  const body = raw.trim();
  if (body.length > MAX_TEXT) return stay(state, reply("text-too-long", { max: MAX_TEXT, length: body.length }));
  if (body.length === 0) return stay(state, ...(state.draft ? ask(state, state.draft, env) : [reply("not-a-suggestion")]));

  if (state.step === "topic-view" && state.viewTopic) {
    const back: Conversation = { ...state, step: resume(state), viewTopic: null };
    return { state: back, replies: [], topicAction: { kind: "view", topic: state.viewTopic, text: body } };
  }

  if (state.step === "reply-to-item" && state.replyTo) {
    const back: Conversation = { ...state, step: resume(state), replyTo: null };
    return { state: back, replies: [], itemAction: { code: state.replyTo, kind: "reply", text: body }, clearQuestion: true };
  }

  const current = state.draft;
  // A deputy asked a question and the resident simply typed: with no draft open it is the answer;
  // with a draft open it could be either, so ask (with buttons) rather than guess.
  if (env.pendingQuestion) {
    if (!current) return { state, replies: [], itemAction: { code: env.pendingQuestion, kind: "reply", text: body }, clearQuestion: true };
    const held = (toDeputy: boolean) => packResidentButton({ kind: "held", nonce: current.nonce, toDeputy });
    return {
      state: { ...state, held: { text: body, code: env.pendingQuestion } },
      replies: [reply("answer-or-draft", { code: env.pendingQuestion }, { buttons: [[{ key: "button-answer-deputy", action: held(true) }], [{ key: "button-add-to-draft", action: held(false) }]] })],
    };
  }

  // "不对，是盘龙街道" / "no, it's in Panlong": a correction of the draft's place or topic, not more words.
  if (current && current.parts.length > 0 && isCorrection(body) && env.routeNew) {
    const fix = env.routeNew;
    const place = fix.place !== "unknown" && fix.place !== "county" && fix.place !== current.place ? fix.place : null;
    // The fallback topic is no evidence: "是好几盏都坏了" says nothing about the topic.
    const category = !place && fix.category !== null && fix.category !== env.directory.fallbackCategory && fix.category !== current.category ? fix.category : null;
    if (place || category) {
      const d = place ? withResidentPlace(current, place, env.directory) : withResidentTopic(current, category!, env.directory);
      return advance(state, d, env, [reply("correction-applied")]);
    }
  }
  const chatter = isChatter(body, env.routeNew);
  if (!current) {
    const nothing = env.routeNew && !env.routeNew.isSuggestion && env.routeNew.place === "unknown" && env.routeNew.category === null;
    if (nothing || !env.route) return stay(state, reply("not-a-suggestion"));
  } else if (chatter && current.parts.length > 0) {
    // "OK", "thanks"… while a draft is open: do not add it to the item; ask the open question again.
    return stay(state, ...ask(state, current, env, state.step === "idle" ? nextStep(current) : state.step));
  }

  // Only a place ("黄石镇"): keep the place, ask what happened; a place is not a matter.
  if ((!current || current.parts.length === 0) && isPlaceOnly(env.routeNew)) {
    const d: Draft = { ...(current ?? newDraft(env.newNonce, env.now)), place: env.routeNew.place, placeBy: "router" };
    return { state: { ...state, step: "ask-text", draft: d }, replies: [reply("ask-what-happened", { place: env.routeNew.place === "county" ? "county" : env.directory.placeName(env.routeNew.place, env.locale) })] };
  }

  const base = current ?? newDraft(env.newNonce, env.now);
  if (draftText(base).length + body.length > MAX_ITEM_TEXT) return stay(state, reply("item-too-long", { max: MAX_ITEM_TEXT }));
  let d: Draft = { ...base, parts: [...base.parts, body] };
  if (env.route) d = applyRoute(d, env.route, env.directory);

  // Text typed while editing the text, or while reviewing, goes back to the review.
  const lead = current && current.parts.length > 0 ? [reply("draft-extended")] : [];
  return advance(state, d, env, lead);
}

function photo(state: Conversation, fileId: string, caption: string | undefined, env: ReduceEnv): ReduceResult {
  let d = state.draft ?? newDraft(env.newNonce, env.now);
  if (d.photos.length >= MAX_PHOTOS) return stay(state, reply("photo-limit", { max: MAX_PHOTOS }));
  d = { ...d, photos: [...d.photos, fileId], attachmentsAsked: true };
  const cap = caption?.trim();
  if (cap) {
    if (cap.length > MAX_TEXT) return stay(state, reply("text-too-long", { max: MAX_TEXT, length: cap.length }));
    d = { ...d, parts: [...d.parts, cap] };
    if (env.route) d = applyRoute(d, env.route, env.directory);
  }
  return advance(state, d, env, [reply("photo-added", { count: d.photos.length, max: MAX_PHOTOS }, { removeKeyboard: true })]);
}

function location(state: Conversation, latitude: number, longitude: number, env: ReduceEnv): ReduceResult {
  let d: Draft = { ...(state.draft ?? newDraft(env.newNonce, env.now)), location: { latitude, longitude }, attachmentsAsked: true };
  // A pin inside a mapped town or street is the place (said, and changeable on the read-back), unless the resident chose one.
  const pinned = d.place === "unknown" && d.placeBy !== "resident" ? env.directory.placeAt(latitude, longitude) : null;
  if (pinned === null) return advance(state, d, env, [reply("location-added", {}, { removeKeyboard: true })]);
  d = withPinPlace(d, pinned, env.directory);
  return advance(state, d, env, [reply("location-place", { place: env.directory.placeName(pinned, env.locale) }, { removeKeyboard: true })]);
}

function contact(state: Conversation, input: Extract<ResidentInput, { type: "contact" }>, env: ReduceEnv): ReduceResult {
  if (!input.ownContact) return stay(state, reply("contact-not-own"));
  const shared = { phone: input.phone, ...(input.name && { name: input.name }) };
  const profile = { ...baseProfile(env), contact: shared };
  if (!state.draft) return { state, replies: [reply("contact-saved", {}, { removeKeyboard: true })], profile };
  const d: Draft = { ...state.draft, contact: shared, contactChoice: "shared" };
  return { ...advance(state, d, env, [reply("contact-thanks", {}, { removeKeyboard: true })]), profile };
}

function button(state: Conversation, b: ResidentButton, env: ReduceEnv): ReduceResult {
  switch (b.kind) {
    // Item buttons from notices (rate, reopen, reply to a deputy's question) are decided with the item loaded.
    case "reply":
      return { state: { ...state, step: "reply-to-item", replyTo: b.code }, replies: [reply("reply-prompt", { code: b.code })] };
    case "rate":
      return { state, replies: [], itemAction: { code: b.code, kind: "rate", stars: b.stars, stage: b.stage } };
    case "reopen":
      return { state, replies: [], itemAction: { code: b.code, kind: "reopen", stage: b.stage } };
    // Topic buttons (a session invitation, an outcome's evaluation) are decided by the topic service with the topic loaded.
    case "rsvp":
    case "evaluate":
      return { state, replies: [], topicAction: b };
    case "view":
      return { state: { ...state, step: "topic-view", viewTopic: b.topic }, replies: [reply("topic-view-prompt")] };
    case "lang":
      return { state, replies: [reply("lang-set")], profile: { ...baseProfile(env), locale: b.locale } };
    case "unfollow":
      return { state, replies: [], itemAction: { code: b.code, kind: "unfollow" } };
    case "forget":
      if (state.step !== "confirm-forget") return expired(state);
      if (!b.confirm) return { state: { ...state, step: resume(state) }, replies: [reply("forget-cancelled")] };
      return forget(env);
    default:
      return draftButton(state, b, env);
  }
}

/** A button of the open draft; any other draft's button is stale. */
function draftButton(state: Conversation, b: Extract<ResidentButton, { nonce: string }>, env: ReduceEnv): ReduceResult {
  const d = state.draft;
  if (!d || b.nonce !== d.nonce) return expired(state);
  switch (b.kind) {
    case "held": {
      const held = state.held;
      if (!held) return expired(state);
      const cleared: Conversation = { ...state, held: null };
      if (b.toDeputy) return { state: cleared, replies: [], itemAction: { code: held.code, kind: "reply", text: held.text }, clearQuestion: true };
      if (draftText(d).length + held.text.length > MAX_ITEM_TEXT) return stay(cleared, reply("item-too-long", { max: MAX_ITEM_TEXT }));
      return advance(cleared, { ...d, parts: [...d.parts, held.text] }, env, [reply("draft-extended")]);
    }
    case "place": {
      if (b.place === "?") return advance(state, { ...d, place: "unknown", placeBy: "resident", placeUnknownOk: true, placeCandidates: [], target: null }, env);
      // "Another place": the whole list.
      if (b.place === "*") {
        if (state.step !== "ask-place") return expired(state);
        return { state: { ...state, draft: { ...d, placeCandidates: [] } }, replies: prompt("ask-place", { ...d, placeCandidates: [], followUp: null }, env) };
      }
      if (!env.directory.hasPlace(b.place)) return expired(state);
      return advance(state, withResidentPlace(d, b.place, env.directory), env);
    }
    case "join":
      // Only an item offered for this draft, while the offer stands.
      if (state.step !== "me-too" || !state.offer?.some((c) => c.code === b.code)) return expired(state);
      return { state, replies: [], join: b.code };
    case "decline":
      if (state.step !== "me-too") return expired(state);
      return declineOffer(state, d, env);
    case "topic":
      if (!env.directory.hasCategory(b.topic)) return expired(state);
      return advance(state, withResidentTopic(d, b.topic, env.directory), env);
    case "draft":
      switch (b.verb) {
        case "submit":
          return submit(state, d, env);
        case "edit":
          return { state: { ...state, step: "edit" }, replies: prompt("edit", d, env) };
        case "back":
          return advance(state, d, env);
        case "cancel":
          return { state: IDLE, replies: [reply("cancelled", {}, { removeKeyboard: true })] };
        case "edit-place":
          return { state: { ...state, step: "ask-place" }, replies: prompt("ask-place", { ...d, followUp: null }, env) };
        case "edit-topic":
          return { state: { ...state, step: "ask-topic" }, replies: prompt("ask-topic", { ...d, followUp: null }, env) };
        case "edit-text":
          return { state: { ...state, step: "ask-text" }, replies: [reply("ask-more-text")] };
        case "edit-contact":
          return advance(state, { ...d, contactChoice: null, contact: null }, env);
      }
  }
}

function keyboard(state: Conversation, key: KeyboardKey, env: ReduceEnv): ReduceResult {
  const d = state.draft;
  if (!d) return { state, replies: [reply("not-a-suggestion", {}, { removeKeyboard: true })] };
  switch (key) {
    case "kb-skip":
      return advance(state, { ...d, attachmentsAsked: true }, env, [reply("ok", {}, { removeKeyboard: true })]);
    case "kb-anonymous":
      return advance(state, { ...d, contactChoice: "anonymous", contact: null }, env, [reply("anonymous-ok", {}, { removeKeyboard: true })]);
    default:
      // The request buttons themselves never arrive as text; anything else re-asks.
      return stay(state, ...ask(state, d, env));
  }
}


function submit(state: Conversation, d: Draft, env: ReduceEnv): ReduceResult {
  if (nextStep(d) !== "review") return advance(state, d, env);
  if (!env.itemsAllowed) return stay(state, reply("items-limit"));
  const s = submission(d, { residentId: env.user.id, chatId: env.chatId, firstName: env.user.firstName, code: env.newCode, now: env.now }, env);
  return { state: IDLE, replies: s.replies, items: s.writes };
}

function forget(env: ReduceEnv): ReduceResult {
  const { writes, owned } = forgetWrites(env.items ?? [], forgottenPerson(env.user, env.chatId, env.profile), env.now);
  return { state: IDLE, replies: [reply("forget-done", { count: owned }, { removeKeyboard: true })], profile: null, items: writes, forget: true };
}
