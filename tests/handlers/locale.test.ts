import { describe, expect, it } from "vitest";
import { resolveLocale } from "../../handlers/locale.js";

describe("resolveLocale", () => {
  it.each([
    ["zh-hans", "zh-CN"], ["zh-cn", "zh-CN"], ["zh", "zh-CN"], ["zh-Hans-CN", "zh-CN"], ["zh-SG", "zh-CN"],
    ["zh-hant", "zh-TW"], ["zh-tw", "zh-TW"], ["zh-hk", "zh-TW"], ["zh-Hant-HK", "zh-TW"], ["zh-MO", "zh-TW"],
    ["en", "en"], ["en-US", "en"], ["en-gb", "en"],
  ] as const)("%s → %s", (code, expected) => {
    expect(resolveLocale(code, "zh-CN")).toBe(expected);
  });

  it("falls back to the default for unknown or missing codes", () => {
    expect(resolveLocale("fr", "zh-CN")).toBe("zh-CN");
    expect(resolveLocale(undefined, "en")).toBe("en");
    expect(resolveLocale("", "zh-TW")).toBe("zh-TW");
  });
});
