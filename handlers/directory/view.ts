import type { Locale } from "../locale.js";
import { applyRules } from "../routing/router.js";
import { placeAtPoint } from "./geo.js";
import { aliasText, type Directory } from "./schema.js";

/** What the conversations and cards need from the directory: names by locale, id checks, and the rule table. */
export interface DirectoryView {
  placeName(id: string, locale: Locale): string;
  /** Every way a place is written (its names in each language and its aliases); empty for an unknown id. */
  placeWords(id: string): string[];
  /** "—" for no category. */
  categoryName(id: string | null, locale: Locale): string;
  /** "—" for no target. */
  targetName(id: string | null, locale: Locale): string;
  places(): string[];
  categories(): string[];
  targetIds(): string[];
  hasPlace(id: string): boolean;
  hasCategory(id: string): boolean;
  hasTarget(id: string): boolean;
  fallbackCategory: string;
  /** The rule table's target for a place and category (the model and the resident never pick targets). */
  targetFor(category: string | null, place: string, text: string): string | null;
  /** The same, with the number of the rule that gave it (null when none does). */
  ruleFor(category: string | null, place: string, text: string): { target: string | null; rule: number | null };
  /** The township or street whose boundary holds a location pin, when the directory has boundaries and exactly one does. */
  placeAt(latitude: number, longitude: number): string | null;
}

/** Builds the view over a validated directory. Unknown ids show as themselves. */
export function directoryView(directory: Directory): DirectoryView {
  const places = new Map(directory.places.map((p) => [p.id, p]));
  const categories = new Map(directory.categories.map((c) => [c.id, c]));
  const targets = new Map(directory.targets.map((t) => [t.id, t]));
  const ruleFor: DirectoryView["ruleFor"] = (category, place, text) => applyRules(directory, { category, place, text });
  return {
    placeName: (id, l) => places.get(id)?.name[l] ?? id,
    placeWords: (id) => {
      const p = places.get(id);
      return p ? [...new Set([...Object.values(p.name), ...p.aliases.map(aliasText)])] : [];
    },
    categoryName: (id, l) => (id ? (categories.get(id)?.name[l] ?? id) : "—"),
    targetName: (id, l) => (id ? (targets.get(id)?.name[l] ?? id) : "—"),
    places: () => directory.places.map((p) => p.id),
    categories: () => directory.categories.map((c) => c.id),
    targetIds: () => directory.targets.map((t) => t.id),
    hasPlace: (id) => places.has(id),
    hasCategory: (id) => categories.has(id),
    hasTarget: (id) => targets.has(id),
    fallbackCategory: directory.fallbackCategory,
    ruleFor,
    targetFor: (category, place, text) => ruleFor(category, place, text).target,
    placeAt: (latitude, longitude) => placeAtPoint(directory, latitude, longitude),
  };
}
