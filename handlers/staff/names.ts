import type { Directory } from "../directory/schema.js";
import type { Locale } from "../locale.js";

/** What the staff side needs from the directory: localized names and target ids. */
export interface StaffDirectory {
  targetName(id: string | null, locale: Locale): string;
  placeName(id: string, locale: Locale): string;
  categoryName(id: string, locale: Locale): string;
  hasTarget(id: string): boolean;
  targetIds(): string[];
}

/** Builds the staff view of a validated directory. Unknown ids show as themselves. */
export function staffDirectory(directory: Directory): StaffDirectory {
  const places = new Map(directory.places.map((p) => [p.id, p]));
  const categories = new Map(directory.categories.map((c) => [c.id, c]));
  const targets = new Map(directory.targets.map((t) => [t.id, t]));
  return {
    targetName: (id, l) => (id ? (targets.get(id)?.name[l] ?? id) : "—"),
    placeName: (id, l) => places.get(id)?.name[l] ?? id,
    categoryName: (id, l) => categories.get(id)?.name[l] ?? id,
    hasTarget: (id) => targets.has(id),
    targetIds: () => directory.targets.map((t) => t.id),
  };
}
