/**
 * Turning a complete draft into an item: urgency, consent to share the
 * contact, the route as staff will read it, and the confirmation that takes
 * the read-back's place.
 */
import { newItem, queueScore, type Item } from "../items/model.js";
import type { ItemWrite } from "../ports.js";
import { clipText, reply, type Reply } from "../replies.js";
import { assessUrgency } from "../triage/urgency.js";
import { draftFacts, type ViewEnv } from "./prompts.js";
import { draftText, type Draft } from "./state.js";

/** Who is submitting, and the code and time the item gets. */
export interface Submitter {
  residentId: number;
  chatId: number;
  firstName?: string;
  code: string;
  now: number;
}

/** The item a complete draft becomes. Contact details go in only when the resident chose to share them. */
export function itemFromDraft(d: Draft, who: Submitter, env: ViewEnv & { directory: { fallbackCategory: string } }): Item {
  const text = draftText(d);
  const category = d.category ?? env.directory.fallbackCategory;
  const urgency = assessUrgency(text, category);
  const consent = d.contactChoice === "shared" && d.contact !== null;
  return newItem({
    id: who.code,
    text,
    summary: d.summary || clipText(text, 60),
    category,
    place: d.place,
    target: d.target,
    urgent: urgency.urgent,
    locale: env.locale,
    source: "telegram",
    residentId: who.residentId,
    residentChatId: who.chatId,
    residentName: consent ? (d.contact?.name ?? who.firstName ?? null) : null,
    contact: consent && d.contact ? { phone: d.contact.phone, ...(d.contact.name && { name: d.contact.name }) } : null,
    contactConsent: consent,
    photos: d.photos,
    location: d.location,
    route: d.route ?? { category: d.category, place: d.place, target: d.target, confidence: 0, reasons: [], source: "resident" },
    createdAt: who.now,
    history: [
      {
        at: who.now,
        by: { role: "resident", id: who.residentId },
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
}

/** What submitting writes and says: the item, and the read-back edited into the confirmation (its buttons gone). */
export function submission(d: Draft, who: Submitter, env: ViewEnv & { directory: { fallbackCategory: string } }): { item: Item; writes: ItemWrite[]; replies: Reply[] } {
  const item = itemFromDraft(d, who, env);
  const facts = draftFacts({ ...d, category: item.category }, env);
  return {
    item,
    writes: [{ kind: "create", item, queueScore: queueScore(item) }],
    replies: [reply("submitted", { code: item.id, ...facts }, { edit: true })],
  };
}
