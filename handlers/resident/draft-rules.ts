/**
 * The rules of a draft: what it still lacks, how a routing answer changes it,
 * and which texts carry no matter at all. Pure; used by the reducer and the
 * service's model pass.
 */
import type { DirectoryView } from "../directory/view.js";
import type { RouteDecision } from "../routing/router.js";
import { draftText, type Conversation, type Draft } from "./state.js";

/** A routing answer for a text, as the conversation consumes it. */
export type Routed = RouteDecision & { source: "rules" | "model"; followUp?: string };

/**
 * What the conversation waits for next: the first thing a draft still lacks
 * (the matter itself before anything else), or the read-back when complete.
 */
export function nextStep(d: Draft): Conversation["step"] {
  if (d.parts.length === 0) return "ask-text";
  if (d.place === "unknown" && !d.placeUnknownOk) return "ask-place";
  if (d.category === null) return "ask-topic";
  if (!d.attachmentsAsked && d.photos.length === 0 && d.location === null) return "ask-attachments";
  if (d.contactChoice === null) return "ask-contact";
  return "review";
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

/** Sets the place the resident chose (by button or in words), with the target that follows from it. */
export function withResidentPlace(d: Draft, place: string, dir: DirectoryView): Draft {
  const next: Draft = { ...d, place, placeBy: "resident", placeUnknownOk: false, placeCandidates: [] };
  return { ...next, target: dir.targetFor(next.category, place, draftText(next)) };
}

/** Sets the place a location pin falls in (placeBy "pin"), with the target that follows from it. */
export function withPinPlace(d: Draft, place: string, dir: DirectoryView): Draft {
  const next: Draft = { ...d, place, placeBy: "pin", placeUnknownOk: false, placeCandidates: [] };
  return { ...next, target: dir.targetFor(next.category, place, draftText(next)) };
}

/** Sets the topic the resident chose (by button or in words), with the target that follows from it. */
export function withResidentTopic(d: Draft, category: string, dir: DirectoryView): Draft {
  const next: Draft = { ...d, category, categoryBy: "resident" };
  return { ...next, target: dir.targetFor(category, next.place, draftText(next)) };
}

/** An empty draft, started now. */
export function newDraft(nonce: string, now: number): Draft {
  return {
    nonce,
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
    similarPlace: null,
    declined: [],
    startedAt: now,
  };
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

/** A place alone ("黄石镇"): no matter, no topic, but a place. It is kept, and the bot asks what happened. */
export function isPlaceOnly(routeNew: Routed | undefined): routeNew is Routed {
  return !!routeNew && !routeNew.isSuggestion && routeNew.category === null && routeNew.place !== "unknown";
}
