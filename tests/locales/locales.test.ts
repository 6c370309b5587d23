import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { LOCALES } from "../../handlers/locale.js";
import { buildBundle, createTranslator, LocaleParseError } from "../../locales/index.js";
import { readSources, renderBundle } from "../../scripts/bundle-locales.js";

const sources = readSources();
const ids = (src: string) => new Set(new FluentResource(src).body.map((m) => m.id));

describe("locales", () => {
  it("ships exactly zh-CN, zh-TW and en", () => {
    expect(Object.keys(sources).sort()).toEqual([...LOCALES].sort());
  });

  it("has the same message keys in every locale", () => {
    const reference = ids(sources["zh-CN"]!);
    expect(reference.size).toBeGreaterThan(5);
    for (const locale of LOCALES) {
      const keys = ids(sources[locale]!);
      expect([...reference].filter((k) => !keys.has(k)), `missing in ${locale}`).toEqual([]);
      expect([...keys].filter((k) => !reference.has(k)), `extra in ${locale}`).toEqual([]);
    }
  });

  it("every message parses in every locale", () => {
    for (const locale of LOCALES) expect(() => buildBundle(locale, sources[locale]!)).not.toThrow();
  });

  it("a broken message is reported, not skipped", () => {
    expect(() => buildBundle("en", "good = fine\nbroken = { $x ->\n")).toThrow(LocaleParseError);
  });

  it("the bundled copy the Worker uses matches the .ftl files", () => {
    expect(readFileSync(new URL("../../locales/bundle.gen.ts", import.meta.url), "utf8")).toBe(renderBundle(sources));
  });

  it("a missing argument renders a placeholder instead of throwing", () => {
    expect(createTranslator().t("en", "status-not-found", {})).toMatch(/can't find an item/);
  });

  it("escapes HTML in arguments but keeps the message's own markup", () => {
    const t = createTranslator();
    const text = t.t("en", "start-welcome", { name: "<b>Bob</b> & co" });
    expect(text).toContain("&lt;b&gt;Bob&lt;/b&gt; &amp; co");
    expect(text).toContain("<i>");
  });
});
