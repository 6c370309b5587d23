import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../locales/", import.meta.url).pathname;
/** Every message of a locale, as `file:key` → its text (continuation lines joined). */
function messages(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith(".ftl"))) {
    let key = "";
    for (const line of readFileSync(join(root, locale, file), "utf8").split("\n")) {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
      if (m) out.set((key = `${file}:${m[1]}`), m[2]!);
      else if (key && /^\s/.test(line)) out.set(key, `${out.get(key)}\n${line}`);
    }
  }
  return out;
}

describe("what people read is written as people write", () => {
  it.each(["zh-CN", "zh-TW"])("%s has no ASCII comma, colon or question mark inside Chinese text", (locale) => {
    const bad = [...messages(locale)].filter(([, text]) => /[\p{Script=Han}][,?!;]|[,;][ ]?[\p{Script=Han}]/u.test(text.replace(/\{[^}]*\}/g, "x")));
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('English never hedges a plural with "(s)"', () => {
    expect([...messages("en")].filter(([, text]) => /\w\((s|es)\)/.test(text)).map(([k]) => k)).toEqual([]);
  });

  it("residents hear of the deputies of a target (a team), never of one unnamed deputy", () => {
    const resident = [...messages("en")].filter(([k]) => /^(resident|notices)\.ftl:/.test(k));
    expect(resident.filter(([, text]) => /\b(a|the) deputy\b(?! (role|for))/i.test(text)).map(([k]) => k)).toEqual([]);
  });
});
