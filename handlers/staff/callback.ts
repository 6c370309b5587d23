import { fieldsMatch, FIELD, frame, unframe } from "../callback-data.js";
import type { Item } from "../items/model.js";
import { stageOf } from "../items/status.js";

export { stageOf };

/** What a deputy-card button does to the item. */
export type DeputyVerb = "accept" | "ask" | "answer" | "return";
/** What a triage-card button (staff subscriptions) does to the item. */
export type TriageVerb = "forward" | "reject";

/**
 * Every button of the staff bot, as the domain sees it. Buttons that change an
 * item carry its stage, so any status change (by anyone) expires every older
 * button, while notes, questions and stale marks do not.
 */
export type StaffButton =
  | { kind: "deputy"; verb: DeputyVerb; code: string; stage: number }
  | { kind: "triage"; verb: TriageVerb; code: string; stage: number }
  /** Shows the item's current card; changes nothing. */
  | { kind: "show"; code: string }
  /** Leaves the pending "type your question / answer / reason" mode. */
  | { kind: "cancel-pending" }
  /** Accepts a suggested consultation topic for a target; `check` names its items (suggestionCheck), so a changed suggestion is stale. */
  | { kind: "topic-accept"; target: string; check: string };

const DEPUTY_TAGS: Record<DeputyVerb, string> = { accept: "a", ask: "q", answer: "n", return: "t" };
const TRIAGE_TAGS: Record<TriageVerb, string> = { forward: "f", reject: "j" };
const byTag = <V extends string>(tags: Record<V, string>) => new Map(Object.entries(tags).map(([verb, tag]) => [tag as string, verb as V]));
const DEPUTY_BY_TAG = byTag(DEPUTY_TAGS);
const TRIAGE_BY_TAG = byTag(TRIAGE_TAGS);

/** Packs a staff button into callback data (≤ 64 bytes; throws CallbackDataTooLongError otherwise). */
export function packStaffButton(b: StaffButton): string {
  switch (b.kind) {
    case "deputy":
      return frame(DEPUTY_TAGS[b.verb], b.code, b.stage);
    case "triage":
      return frame(TRIAGE_TAGS[b.verb], b.code, b.stage);
    case "show":
      return frame("v", b.code);
    case "cancel-pending":
      return frame("x");
    case "topic-accept":
      return frame("ta", b.target, b.check);
  }
}

/**
 * Unpacks callback data; null for anything that is not exactly one of our
 * formats (a stale version, a foreign client, a fuzzer). Deputy cards sent
 * before payloads were versioned (`d:a:CODE:3`, `d:v:CODE`, `d:x`) still work:
 * they sit in deputies' chats for weeks.
 */
export function unpackStaffButton(data: string): StaffButton | null {
  const f = unframe(data);
  if (!f) return null;
  if (f.version === "0") return f.tag === "d" ? legacy(f.fields) : null;
  if (f.version !== "1") return null;
  const deputy = DEPUTY_BY_TAG.get(f.tag);
  if (deputy) return fieldsMatch(f.fields, FIELD.code, FIELD.stage) ? { kind: "deputy", verb: deputy, code: f.fields[0]!, stage: Number(f.fields[1]) } : null;
  const triage = TRIAGE_BY_TAG.get(f.tag);
  if (triage) return fieldsMatch(f.fields, FIELD.code, FIELD.stage) ? { kind: "triage", verb: triage, code: f.fields[0]!, stage: Number(f.fields[1]) } : null;
  if (f.tag === "v") return fieldsMatch(f.fields, FIELD.code) ? { kind: "show", code: f.fields[0]! } : null;
  if (f.tag === "x") return f.fields.length === 0 ? { kind: "cancel-pending" } : null;
  if (f.tag === "ta") return fieldsMatch(f.fields, FIELD.id, /^[0-9a-z]{1,8}$/) ? { kind: "topic-accept", target: f.fields[0]!, check: f.fields[1]! } : null;
  return null;
}

/** The unversioned deputy formats of the first release. */
function legacy(fields: string[]): StaffButton | null {
  const [verb, ...rest] = fields;
  if (verb === "x") return rest.length === 0 ? { kind: "cancel-pending" } : null;
  if (verb === "v") return fieldsMatch(rest, FIELD.code) ? { kind: "show", code: rest[0]! } : null;
  const deputy = verb ? DEPUTY_BY_TAG.get(verb) : undefined;
  return deputy && fieldsMatch(rest, FIELD.code, FIELD.stage) ? { kind: "deputy", verb: deputy, code: rest[0]!, stage: Number(rest[1]) } : null;
}

/** Callback data for a deputy action on an item at its current stage. */
export function deputyAction(verb: DeputyVerb, item: Pick<Item, "id" | "history">): string {
  return packStaffButton({ kind: "deputy", verb, code: item.id, stage: stageOf(item) });
}

/** Callback data for a triage action (forward, reject) on an item at its current stage. */
export function triageAction(verb: TriageVerb, item: Pick<Item, "id" | "history">): string {
  return packStaffButton({ kind: "triage", verb, code: item.id, stage: stageOf(item) });
}

/** Callback data that shows an item's current card. */
export function showAction(code: string): string {
  return packStaffButton({ kind: "show", code });
}

/** Callback data that leaves the pending typing mode. */
export const CANCEL_PENDING_ACTION = packStaffButton({ kind: "cancel-pending" });

/** A short, stable name of a set of item codes (FNV-1a, base 36): what a topic-accept button checks against a fresh suggestion. */
export function suggestionCheck(codes: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of [...codes].sort().join(",")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
