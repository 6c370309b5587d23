import type { Directory } from "../directory/schema.js";
import type { Locale } from "../locale.js";
import { applyRules } from "../routing/router.js";

/** What the conversation needs from the directory, by locale. */
export interface DirectoryView {
  placeName(id: string, locale: Locale): string;
  categoryName(id: string | null, locale: Locale): string;
  targetName(id: string | null, locale: Locale): string;
  places(): string[];
  categories(): string[];
  hasPlace(id: string): boolean;
  hasCategory(id: string): boolean;
  fallbackCategory: string;
  /** The rule table's target for a place and category (the model and the resident never pick targets). */
  targetFor(category: string | null, place: string, text: string): string | null;
}

/** Builds the view over a validated directory. */
export function directoryView(directory: Directory): DirectoryView {
  const places = new Map(directory.places.map((p) => [p.id, p]));
  const categories = new Map(directory.categories.map((c) => [c.id, c]));
  const targets = new Map(directory.targets.map((t) => [t.id, t]));
  return {
    placeName: (id, l) => places.get(id)?.name[l] ?? id,
    categoryName: (id, l) => (id ? (categories.get(id)?.name[l] ?? id) : "—"),
    targetName: (id, l) => (id ? (targets.get(id)?.name[l] ?? id) : "—"),
    places: () => directory.places.map((p) => p.id),
    categories: () => directory.categories.map((c) => c.id),
    hasPlace: (id) => places.has(id),
    hasCategory: (id) => categories.has(id),
    fallbackCategory: directory.fallbackCategory,
    targetFor: (category, place, text) => applyRules(directory, { category, place: place as never, text }).target,
  };
}
