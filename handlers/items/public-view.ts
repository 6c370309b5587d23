/**
 * What of an item the public page (`GET /t/:code`) may show: the matter and
 * how it went, never the person. Summary and answer pass through the same
 * anonymisation as Open311, and every name and phone number the item knows
 * of its raiser and followers is masked too; the resident's own words,
 * photos and pin, and everyone's ids, are left out altogether.
 */
import { anonymise, MASK } from "../privacy/anonymise.js";
import { supportOf, type Item, type ItemStatus } from "./model.js";

/** One step of the public timeline. */
export interface PublicStep {
  status: ItemStatus;
  at: number;
}

/** The public facts of one item. */
export interface PublicItem {
  code: string;
  status: ItemStatus;
  summary: string;
  place: string;
  category: string;
  target: string | null;
  support: number;
  /** Status changes in order (submission first), with when. */
  timeline: PublicStep[];
  /** The deputies' answer, once given. */
  answer: string | null;
  /** Where a merged item lives on. */
  mergedInto: string | null;
  createdAt: number;
}

/** Names and numbers the item holds of its residents, longest first (a full name masked before its part). */
function personalStrings(item: Item): string[] {
  const raw = [item.residentName, item.contact?.name, item.contact?.phone, item.contact?.email, ...(item.followers ?? []).flatMap((f) => [f.name, f.phone])];
  return [...new Set(raw.filter((s): s is string => !!s).map((s) => s.trim()).filter((s) => [...s].length >= 2))].sort((a, b) => b.length - a.length);
}

/** Masks an item's residents' names and numbers, then anything else that reaches a person. */
export function publicText(item: Item, text: string): string {
  const masked = personalStrings(item).reduce((t, s) => t.split(s).join(MASK), text);
  return anonymise(masked);
}

/** The public view of an item. */
export function publicItem(item: Item): PublicItem {
  const timeline: PublicStep[] = [];
  for (const h of item.history) {
    const to = h.action === "submitted" ? "new" : h.to;
    if (!to || (timeline.at(-1)?.status === to && h.action !== "reopened")) continue;
    timeline.push({ status: to, at: h.at });
  }
  if (timeline.length === 0) timeline.push({ status: "new", at: item.createdAt });
  return {
    code: item.id,
    status: item.status,
    summary: publicText(item, item.summary),
    place: item.place,
    category: item.category,
    target: item.target,
    support: supportOf(item),
    timeline,
    answer: item.answer === null ? null : publicText(item, item.answer),
    mergedInto: item.mergedInto,
    createdAt: item.createdAt,
  };
}
