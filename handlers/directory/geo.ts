/**
 * Where a location pin falls: point-in-polygon over the places' optional
 * boundaries (directory `area`). Pure arithmetic on [longitude, latitude]
 * pairs, good for town-sized shapes (no projection needed at that scale).
 */
import type { Directory, PlaceId } from "./schema.js";

type Ring = ReadonlyArray<readonly [number, number]>;

/** True when the point is inside the ring (even-odd rule; a point on an edge may go either way). */
export function ringContains(ring: Ring, longitude: number, latitude: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The place whose boundary holds the pin: a township or street, and only when
 * exactly one does (overlapping or missing boundaries say nothing). The
 * county's own boundary never counts: a pin inside the county is not a
 * county-wide matter.
 */
export function placeAtPoint(directory: Directory, latitude: number, longitude: number): PlaceId | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  const hits = directory.places.filter((p) => p.kind !== "county" && p.area?.some((ring) => ringContains(ring, longitude, latitude)));
  return hits.length === 1 ? hits[0]!.id : null;
}
