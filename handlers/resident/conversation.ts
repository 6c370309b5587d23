import { eraseResidentFromItem, type ErasedPerson } from "../privacy/erase.js";
import type { Item } from "../items/model.js";
import { newItem, queueScore } from "../items/model.js";
import { LOCALES, type Locale } from "../locale.js";
import type { ItemWrite } from "../ports.js";
import { clipText, reply, type ActionButton, type Reply } from "../replies.js";
import type { RouteDecision } from "../routing/router.js";
import { assessUrgency } from "../triage/urgency.js";
import type { DirectoryView } from "../directory/view.js";
import { isCorrection } from "./correction.js";
import type { ResidentInput } from "./input.js";
import {
  draftText,
  IDLE,
  MAX_ITEM_TEXT,
  MAX_PHOTOS,
  MAX_TEXT,
  type Conversation,
  type Draft,
  type ResidentProfile,
} from "./state.js";

/** A routing answer for a text, as the conversation consumes it. */
export type Routed = RouteDecision & { source: "rules" | "model"; followUp?: string };

/** Reply-keyboard buttons whose text comes back as a message (mapped by the adapter to `kb:<key>`). */
export const KEYBOARD_KEYS = ["kb-share-location", "kb-skip", "kb-share-contact", "kb-anonymous"] as const;

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
}

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
  itemAction?: { code: string; action: string; text?: string };
  /** The resident answered (or will not answer) the pending deputy question: forget it. */
  clearQuestion?: boolean;
}

const stay = (state: Conversation, ...replies: Reply[]): ReduceResult => ({ state, replies });

/** The first thing a draft still lacks, or review when it is complete. */
export function nextStep(d: Draft): Conversation["step"] {
  if (d.parts.length === 0) return "ask-text";
  if (d.place === "unknown" && !d.placeUnknownOk) return "ask-place";
  if (d.category === null) return "ask-topic";
  if (!d.attachmentsAsked && d.photos.length === 0 && d.location === null) return "ask-attachments";
  if (d.contactChoice === null) return "ask-contact";
  return "review";
}

/** The question (or the review card) for a step. */
export function prompt(step: Conversation["step"], d: Draft, env: Pick<ReduceEnv, "directory" | "locale">): Reply[] {
  const { directory: dir, locale } = env;
  const n = d.nonce;
  switch (step) {
    case "ask-text":
      return [reply("ask-text")];
    case "ask-place": {
      const placeButton = (id: string): ActionButton => ({ key: "place-button", args: { name: dir.placeName(id, locale) }, action: `p:${n}:${id}` });
      const candidates = d.placeCandidates.filter((id) => dir.places().includes(id));
      if (candidates.length >= 2) {
        // The text names these places and cannot tell which: ask with them, the full list one tap away.
        const names = candidates.map((id) => dir.placeName(id, locale));
        return [
          reply(d.followUp ? "ask-place-model" : "ask-place-which", { question: d.followUp, places: names.join(" / ") }, {
            buttons: [...rows(candidates.map(placeButton), 2), [{ key: "button-other-place", action: `p:${n}:*` }, { key: "button-not-sure", action: `p:${n}:?` }]],
          }),
        ];
      }
      const buttons: ActionButton[] = dir.places().map(placeButton);
      return [reply(d.followUp ? "ask-place-model" : "ask-place", { question: d.followUp }, { buttons: [...rows(buttons, 2), [{ key: "button-not-sure", action: `p:${n}:?` }]] })];
    }
    case "ask-topic": {
      const buttons: ActionButton[] = dir.categories().map((id) => ({ key: "place-button", args: { name: dir.categoryName(id, locale) }, action: `t:${n}:${id}` }));
      return [reply(d.followUp ? "ask-topic-model" : "ask-topic", { question: d.followUp }, { buttons: rows(buttons, 2) })];
    }
    case "ask-attachments":
      return [reply("ask-attachments", {}, { request: { kind: "location", key: "kb-share-location", cancelKey: "kb-skip" } })];
    case "ask-contact":
      return [reply("ask-contact", {}, { request: { kind: "contact", key: "kb-share-contact", cancelKey: "kb-anonymous" } })];
    case "edit":
      return [
        reply("edit-menu", {}, {
          buttons: [
            [{ key: "button-edit-place", action: `ep:${n}` }, { key: "button-edit-topic", action: `et:${n}` }],
            [{ key: "button-edit-text", action: `ed:${n}` }, { key: "button-edit-contact", action: `ec:${n}` }],
            [{ key: "button-back", action: `b:${n}` }],
          ],
        }),
      ];
    case "review":
      return [reviewCard(d, env)];
    default:
      return [];
  }
}

