import { describe, expect, it } from "vitest";
import data from "../../../data/directory.json" with { type: "json" };
import { placeAtPoint, ringContains } from "../../../handlers/directory/geo.js";
import { parseDirectory } from "../../../handlers/directory/schema.js";

/** A rectangle as a ring of [longitude, latitude]. */
const box = (west: number, south: number, east: number, north: number): Array<[number, number]> => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/** The sample directory with boundaries drawn for three places (made-up boxes, not the real ones) and an overlap. */
function mappedDirectory() {
  const raw = structuredClone(data) as { places: Array<{ id: string; area?: unknown }> };
  for (const p of raw.places) {
    if (p.id === "fengming") p.area = [box(108.6, 30.9, 108.7, 31.0)];
    if (p.id === "shuangjiang") p.area = [box(108.7, 30.9, 108.8, 31.0)];
    // Two rings for one place, one of them overlapping Shuangjiang's.
    if (p.id === "qinglong") p.area = [box(108.9, 30.9, 109.0, 31.0), box(108.75, 30.95, 108.85, 31.0)];
    if (p.id === "county") p.area = [box(108.0, 30.0, 110.0, 32.0)];
  }
  return parseDirectory(raw);
}

describe("location pins and place boundaries", () => {
  it("tells inside from outside a ring, concave shapes included", () => {
    const l: Array<[number, number]> = [[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4]];
    expect(ringContains(l, 0.5, 3)).toBe(true);
    expect(ringContains(l, 3, 0.5)).toBe(true);
    expect(ringContains(l, 3, 3)).toBe(false);
    expect(ringContains(l, -1, 2)).toBe(false);
  });

  it("gives the one township or street whose boundary holds the pin, never the county, nothing on an overlap", () => {
    const dir = mappedDirectory();
    expect(placeAtPoint(dir, 30.95, 108.65)).toBe("fengming");
    expect(placeAtPoint(dir, 30.92, 108.72)).toBe("shuangjiang");
    expect(placeAtPoint(dir, 30.95, 108.95)).toBe("qinglong");
    // Inside Shuangjiang and Qinglong's second ring: the pin cannot tell.
    expect(placeAtPoint(dir, 30.97, 108.78)).toBeNull();
    // Inside only the county's boundary: not a county-wide matter, no place.
    expect(placeAtPoint(dir, 31.5, 109.5)).toBeNull();
    expect(placeAtPoint(dir, Number.NaN, 108.65)).toBeNull();
  });

  it("the sample directory has no boundaries, so a pin gives no place", () => {
    expect(placeAtPoint(parseDirectory(data), 30.95, 108.65)).toBeNull();
  });

  it("refuses a boundary that is not one (too few points, a latitude past the pole)", () => {
    for (const area of [[[[108.6, 30.9], [108.7, 30.9]]], [[[108.6, 30.9], [108.7, 95], [108.7, 31]]], []]) {
      const raw = structuredClone(data) as { places: Array<{ id: string; area?: unknown }> };
      raw.places[0]!.area = area;
      expect(() => parseDirectory(raw)).toThrow(/area/);
    }
  });
});
