/**
 * The shipped directory holds each word once as the router reads it: matching
 * normalises text (NFKC, lower case, traditional → simplified), so a word that
 * equals an earlier one of the same list after normalisation never matches
 * anything the first did not, and only adds to the Worker's size. A zh-TW list
 * therefore holds only the words whose normalised form no zh-CN word of the
 * same list has (the three lists of a field are read as one, zh-CN first).
 */
import { describe, expect, it } from "vitest";
import data from "../../../data/directory.json" with { type: "json" };
import { normalizeText } from "../../../handlers/routing/normalize.js";

const LOCALES = ["zh-CN", "zh-TW", "en"] as const;

/** An entry as the router reads it: the normalised text, or an alias with normalised conditions. */
function readAs(entry: unknown): string {
  if (typeof entry === "string") return normalizeText(entry);
  const fields = Object.entries(entry as Record<string, unknown>)
    .map(([k, v]) => [k, typeof v === "string" ? normalizeText(v) : Array.isArray(v) ? [...new Set(v.map((w) => normalizeText(String(w))))].sort() : v] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
  return JSON.stringify(fields);
}

/** Paths of entries that repeat an earlier entry of their list (or of their field's other locales). */
function duplicates(value: unknown, path = "", seen?: Map<string, string>): string[] {
  if (Array.isArray(value)) {
    const own = seen ?? new Map<string, string>();
    const out: string[] = [];
    value.forEach((entry, i) => {
      const at = `${path}[${i}]`;
      if (typeof entry === "string" || (entry !== null && typeof entry === "object" && "text" in entry)) {
        const key = readAs(entry);
        const first = own.get(key);
        if (first !== undefined) out.push(`${at} ${JSON.stringify(entry)} repeats ${first}`);
        else own.set(key, at);
      }
      if (entry !== null && typeof entry === "object") out.push(...duplicates(entry, at));
    });
    return out;
  }
  if (value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  const isWordLists = LOCALES.some((l) => Array.isArray(obj[l]));
  const shared = new Map<string, string>();
  const keys = isWordLists ? [...LOCALES.filter((l) => l in obj), ...Object.keys(obj).filter((k) => !(LOCALES as readonly string[]).includes(k))] : Object.keys(obj);
  return keys.flatMap((k) => duplicates(obj[k], path ? `${path}.${k}` : k, isWordLists && Array.isArray(obj[k]) ? shared : undefined));
}

describe("data/directory.json", () => {
  it("holds no word twice after the router's normalisation (traditional → simplified, case, width)", () => {
    expect(duplicates(data)).toEqual([]);
  });

  it("is checked by a finder that sees such repeats across a field's locales and inside alias conditions", () => {
    const found = duplicates({
      keywords: { "zh-CN": ["路灯"], "zh-TW": ["路燈", "路燈不亮"], en: ["Street light", "street light"] },
      aliases: ["双江", { text: "黄石", notFollowedBy: ["头", "頭"] }, { text: "黃石", notFollowedBy: ["頭"] }, "ＳＨＵＡＮＧＪＩＡＮＧ", "shuangjiang"],
    });
    expect(found).toEqual([
      'keywords.zh-TW[0] "路燈" repeats keywords.zh-CN[0]',
      'keywords.en[1] "street light" repeats keywords.en[0]',
      'aliases[1].notFollowedBy[1] "頭" repeats aliases[1].notFollowedBy[0]',
      'aliases[2] {"text":"黃石","notFollowedBy":["頭"]} repeats aliases[1]',
      'aliases[4] "shuangjiang" repeats aliases[3]',
    ]);
  });
});
