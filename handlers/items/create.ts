/**
 * Building an item that did not come through the resident bot (an Open311
 * client, an integrator). It becomes a first-class item: status "new", routed
 * by the same deterministic directory rules, on the same triage queue.
 */
import type { CategoryId, Directory } from "../directory/schema.js";
import type { Locale } from "../locale.js";
import type { ItemWrite } from "../ports.js";
import { applyRules, summarize, type RouteReason, type Router } from "../routing/router.js";
import { assessUrgency } from "../triage/urgency.js";
import { newItem, queueScore, type Actor, type Item, type RouteReasonRecord } from "./model.js";

/** What an outside client submits. `category` must be a directory category id (the caller checks). */
export interface ExternalSubmission {
  source: "open311" | "api";
  /** The requester's own words. */
  description: string;
  category: CategoryId;
  /** A free-text address; read for the place before the description is. */
  address?: string | null;
  location?: { latitude: number; longitude: number } | null;
  /** Contact details the requester volunteered. */
  contact?: { name?: string; phone?: string; email?: string } | null;
  locale: Locale;
}

/** Everything outside the submission that the item depends on. */
export interface ExternalEnv {
  id: string;
  now: number;
  directory: Directory;
  router: Router;
  /** Who submitted, as recorded in the history (role "api"). */
  by?: Actor;
}

const PLACE_REASONS = new Set<RouteReason["kind"]>(["place", "subarea"]);

/**
 * Builds the item for an outside submission, and its create write with the
 * queue score. The given category is taken as is (the client chose it); the
 * place comes from the address, else from the description, never guessed;
 * the target from the directory's rule table, null when the rules need a
 * place the text does not name (staff decide, as for the resident bot).
 * Contact details are stored with consent: the requester gave them for this.
 */
export function buildExternalItem(sub: ExternalSubmission, env: ExternalEnv): { item: Item; write: ItemWrite } {
  const address = sub.address?.trim() || null;
  const fromAddress = address ? env.router.route(address) : null;
  const fromText = env.router.route(sub.description);
  const placeBy = fromAddress && fromAddress.place !== "unknown" ? "address" : fromText.place !== "unknown" ? "description" : null;
  const decision = placeBy === "address" ? fromAddress! : fromText;
  const place = decision.place;
  // Rules that look for a sub-area (北部新区…) read both texts.
  const routedText = address ? `${address}\n${sub.description}` : sub.description;
  const rule = applyRules(env.directory, { category: sub.category, place, text: routedText });
  const byPlace = rule.rule !== null && env.directory.rules[rule.rule - 1]?.target === "by-place";
  const reasons: RouteReasonRecord[] = [
    { kind: "category", id: sub.category, detail: `topic "${sub.category}" chosen by the ${sub.source} client (service_code)` },
    ...decision.reasons.filter((r) => PLACE_REASONS.has(r.kind)).map((r) => ({ ...r, detail: `${r.detail} (from the ${placeBy})` })),
    rule.target !== null
      ? { kind: "rule" as const, id: rule.target, rule: rule.rule!, detail: `rule ${rule.rule}${byPlace ? ` (by place "${place}")` : ""} → ${rule.target}` }
      : { kind: "rule" as const, detail: `no rule gives a target for topic "${sub.category}" without a place; staff decide` },
  ];
  // The topic is given, so only a place read from text makes the target less than certain.
  const confidence = rule.target === null ? 0 : byPlace ? 0.8 : 1;
  const text = address ? `${sub.description}\n📍 ${address}` : sub.description;
  const urgency = assessUrgency(text, sub.category);
  const contact = cleanContact(sub.contact);
  const by: Actor = env.by ?? { role: "api", name: sub.source };
  const item: Item = newItem({
    id: env.id,
    text,
    summary: summarize(sub.description) || sub.description.slice(0, 60),
    category: sub.category,
    place,
    target: rule.target,
    urgent: urgency.urgent,
    locale: sub.locale,
    source: sub.source,
    residentName: contact?.name ?? null,
    contact,
    contactConsent: contact !== null,
    location: sub.location ?? null,
    route: { category: sub.category, place, target: rule.target, confidence, reasons, source: "rules" },
    createdAt: env.now,
    history: [
      {
        at: env.now,
        by,
        action: "submitted",
        to: "new",
        data: { source: sub.source, categoryBy: "client", placeBy, ...(urgency.urgent && { urgentWords: urgency.words }) },
      },
    ],
  });
  return { item, write: { kind: "create", item, queueScore: queueScore(item) } };
}

function cleanContact(contact: ExternalSubmission["contact"]): Item["contact"] {
  if (!contact) return null;
  const name = contact.name?.trim();
  const phone = contact.phone?.trim();
  const email = contact.email?.trim();
  if (!name && !phone && !email) return null;
  return { ...(name && { name }), ...(phone && { phone }), ...(email && { email }) };
}
