import { supportOf, type Item } from "../handlers/items/model.js";

/** ISO time for the API. */
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The public JSON of an item (SPEC "Item JSON") without its history, as
 * lists show it. Never the resident's Telegram ids; the contact only when the
 * resident agreed to share it.
 */
export function itemSummaryJson(item: Item) {
  return {
    id: item.id,
    status: item.status,
    text: item.text,
    summary: item.summary,
    category: item.category,
    place: item.place,
    target: item.target,
    urgent: item.urgent,
    locale: item.locale,
    source: item.source,
    created_at: iso(item.createdAt),
    updated_at: iso(item.updatedAt),
    photos: item.photos.length,
    location: item.location,
    contact: item.contactConsent && item.contact ? { name: item.residentName ?? item.contact.name ?? null, phone: item.contact.phone ?? null, email: item.contact.email ?? null } : null,
    route: {
      category: item.route.category,
      place: item.route.place,
      target: item.route.target,
      confidence: item.route.confidence,
      reasons: item.route.reasons.map((r) => r.detail),
      source: item.route.source,
    },
    overrides: item.overrides.map((o) => ({ at: iso(o.at), by: o.by.role, from: o.from, to: o.to, reason: o.reason })),
    merged_into: item.mergedInto,
    answer: item.answer,
    rating: item.rating,
    support: supportOf(item),
    topic: item.topic ?? null,
  };
}

/** The item JSON with its history: who (by role, never by id) did what, when. */
export function itemJson(item: Item) {
  return {
    ...itemSummaryJson(item),
    // Followers' own words, like the item's text; their contact only with their consent; never their ids.
    supporters: (item.followers ?? []).map((f) => ({
      ...(f.at !== undefined && { at: iso(f.at) }),
      note: f.note ?? null,
      contact: f.contactConsent ? { name: f.name ?? null, phone: f.phone ?? null } : null,
      rating: f.rating ?? null,
      ...(f.from !== undefined && { merged_from: f.from }),
    })),
    history: item.history.map((h) => ({
      at: iso(h.at),
      by: h.by.role,
      action: h.action,
      ...(h.from && { from: h.from }),
      ...(h.to && { to: h.to }),
      ...(h.note && { note: h.note }),
    })),
  };
}
