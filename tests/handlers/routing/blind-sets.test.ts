import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { createRouter } from "../../../handlers/routing/router.js";
import { blindSets } from "./cases-blind-sets.js";

const directory = loadDefaultDirectory();
const router = createRouter(directory);
const ids = {
  place: new Set([...directory.places.map((p) => p.id), "unknown"]),
  category: new Set(directory.categories.map((c) => c.id)),
  target: new Set(directory.targets.map((t) => t.id)),
};

/**
 * The nine blind sets are measured by `npm run eval:routing`; here only what a
 * resident or staff member would feel at once is held: no target is ever given
 * to a message that should have none (thanks, questions, a local matter with no
 * place), and each set keeps the target accuracy it reached (at least 0.97).
 */
describe("blind sets C–K (written from DIRECTORY.md only)", () => {
  it("hold 150 messages each, labelled with the directory's ids", () => {
    for (const [letter, cases] of Object.entries(blindSets)) {
      expect(cases, letter).toHaveLength(150);
      for (const c of cases) {
        expect(ids.place.has(c.place), `${letter}: ${c.text}`).toBe(true);
        if (c.category !== null) expect(ids.category.has(c.category), `${letter}: ${c.text}`).toBe(true);
        if (c.target !== null) expect(ids.target.has(c.target), `${letter}: ${c.text}`).toBe(true);
      }
    }
  });

  it.each(Object.keys(blindSets))("set %s: no invented target, target accuracy at least 0.97", (letter) => {
    const cases = blindSets[letter]!;
    const decided = cases.map((c) => ({ c, d: router.route(c.text) }));
    const invented = decided.filter(({ c, d }) => c.target === null && d.target !== null).map(({ c }) => c.text);
    expect(invented).toEqual([]);
    const right = decided.filter(({ c, d }) => d.target === c.target).length;
    expect(right / cases.length).toBeGreaterThanOrEqual(0.97);
  });
});
