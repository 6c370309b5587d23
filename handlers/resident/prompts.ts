/**
 * What the resident is shown: the question for each step of a draft, the
 * read-back, the edit menu and item views. Pure; keys + arguments + buttons.
 */
import type { DirectoryView } from "../directory/view.js";
import type { Item } from "../items/model.js";
import type { Locale } from "../locale.js";
import { clipText, reply, type ActionButton, type Reply } from "../replies.js";
import { draftAction, packResidentButton } from "./callback.js";
import { draftText, type Conversation, type Draft } from "./state.js";

/** Reply-keyboard buttons whose text comes back as a message (recognised by the adapter as a keyboard input). */
export const KEYBOARD_KEYS = ["kb-share-location", "kb-skip", "kb-share-contact", "kb-anonymous"] as const;
/** One of our reply-keyboard buttons. */
export type KeyboardKey = (typeof KEYBOARD_KEYS)[number];

/** What a view needs to name places, topics and targets. */
export type ViewEnv = { directory: DirectoryView; locale: Locale };

/** Buttons in rows of `width`. */
export function rows<T>(items: T[], width: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += width) out.push(items.slice(i, i + width));
  return out;
}

/** The question (or the read-back) for a step. */
export function prompt(step: Conversation["step"], d: Draft, env: ViewEnv): Reply[] {
  const { directory: dir, locale } = env;
  const n = d.nonce;
  const placeAction = (place: string) => packResidentButton({ kind: "place", nonce: n, place });
  switch (step) {
    case "ask-text":
      return [reply("ask-text")];
    case "ask-place": {
      const placeButton = (id: string): ActionButton => ({ key: "place-button", args: { name: dir.placeName(id, locale) }, action: placeAction(id) });
      const candidates = d.placeCandidates.filter((id) => dir.places().includes(id));
      if (candidates.length >= 2) {
        // The text names these places and cannot tell which: ask with them, the full list one tap away.
        const names = candidates.map((id) => dir.placeName(id, locale));
        return [
          reply(d.followUp ? "ask-place-model" : "ask-place-which", { question: d.followUp, places: names.join(" / ") }, {
            buttons: [...rows(candidates.map(placeButton), 2), [{ key: "button-other-place", action: placeAction("*") }, { key: "button-not-sure", action: placeAction("?") }]],
          }),
        ];
      }
      const buttons: ActionButton[] = dir.places().map(placeButton);
      // A pin already says where: the question is only which township or street it is in (staff see the exact spot).
      const key = d.followUp ? "ask-place-model" : d.location ? "ask-place-pin" : "ask-place";
      return [reply(key, { question: d.followUp }, { buttons: [...rows(buttons, 2), [{ key: d.location ? "button-pin-not-sure" : "button-not-sure", action: placeAction("?") }]] })];
    }
    case "ask-topic": {
      const buttons: ActionButton[] = dir.categories().map((id) => ({ key: "place-button", args: { name: dir.categoryName(id, locale) }, action: packResidentButton({ kind: "topic", nonce: n, topic: id }) }));
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
            [{ key: "button-edit-place", action: draftAction("edit-place", n) }, { key: "button-edit-topic", action: draftAction("edit-topic", n) }],
            [{ key: "button-edit-text", action: draftAction("edit-text", n) }, { key: "button-edit-contact", action: draftAction("edit-contact", n) }],
            [{ key: "button-back", action: draftAction("back", n) }],
          ],
        }),
      ];
    case "review":
      return [readBack(d, env)];
    default:
      return [];
  }
}

/** The arguments the read-back and the confirmation that replaces it share. */
export function draftFacts(d: Draft, env: ViewEnv) {
  const { directory: dir, locale } = env;
  return {
    summary: d.summary || "—",
    place: d.place === "unknown" ? "unknown" : dir.placeName(d.place, locale),
    topic: dir.categoryName(d.category, locale),
    target: d.target ? dir.targetName(d.target, locale) : "undecided",
  };
}

/** The read-back: everything the item will say, with Submit / Edit / Cancel. */
export function readBack(d: Draft, env: ViewEnv): Reply {
  const n = d.nonce;
  return reply(
    "review-card",
    {
      ...draftFacts(d, env),
      photos: d.photos.length,
      location: d.location ? "yes" : "no",
      contact: d.contactChoice === "shared" && d.contact ? d.contact.phone : "anonymous",
      text: clipText(draftText(d), 1500),
    },
    { buttons: [[{ key: "button-submit", action: draftAction("submit", n) }], [{ key: "button-edit", action: draftAction("edit", n) }, { key: "button-cancel", action: draftAction("cancel", n) }]] },
  );
}

/** One of the resident's items, for /status. */
export function statusView(item: Item, env: ViewEnv): Reply {
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

/** The resident's items, for /my. */
export function myItemsView(items: Item[]): Reply {
  if (items.length === 0) return reply("my-empty");
  const lines = items.map((i) => ({ key: "my-item-line", args: { code: i.id, status: i.status, summary: i.summary } }));
  return reply("my-items", { count: items.length }, { lines });
}