function reviewCard(d: Draft, env: Pick<ReduceEnv, "directory" | "locale">): Reply {
  const { directory: dir, locale } = env;
  const n = d.nonce;
  return reply(
    "review-card",
    {
      summary: d.summary || "—",
      place: d.place === "unknown" ? "unknown" : dir.placeName(d.place, locale),
      topic: dir.categoryName(d.category, locale),
      target: d.target ? dir.targetName(d.target, locale) : "undecided",
      photos: d.photos.length,
      location: d.location ? "yes" : "no",
      contact: d.contactChoice === "shared" && d.contact ? d.contact.phone : "anonymous",
      text: clipText(draftText(d), 1500),
    },
    { buttons: [[{ key: "button-submit", action: `s:${n}` }], [{ key: "button-edit", action: `e:${n}` }, { key: "button-cancel", action: `x:${n}` }]] },
  );
}

function rows<T>(items: T[], width: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += width) out.push(items.slice(i, i + width));
  return out;
}


/** Applies a routing answer to a draft: the resident's own choices always win over the router's (or the model's). */
export function applyRoute(d: Draft, route: Routed, dir: DirectoryView): Draft {
  const place = d.placeBy === "resident" ? d.place : route.place !== "unknown" ? route.place : d.place;
  const category = d.categoryBy === "resident" ? d.category : (route.category ?? d.category);
  const text = draftText(d);
  return {
    ...d,
    summary: route.summary || d.summary,
    place,
    category,
    target: dir.targetFor(category, place, text),
    route: { category: route.category, place: route.place, target: route.target, confidence: route.confidence, reasons: route.reasons.map((r) => ({ ...r })), source: route.source },
    followUp: route.followUp ?? null,
    placeCandidates: place === "unknown" ? [...(route.placeCandidates ?? [])] : [],
  };
}

function newDraft(env: ReduceEnv): Draft {
  return {
    nonce: env.newNonce,
    parts: [],
    summary: "",
    place: "unknown",
    category: null,
    target: null,
    placeBy: "router",
    categoryBy: "router",
    route: null,
    placeUnknownOk: false,
    placeCandidates: [],
    photos: [],
    location: null,
    attachmentsAsked: false,
    contactChoice: null,
    contact: null,
    followUp: null,
    startedAt: env.now,
  };
}

