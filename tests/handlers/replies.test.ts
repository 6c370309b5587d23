import { describe, expect, it } from "vitest";
import { clipText } from "../../handlers/replies.js";

describe("clipText", () => {
  it("cuts English at a word boundary, never mid-word", () => {
    const s = "The street lights on Binjiang Road have been broken for two weeks and nobody came";
    const out = clipText(s, 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out.endsWith("…")).toBe(true);
    expect(s.startsWith(out.slice(0, -1))).toBe(true);
    expect(s[out.length - 1]).toBe(" ");
  });

  it("cuts Chinese after a clause mark when there is one near the end, else at the limit", () => {
    expect(clipText("凤鸣镇老街的路灯坏了好几盏，晚上出门很不方便，希望尽快修好", 20)).toBe("凤鸣镇老街的路灯坏了好几盏，…");
    const plain = "凤".repeat(50);
    expect(clipText(plain, 20)).toBe(`${"凤".repeat(19)}…`);
  });

  it("leaves short text alone and never splits an emoji", () => {
    expect(clipText("short", 10)).toBe("short");
    const out = clipText(`${"a".repeat(18)}😀😀😀`, 20);
    expect(out).not.toMatch(/[\ud800-\udbff]…$/);
    expect(out.length).toBeLessThanOrEqual(20);
  });
});
