/**
 * Rules: the directory's ordered rule table over a category and a place, and
 * the loose evidence a model's answer is checked against. The model never
 * picks a target: it may only supply a category and a place, and the rules
 * decide.
 */
import { firstMatchingRule, type CategoryId, type Directory, type Place, type PlaceId, type SubareaId, type TargetId } from "../directory/schema.js";
import { compile, readableTexts, type Compiled } from "./compile.js";
import { blank } from "./lexicon.js";
import { findPlaces, looseMentions } from "./places.js";

/** The rule that fired for a category and place, or none. */
export interface RuleHit {
  target: TargetId;
  /** 1-based position in the directory's rule table. */
  rule: number;
  byPlace: boolean;
  note?: string;
}

/** First matching rule of the table (see handlers/directory/schema.ts). */
export function decideTarget(c: Compiled, category: CategoryId, place: Place | undefined, subareas: readonly SubareaId[]): RuleHit | undefined {
  const hit = firstMatchingRule(c.dir, category, place, subareas);
  if (!hit) return undefined;
  const note = c.dir.rules[hit.rule - 1]?.note;
  return { ...hit, ...(note ? { note } : {}) };
}

/**
 * Applies the directory's ordered rule table. Used by the router and by the
 * model path. `rule` is the 1-based position of the rule that fired, or null
 * when none did (no category, or a local topic with an unknown place).
 */
export function applyRules(
  directory: Directory,
  input: { category: CategoryId | null; place: PlaceId | "unknown"; text: string },
): { target: TargetId | null; rule: number | null } {
  if (input.category === null) return { target: null, rule: null };
  const c = compile(directory);
  const place = input.place === "unknown" ? undefined : c.placesById.get(input.place);
  const { mentions } = findPlaces(c, readableTexts(c, input.text).placeText);
  const ids = [...new Set(mentions.flatMap((m) => (m.subarea !== undefined ? [m.subarea] : [])))];
  const hit = decideTarget(c, input.category, place, ids);
  return hit ? { target: hit.target, rule: hit.rule } : { target: null, rule: null };
}

/**
 * What the text itself supports, read loosely, for checking a model's answer:
 * every place named in any form (context conditions ignored, so an ambiguous
 * 人和 still counts, but never a name the gazetteer knows is not the place: a
 * person, another province's city, an idiom), every category with at least one
 * keyword (specific or weak), and the categories with a specific keyword.
 */
export function textEvidence(
  directory: Directory,
  text: string,
): { places: PlaceId[]; categories: CategoryId[]; specificCategories: CategoryId[] } {
  const c = compile(directory);
  const { text: masked, placeText } = readableTexts(c, text);
  const { mentions } = findPlaces(c, placeText);
  const categories = new Set<CategoryId>();
  const specific = new Set<CategoryId>();
  for (const hit of c.keywords.find(blank(masked, mentions), undefined, (h) => (h.entry.data.strong ? 1 : 0))) {
    const d = hit.entry.data;
    if (d.category === null) continue;
    categories.add(d.category);
    if (d.strong) specific.add(d.category);
  }
  return { places: looseMentions(c, placeText), categories: [...categories], specificCategories: [...specific] };
}
