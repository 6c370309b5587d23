/**
 * The traditional → simplified table ships packed (handlers/routing/traditional.gen.ts)
 * from data/traditional-simplified.txt: the packed form must be fresh and must
 * decode to exactly the file's pairs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText, toSimplified } from "../../../handlers/routing/normalize.js";
import { readPairs, renderTable } from "../../../scripts/pack-traditional.js";

const pairs = readPairs(readFileSync(new URL("../../../data/traditional-simplified.txt", import.meta.url), "utf8"));

describe("the traditional → simplified table", () => {
  it("is packed from data/traditional-simplified.txt (run `npm run traditional` after an edit)", () => {
    expect(readFileSync(new URL("../../../handlers/routing/traditional.gen.ts", import.meta.url), "utf8")).toBe(renderTable(pairs));
  });

  it("maps every traditional character of the file to its simplified one, once each", () => {
    expect(pairs.length).toBeGreaterThan(2500);
    expect(new Set(pairs.map(([t]) => t)).size).toBe(pairs.length);
    const trad = pairs.map(([t]) => t).join("");
    const simp = pairs.map(([, s]) => s).join("");
    expect(toSimplified(trad)).toBe(simp);
    // Beyond the basic plane too (𡻕 → 岁).
    expect(toSimplified("𡻕")).toBe("岁");
  });

  it("leaves simplified text alone", () => {
    const simp = pairs.map(([, s]) => s).filter((s) => !pairs.some(([t]) => t === s)).join("");
    expect(toSimplified(simp)).toBe(simp);
    expect(normalizeText("雲陽縣鳳鳴鎮的路燈壞了")).toBe("云阳县凤鸣镇的路灯坏了");
  });
});
