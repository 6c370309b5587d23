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

/**
 * The route staff read: the router's decision on the text, with its reasons
 * brought in line with what the draft ended as. A place the resident chose
 * (or a pin gave) and a topic the resident chose replace the router's place or
 * topic reasons, and the rule reason is that of the final place and topic, so
 * a card never says "no rule gives a target" for an item that has one.
 */
export function routeAsSubmitted(d: Draft, category: string, text: string, dir: RouteDirectory): Item["route"] {
  const route = d.route ?? { category: d.category, place: d.place, target: d.target, confidence: 0, reasons: [], source: "resident" as const };
  const placeChosen = d.placeBy !== "router" && d.place !== route.place;
  const topicChosen = d.categoryBy === "resident" && category !== route.category;
  if (!placeChosen && !topicChosen && d.target === route.target) return route;
  const reasons = route.reasons.filter((r) => r.kind !== "rule" && !(placeChosen && (r.kind === "place" || r.kind === "subarea")) && !(topicChosen && r.kind === "category"));
  if (placeChosen && d.place !== "unknown") {
    const by = d.placeBy === "pin" ? "pin" : "resident";
    reasons.push({ kind: "place", id: d.place, by, detail: `place "${d.place}" ${by === "pin" ? "from the location pin (inside its boundary)" : "chosen by the resident"}` });
  }
  if (topicChosen) reasons.push({ kind: "category", id: category, by: "resident", detail: `topic "${category}" chosen by the resident` });
  const rule = dir.ruleFor(category, d.place, text);
  reasons.push(rule.target !== null && rule.rule !== null ? { kind: "rule", id: rule.target, rule: rule.rule, detail: `rule ${rule.rule} → ${rule.target}` } : { kind: "rule", detail: "no rule gives a target yet: staff decide" });
  return { ...route, reasons };
}

/** What the route's reasons need from the directory. */
type RouteDirectory = { ruleFor(category: string | null, place: string, text: string): { target: string | null; rule: number | null } };

/** The item a complete draft becomes. Contact details go in only when the resident chose to share them. */
export function itemFromDraft(d: Draft, who: Submitter, env: ViewEnv & { directory: { fallbackCategory: string } & RouteDirectory }): Item {
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
    route: routeAsSubmitted(d, category, text, env.directory),
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
export function submission(d: Draft, who: Submitter, env: ViewEnv & { directory: { fallbackCategory: string } & RouteDirectory }): { item: Item; writes: ItemWrite[]; replies: Reply[] } {
  const item = itemFromDraft(d, who, env);
  const facts = draftFacts({ ...d, category: item.category }, env);
  return {
    item,
    writes: [{ kind: "create", item, queueScore: queueScore(item) }],
    replies: [reply("submitted", { code: item.id, ...facts }, { edit: true })],
  };
}
