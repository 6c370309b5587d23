/**
 * Text normalisation for matching (not for display).
 *
 * Pipeline: NFKC (full-width letters, digits and punctuation become half-width;
 * compatibility ideographs become unified ones), lower case, invisible
 * characters dropped, traditional characters mapped to simplified ones,
 * hyphens/underscores between words read as spaces, whitespace collapsed, and
 * spaces between two Han characters removed ("凤 鸣 镇" → "凤鸣镇").
 *
 * Traditional → simplified is a one-to-one character table, not a phrase
 * converter: matching only needs the directory's words and the everyday
 * characters residents type to meet their simplified forms, and a character
 * table does that for ~5 KiB gzip, where opencc-js's t2cn build costs ~58 KiB
 * gzip of the Worker's 300 KiB budget. The table holds every traditional
 * character (and Taiwan/Hong Kong variant such as 裡/裏, 衛/衞) from OpenCC's
 * TSCharacters, TWVariantsRev and HKVariantsRev dictionaries (Apache-2.0,
 * https://github.com/BYVoid/OpenCC) whose simplified form is in GB 2312 while
 * the traditional form is not, plus a few traditional forms that GB 2312 also
 * encodes (於 乾 著 麼 …). Simplified text therefore passes through unchanged.
 * Both the directory's words and the resident's text go through this same
 * function, so a character the table lacks still matches its own spelling.
 * The table is data/traditional-simplified.txt, shipped packed as code point
 * deltas (traditional.gen.ts): as Han strings it cost 12 KiB gzip in the
 * Worker, whose bundler writes each such character as a \uXXXX escape.
 */

import { unpackNumbers } from "./packed-numbers.js";
import { SIMPLIFIED_PACKED, TRADITIONAL_PACKED } from "./traditional.gen.js";

let table: Map<string, string> | undefined;

/** Built on first use rather than at import, so importing this module costs nothing. */
function tradToSimp(): Map<string, string> {
  if (table) return table;
  const gaps = unpackNumbers(TRADITIONAL_PACKED);
  const steps = unpackNumbers(SIMPLIFIED_PACKED);
  const map = new Map<string, string>();
  let t = 0;
  let s = 0;
  for (let i = 0; i < gaps.length; i++) {
    t += gaps[i]!;
    const step = steps[i]!;
    s += step % 2 === 0 ? step / 2 : -(step + 1) / 2;
    map.set(String.fromCodePoint(t), String.fromCodePoint(s));
  }
  table = map;
  return map;
}

/** Maps traditional Chinese characters to simplified ones, character by character; everything else is kept. */
export function toSimplified(text: string): string {
  const map = tradToSimp();
  let out = "";
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/** True for a CJK unified ideograph (basic block or extension A). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** True for the characters that make up an English word or a number in normalised text. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped (one of them marks gaps below).
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** Marks a gap between Han characters while the text is collapsed; resolved before returning. */
const HAN_GAP = "\u0001";
/** Characters on each side of a gap between Han characters that make it a pause (a clause break). */
const PAUSE_MIN_RUN = 5;
// eslint-disable-next-line no-control-regex -- the gap marker is a control character, so typed text can never contain one.
const RUN_END = /[\u0001,.!?;:、。！？；：\s]/;

/**
 * A gap typed between Han characters: a pause between two phrases of their
 * own (停车位 已经划好线了 大家都说好, typed on a phone) reads as a comma; one
 * inside a name or an address (双江街道 下岩寺) is dropped.
 */
function resolveHanGaps(s: string): string {
  if (!s.includes(HAN_GAP)) return s;
  const chars = Array.from(s);
  const runBefore = (i: number) => {
    let n = 0;
    for (let j = i - 1; j >= 0 && !RUN_END.test(chars[j]!); j--) n++;
    return n;
  };
  const runAfter = (i: number) => {
    let n = 0;
    for (let j = i + 1; j < chars.length && !RUN_END.test(chars[j]!); j++) n++;
    return n;
  };
  const pause = chars.map((ch, i) => ch === HAN_GAP && runBefore(i) >= PAUSE_MIN_RUN && runAfter(i) >= PAUSE_MIN_RUN);
  return chars.map((ch, i) => (ch !== HAN_GAP ? ch : pause[i] ? "," : "")).join("");
}

/**
 * Normalises text for matching: NFKC, lower case, traditional → simplified,
 * whitespace collapsed; between Han characters a gap is dropped, or read as a
 * comma when it separates two phrases (see resolveHanGaps). Idempotent.
 */
export function normalizeText(text: string): string {
  const pre = text.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
  const map = tradToSimp();
  let out = "";
  let pendingSpace = false;
  let prev: string | undefined;
  for (const raw of pre) {
    let ch = map.get(raw) ?? raw;
    // "county-wide", "start_up": read joiners between words as spaces.
    if ((ch === "-" || ch === "_") && isWordChar(prev)) ch = " ";
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v" || ch === "\u3000" || ch === "\u00a0") {
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += isHan(prev) && isHan(ch) ? HAN_GAP : " ";
      pendingSpace = false;
    }
    out += ch;
    prev = ch;
  }
  return resolveHanGaps(out);
}