/** Moves to the draft's next missing step and asks for it. */
function advance(state: Conversation, d: Draft, env: ReduceEnv, lead: Reply[] = []): ReduceResult {
  const step = nextStep(d);
  return { state: { ...state, step, draft: d }, replies: [...lead, ...prompt(step, d, env)] };
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
  if (state.step === "confirm-forget" && !(input.type === "button" && input.action.startsWith("f:"))) {
    state = { ...state, step: state.draft ? nextStep(state.draft) : "idle" };
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
      return button(state, input.action, env);
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
      return stay(state, reply("lang-choose", {}, { buttons: [LOCALES.map((l) => ({ key: `lang-name-${l}`, action: `l:${l}` }))] }));
    case "privacy":
      return stay(state, reply("privacy"));
    case "forget":
      return { state: { ...state, step: "confirm-forget" }, replies: [reply("forget-confirm", {}, { buttons: [[{ key: "button-forget-yes", action: "f:yes" }, { key: "button-forget-no", action: "f:no" }]] })] };
    case "my": {
      const items = env.items ?? [];
      if (items.length === 0) return stay(state, reply("my-empty"));
      const lines = items.map((i) => ({ key: "my-item-line", args: { code: i.id, status: i.status, summary: i.summary } }));
      return stay(state, reply("my-items", { count: items.length }, { lines }));
    }
    case "status": {
      const code = args.trim().toUpperCase().replace(/[\s#]/g, "");
      if (!code) return stay(state, reply("status-usage"));
      const item = (env.items ?? []).find((i) => i.id === code);
      if (!item) return stay(state, reply("status-not-found", { code }));
      return stay(state, statusReply(item, env));
    }
    default:
      return stay(state, reply("unknown-command"));
  }
}

function statusReply(item: Item, env: ReduceEnv): Reply {
  const { directory: dir, locale } = env;
  return reply("status-item", {
    code: item.id,
    status: item.status,
    summary: item.summary,
    target: item.target ? dir.targetName(item.target, locale) : "undecided",
    answer: item.answer ?? "none",
    rating: item.rating ?? "none",
  });
}

function text(state: Conversation, raw: string, env: ReduceEnv): ReduceResult {
  const body = raw.trim();
  if (body.length > MAX_TEXT) return stay(state, reply("text-too-long", { max: MAX_TEXT, length: body.length }));
  if (body.length === 0) return stay(state, ...(state.draft ? prompt(state.step, state.draft, env) : [reply("not-a-suggestion")]));

  if (state.step === "reply-to-item" && state.replyTo) {
    const back: Conversation = { ...state, step: state.draft ? nextStep(state.draft) : "idle", replyTo: null };
    return { state: back, replies: [], itemAction: { code: state.replyTo, action: "reply", text: body }, clearQuestion: true };
  }

  const current = state.draft;
  // A deputy asked a question and the resident simply typed: with no draft open it is the answer;
  // with a draft open it could be either, so ask (with buttons) rather than guess.
  if (env.pendingQuestion) {
    if (!current) return { state, replies: [], itemAction: { code: env.pendingQuestion, action: "reply", text: body }, clearQuestion: true };
    return { state: { ...state, held: { text: body, code: env.pendingQuestion } }, replies: [reply("answer-or-draft", { code: env.pendingQuestion }, { buttons: [[{ key: "button-answer-deputy", action: `qa:${current.nonce}:y` }], [{ key: "button-add-to-draft", action: `qa:${current.nonce}:n` }]] })] };
  }

  // "不对，是盘龙街道" / "no, it's in Panlong": a correction of the draft's place or topic, not more words.
  if (current && current.parts.length > 0 && isCorrection(body) && env.routeNew) {
    const fix = env.routeNew;
    const place = fix.place !== "unknown" && fix.place !== "county" && fix.place !== current.place ? fix.place : null;
    // The fallback topic is no evidence: "是好几盏都坏了" says nothing about the topic.
    const category = !place && fix.category !== null && fix.category !== env.directory.fallbackCategory && fix.category !== current.category ? fix.category : null;
    if (place || category) {
      let d: Draft = { ...current };
      if (place) d = { ...d, place, placeBy: "resident", placeUnknownOk: false, placeCandidates: [] };
      if (category) d = { ...d, category, categoryBy: "resident" };
      d = { ...d, target: env.directory.targetFor(d.category, d.place, draftText(d)) };
      return advance(state, d, env, [reply("correction-applied")]);
    }
  }
  const chatter = isChatter(body, env.routeNew);
  if (!current) {
    const nothing = env.routeNew && !env.routeNew.isSuggestion && env.routeNew.place === "unknown" && env.routeNew.category === null;
    if (nothing || !env.route) return stay(state, reply("not-a-suggestion"));
  } else if (chatter && current.parts.length > 0) {
    // "OK", "thanks"… while a draft is open: do not add it to the item; ask the open question again.
    return stay(state, ...prompt(state.step === "idle" ? nextStep(current) : state.step, current, env));
  }

  // Only a place ("黄石镇"): keep the place, ask what happened; a place is not a matter.
  if ((!current || current.parts.length === 0) && env.routeNew && !env.routeNew.isSuggestion && env.routeNew.category === null && env.routeNew.place !== "unknown") {
    const d: Draft = { ...(current ?? newDraft(env)), place: env.routeNew.place, placeBy: "router" };
    return { state: { ...state, step: "ask-text", draft: d }, replies: [reply("ask-what-happened", { place: env.routeNew.place === "county" ? "county" : env.directory.placeName(env.routeNew.place, env.locale) })] };
  }

  const base = current ?? newDraft(env);
  if (draftText(base).length + body.length > MAX_ITEM_TEXT) return stay(state, reply("item-too-long", { max: MAX_ITEM_TEXT }));
  let d: Draft = { ...base, parts: [...base.parts, body] };
  if (env.route) d = applyRoute(d, env.route, env.directory);

  // Text typed while editing the text, or while reviewing, goes back to the review.
  const lead = current && current.parts.length > 0 ? [reply("draft-extended")] : [];
  return advance(state, d, env, lead);
}

/**
 * "OK", "thanks", "嗯" — short acknowledgements that carry no matter, place
 * or topic. A longer fragment ("已经持续三天了") is content even if it is not a
 * suggestion on its own, so it joins the open draft.
 */
export function isChatter(text: string, routeNew: Routed | undefined): boolean {
  if (!routeNew || routeNew.isSuggestion || routeNew.place !== "unknown" || routeNew.category !== null) return false;
  return isShort(text);
}

/** Short enough to be an acknowledgement; longer texts are never chatter, so they need no routing of their own. */
export function isShort(text: string): boolean {
  const bare = text.replace(/[\s\p{P}\p{S}]/gu, "");
  return /^[\p{Script=Han}]{0,5}$/u.test(bare) || /^[a-z]{0,12}$/i.test(bare) || bare.length <= 3;
}

function photo(state: Conversation, fileId: string, caption: string | undefined, env: ReduceEnv): ReduceResult {
  let d = state.draft ?? newDraft(env);
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
  const d: Draft = { ...(state.draft ?? newDraft(env)), location: { latitude, longitude }, attachmentsAsked: true };
  return advance(state, d, env, [reply("location-added", {}, { removeKeyboard: true })]);
}

function contact(state: Conversation, input: Extract<ResidentInput, { type: "contact" }>, env: ReduceEnv): ReduceResult {
  if (!input.ownContact) return stay(state, reply("contact-not-own"));
  const shared = { phone: input.phone, ...(input.name && { name: input.name }) };
  const profile = { ...baseProfile(env), contact: shared };
  if (!state.draft) return { state, replies: [reply("contact-saved", {}, { removeKeyboard: true })], profile };
  const d: Draft = { ...state.draft, contact: shared, contactChoice: "shared" };
  return { ...advance(state, d, env, [reply("contact-thanks", {}, { removeKeyboard: true })]), profile };
}

function button(state: Conversation, action: string, env: ReduceEnv): ReduceResult {
  // Item buttons from notices (rate, reopen, reply to a deputy's question) are handled with the item loaded.
  if (action.startsWith("i:")) {
    const [, verb, code, ...rest] = action.split(":");
    // Everything after the code goes on, so "i:r:CODE:5:5" reaches the strict parse whole.
    const arg = rest.join(":");
    if (!verb || !code) return stay(state, reply("button-expired"));
    if (verb === "q") return { state: { ...state, step: "reply-to-item", replyTo: code }, replies: [reply("reply-prompt", { code })] };
    return { state, replies: [], itemAction: { code, action: arg ? `${verb}:${arg}` : verb } };
  }
  if (action.startsWith("l:")) {
    const locale = action.slice(2) as Locale;
    if (!(LOCALES as readonly string[]).includes(locale)) return stay(state, reply("button-expired"));
    return { state, replies: [reply("lang-set")], profile: { ...baseProfile(env), locale } };
  }
  if (action === "f:yes" || action === "f:no") {
    if (state.step !== "confirm-forget") return stay(state, reply("button-expired"));
    if (action === "f:no") return { state: { ...state, step: state.draft ? nextStep(state.draft) : "idle" }, replies: [reply("forget-cancelled")] };
    return forget(env);
  }
  if (action.startsWith("kb:")) return keyboard(state, action.slice(3), env);

  const [verb, nonce, arg] = action.split(":");
  const d = state.draft;
  if (!d || nonce !== d.nonce) return stay(state, reply("button-expired"));
  if (verb === "qa") {
    const held = state.held;
    if (!held) return stay(state, reply("button-expired"));
    const cleared: Conversation = { ...state, held: null };
    if (arg === "y") return { state: cleared, replies: [], itemAction: { code: held.code, action: "reply", text: held.text }, clearQuestion: true };
    if (arg === "n") {
      if (draftText(d).length + held.text.length > MAX_ITEM_TEXT) return stay(cleared, reply("item-too-long", { max: MAX_ITEM_TEXT }));
      return advance(cleared, { ...d, parts: [...d.parts, held.text] }, env, [reply("draft-extended")]);
    }
    return stay(state, reply("button-expired"));
  }
  switch (verb) {
    case "p": {
      if (arg === "?") return advance(state, { ...d, place: "unknown", placeBy: "resident", placeUnknownOk: true, placeCandidates: [], target: null }, env);
      // "Another place": the whole list.
      if (arg === "*" && state.step === "ask-place") return { state: { ...state, draft: { ...d, placeCandidates: [] } }, replies: prompt("ask-place", { ...d, placeCandidates: [], followUp: null }, env) };
      if (!arg || !env.directory.hasPlace(arg)) return stay(state, reply("button-expired"));
      const next = { ...d, place: arg, placeBy: "resident" as const, placeUnknownOk: false, placeCandidates: [] };
      return advance(state, { ...next, target: env.directory.targetFor(next.category, arg, draftText(next)) }, env);
    }
    case "t": {
      if (!arg || !env.directory.hasCategory(arg)) return stay(state, reply("button-expired"));
      const next = { ...d, category: arg, categoryBy: "resident" as const };
      return advance(state, { ...next, target: env.directory.targetFor(arg, next.place, draftText(next)) }, env);
    }
    case "s":
      return submit(state, d, env);
    case "e":
      return { state: { ...state, step: "edit" }, replies: prompt("edit", d, env) };
    case "b":
      return advance(state, d, env);
    case "x":
      return { state: IDLE, replies: [reply("cancelled", {}, { removeKeyboard: true })] };
    case "ep":
      return { state: { ...state, step: "ask-place" }, replies: prompt("ask-place", { ...d, followUp: null }, env) };
    case "et":
      return { state: { ...state, step: "ask-topic" }, replies: prompt("ask-topic", { ...d, followUp: null }, env) };
    case "ed":
      return { state: { ...state, step: "ask-text" }, replies: [reply("ask-more-text")] };
    case "ec":
      return advance(state, { ...d, contactChoice: null, contact: null }, env);
    default:
      return stay(state, reply("button-expired"));
  }
}

function keyboard(state: Conversation, key: string, env: ReduceEnv): ReduceResult {
  const d = state.draft;
  if (!d) return { state, replies: [reply("not-a-suggestion", {}, { removeKeyboard: true })] };
  switch (key) {
    case "kb-skip":
      return advance(state, { ...d, attachmentsAsked: true }, env, [reply("ok", {}, { removeKeyboard: true })]);
    case "kb-anonymous":
      return advance(state, { ...d, contactChoice: "anonymous", contact: null }, env, [reply("anonymous-ok", {}, { removeKeyboard: true })]);
    default:
      // The request buttons themselves never arrive as text; anything else re-asks.
      return stay(state, ...prompt(state.step, d, env));
  }
}

function submit(state: Conversation, d: Draft, env: ReduceEnv): ReduceResult {
  if (nextStep(d) !== "review") return advance(state, d, env);
  if (!env.itemsAllowed) return stay(state, reply("items-limit"));
  const text = draftText(d);
  const category = d.category ?? env.directory.fallbackCategory;
  const urgency = assessUrgency(text, category);
  const consent = d.contactChoice === "shared" && d.contact !== null;
  const item: Item = newItem({
    id: env.newCode,
    text,
    summary: d.summary || clipText(text, 60),
    category,
    place: d.place,
    target: d.target,
    urgent: urgency.urgent,
    locale: env.locale,
    source: "telegram",
    residentId: env.user.id,
    residentChatId: env.chatId,
    residentName: consent ? (d.contact?.name ?? env.user.firstName ?? null) : null,
    contact: consent && d.contact ? { phone: d.contact.phone, ...(d.contact.name && { name: d.contact.name }) } : null,
    contactConsent: consent,
    photos: d.photos,
    location: d.location,
    route: d.route ?? { category: d.category, place: d.place, target: d.target, confidence: 0, reasons: [], source: "resident" },
    createdAt: env.now,
    history: [
      {
        at: env.now,
        by: { role: "resident", id: env.user.id },
        action: "submitted",
        to: "new",
        data: {
          placeBy: d.placeBy,
          categoryBy: d.categoryBy,
          ...(urgency.urgent && { urgentWords: urgency.words }),
        },
      },
    ],
  });
  const target = d.target ? env.directory.targetName(d.target, env.locale) : "undecided";
  return {
    state: IDLE,
    // The read-back's buttons go (the service clears the pressed keyboard); the confirmation follows it.
    replies: [reply("submitted", { code: item.id, target }, { removeKeyboard: true })],
    items: [{ kind: "create", item, queueScore: queueScore(item) }],
  };
}

function forget(env: ReduceEnv): ReduceResult {
  const me = env.user.id;
  const who: ErasedPerson = {
    residentId: me,
    chatId: env.chatId,
    names: [env.user.firstName, env.profile?.firstName, env.profile?.contact?.name].filter((n): n is string => !!n),
    phones: env.profile?.contact?.phone ? [env.profile.contact.phone] : [],
  };
  const writes: ItemWrite[] = (env.items ?? []).map((i) => ({ kind: "update", expectedRev: i.rev, item: eraseResidentFromItem(i, who, env.now) }));
  const owned = (env.items ?? []).filter((i) => i.residentId === me).length;
  return { state: IDLE, replies: [reply("forget-done", { count: owned }, { removeKeyboard: true })], profile: null, items: writes, forget: true };
}
