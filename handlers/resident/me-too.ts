/**
 * "Me too" at intake: when a draft becomes complete, the open items that look
 * like the same matter are offered before the read-back; joining one makes
 * the resident its follower instead of raising a second item. Pure: the
 * candidates come in prefetched, the joined item comes in loaded.
 */
import type { DirectoryView } from "../directory/view.js";
import { followersWrite, follows, joinItem } from "../items/followers.js";
import { supportOf, type Follower, type Item } from "../items/model.js";
import { similarItems } from "../items/similarity.js";
import type { Locale } from "../locale.js";
import type { ItemWrite } from "../ports.js";
import { clipText, reply, type Reply } from "../replies.js";
import { packResidentButton } from "./callback.js";
import { readBack, type ViewEnv } from "./prompts.js";
import { draftText, IDLE, type Conversation, type Draft, type OfferCard } from "./state.js";


/** What the offer needs besides the draft. */
export interface MeTooEnv extends ViewEnv {
  now: number;
  /** SIMILAR_DAYS: how far back an open item may be offered. */
  similarDays: number;
  user: { id: number; firstName?: string };
  chatId: number;
  directory: DirectoryView;
}

/**
 * The place whose open items a draft still wants looked at: its known place,
 * unless it was looked at already (declining or a lookup without matches keeps it so).
 */
export function lookupPlace(d: Draft | null): string | null {
  if (!d || d.place === "unknown" || d.similarPlace === d.place) return null;
  return d.place;
}

/**
 * The open items of the draft's place that look like its matter, as cards,
 * best first: never the resident's own, one they already follow, or one they
 * turned down for this draft. The model's summary (when a model read the
 * text) is a second text, judged by the same rules.
 */
export function meTooCards(d: Draft, items: readonly Item[], env: MeTooEnv): OfferCard[] {
  const mine = new Set(items.filter((i) => i.residentId === env.user.id || follows(i, env.user.id)).map((i) => i.id));
  for (const code of d.declined) mine.add(code);
  const texts = [draftText(d), ...(d.route?.source === "model" && d.summary ? [d.summary] : [])];
  const matches = similarItems({ texts, place: d.place, category: d.category }, items, { now: env.now, days: env.similarDays, strip: env.directory.placeWords(d.place), exclude: mine });
  return matches.map(({ item }) => ({ code: item.id, summary: clipText(item.summary, 120), target: item.target, status: item.status, support: supportOf(item) }));
}

/** The offer: one short card per candidate, each with "this is mine too", and one "no, mine is different". */
export function meTooOffer(d: Draft, cards: readonly OfferCard[], env: ViewEnv, edit = false): Reply {
  const { directory: dir, locale } = env;
  return reply("me-too-offer", { count: cards.length }, {
    lines: cards.map((c) => ({ key: "me-too-card", args: { code: c.code, summary: c.summary, status: c.status, support: c.support, target: c.target ? dir.targetName(c.target, locale) : "undecided" } })),
    buttons: [
      ...cards.map((c) => [{ key: "button-me-too", args: { code: c.code }, action: packResidentButton({ kind: "join", nonce: d.nonce, code: c.code }) }]),
      [{ key: "button-not-mine", action: packResidentButton({ kind: "decline", nonce: d.nonce }) }],
    ],
    ...(edit && { edit: true }),
  });
}

/** "No, mine is different": the offered items are set aside for this draft, and the read-back takes the offer's place. */
export function declineOffer(state: Conversation, d: Draft, env: ViewEnv): { state: Conversation; replies: Reply[] } {
  const declined = [...new Set([...d.declined, ...(state.offer ?? []).map((c) => c.code)])].slice(-30);
  const next: Draft = { ...d, declined };
  return { state: { ...state, step: "review", draft: next, offer: null }, replies: [{ ...readBack(next, env), edit: true }] };
}

/** The resident as a follower: their words as the note, their contact only if they chose to share it. */
export function followerOfDraft(d: Draft, env: MeTooEnv, locale: Locale): Follower {
  const consent = d.contactChoice === "shared" && d.contact !== null;
  const name = d.contact?.name ?? env.user.firstName;
  return {
    residentId: env.user.id,
    chatId: env.chatId,
    locale,
    at: env.now,
    note: draftText(d).slice(0, 4000),
    ...(consent && { contactConsent: true, phone: d.contact!.phone, ...(name && { name }) }),
  };
}

/**
 * "This is mine too", with the item as it is now (null: gone). Joined: the
 * draft ends, the offer becomes a confirmation naming the item's code, and
 * the item gains a follower (support + 1, in the resident's /my). Already
 * backing it: the same confirmation, nothing written. Closed or full since
 * the offer: said so, and on to the read-back so the draft can still go in.
 */
export function joinOffered(state: Conversation, d: Draft, loaded: { item: Item; rev: number } | null, env: MeTooEnv): { state: Conversation; replies: Reply[]; items: ItemWrite[] } {
  const code = loaded?.item.id;
  const joined = loaded ? joinItem(loaded.item, followerOfDraft(d, env, env.locale), env.now) : "closed";
  if (joined === "already" && loaded) return { state: IDLE, replies: [joinedReply(loaded.item, env)], items: [] };
  if (typeof joined === "string" || !loaded) {
    const back = declineOffer(state, d, env);
    return { state: back.state, replies: [reply("me-too-closed", { code: code ?? "—" }, { edit: true }), { ...back.replies[0]!, edit: false }], items: [] };
  }
  return {
    state: IDLE,
    replies: [joinedReply(joined, env)],
    items: [followersWrite(loaded.item, joined, { indexForResidents: [env.user.id] })],
  };
}

function joinedReply(item: Item, env: ViewEnv): Reply {
  return reply("me-too-joined", { code: item.id, summary: item.summary, support: supportOf(item), target: item.target ? env.directory.targetName(item.target, env.locale) : "undecided" }, { edit: true, removeKeyboard: true });
}
