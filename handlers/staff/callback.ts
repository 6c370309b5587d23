import type { Item } from "../items/model.js";

/** What a deputy-card button does: accept, ask the resident, answer, return to triage, or just show the item. */
export type DeputyVerb = "a" | "q" | "n" | "t" | "v";

/** A parsed deputy button. `stage` is absent only for "v" (show), which changes nothing. */
export interface DeputyButton {
  verb: DeputyVerb;
  code: string;
  stage?: number;
}

const ACT = /^d:([aqnt]):([A-Z0-9]{4,12}):(\d{1,6})$/;
const SHOW = /^d:v:([A-Z0-9]{4,12})$/;

/**
 * The item's status stage: how many status changes it has been through. Buttons carry
 * it, so any status change (by anyone) expires every older button, while notes,
 * questions and stale marks do not.
 */
export function stageOf(item: Pick<Item, "history">): number {
  return item.history.filter((h) => h.to !== undefined).length;
}

/** Callback data for a deputy action on an item at its current stage (always well under 64 bytes). */
export function deputyAction(verb: Exclude<DeputyVerb, "v">, item: Pick<Item, "id" | "history">): string {
  return `d:${verb}:${item.id}:${stageOf(item)}`;
}

/** Callback data that shows an item's current card. */
export function showAction(code: string): string {
  return `d:v:${code}`;
}

/** Parses deputy callback data; null for anything that is not exactly one of our formats. */
export function parseDeputyButton(data: string): DeputyButton | null {
  if (data.length > 64) return null;
  const show = SHOW.exec(data);
  if (show) return { verb: "v", code: show[1]! };
  const act = ACT.exec(data);
  if (!act) return null;
  return { verb: act[1] as DeputyVerb, code: act[2]!, stage: Number(act[3]) };
}
