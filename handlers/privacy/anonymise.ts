/**
 * The one anonymisation every public output goes through (Open311 now; the
 * public pages and exports marked public later). Residents write to their
 * deputies, not to the public: whatever in their words (or in a model's
 * summary of them) names or reaches a person is replaced by {@link MASK}.
 *
 * Matching runs on a width-folded copy (full-width digits, letters, "+", "@"
 * and "." become ASCII, one UTF-16 unit each, so offsets stay the same) and
 * the ranges found are masked in the original text, which keeps Chinese
 * punctuation as the resident wrote it.
 */

/** What replaces each removed span. */
export const MASK = "***";

/** Full-width ASCII (U+FF01..FF5E) and the ideographic space folded to ASCII; same length. */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** A run of digits joined by what people put between them in numbers (spaces, dots, dashes, brackets). */
const DIGIT_RUN = /(?:\+|\b)?[\d(][\d\s.\-·()（）]*\d[Xx]?/g;
/** Dates and times stay: 2026-05-01, 2026.5.1, 2026/05/01, 08:30. */
const DATE = /^\d{4}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}$|^\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{4}$/;

const EMAIL = /[\w.+-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+/g;
/** Unit words of a Chinese address; a chain holding one of the STRONG ones (or two parts) is a home. */
const ADDRESS_CHAIN = /(?:[\dA-Za-z一二三四五六七八九十百]+\s*(?:号楼|號樓|号院|號院|栋|棟|幢|单元|單元|楼|樓|层|層|室|号|號|户|戶|座)\s*)+/g;
const STRONG_UNIT = /栋|棟|幢|单元|單元|室|户|戶/;
const ADDRESS_PART = /[\dA-Za-z一二三四五六七八九十百]+\s*(?:号楼|號樓|号院|號院|栋|棟|幢|单元|單元|楼|樓|层|層|室|号|號|户|戶|座)/g;
/** A street number: the road keeps its name, the number goes. */
const STREET_NUMBER = /(?<=[路街巷弄道里])\s*\d+\s*(?:-\s*\d+\s*)?(?:号|號)/g;
const EN_ADDRESS = /\b(?:room|rm\.?|flat|apt\.?|apartment|unit|suite|no\.|number|#)\s*\d+[a-z]?\b|\b\d+[a-z]?\s+[a-z]+(?:\s[a-z]+)?\s+(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?)(?=\W|$)/gi;

/** A Chinese name: one to four Han characters (with the middle dot of minority names). */
const HAN_NAME = "[\\p{Script=Han}·]{1,4}?";
/** What usually follows a name in a self-introduction. */
const AFTER_NAME = "(?=$|[\\s，,。.！!？?；;：:、）)]|今年|住|是|家|电话|電話|手机|手機|身份证|身份證|在|的|，)";
const SELF_INTRO: RegExp[] = [
  new RegExp(`(?:我叫|我的名字[是叫]|我的名字：|我姓|本人姓名[：:]?|姓名[：:]|名字[：:]|联系人[：:]?|聯繫人[：:]?|聯絡人[：:]?)\\s*${HAN_NAME}${AFTER_NAME}`, "gu"),
  // "本人" also means "I myself" ("本人住在…"): only a short name right before a pause counts.
  new RegExp(`本人\\s*(?!住|是|家|在|想|要|觉|覺|认|認|希|反|的|今|去|于|於)[\\p{Script=Han}·]{2,3}(?=$|[\\s，,。！!；;、]|身份|电话|電話|手机|手機)`, "gu"),
  /\b(?:[Mm]y name is|[Mm]y name's|I am called|[Nn]ame:)\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*){0,2}/gu,
];

/**
 * Removes phone numbers (any width, dotted, spaced, with +86/0086), id-card
 * numbers, e-mail addresses, house numbers (…号…室, 栋, 单元, Room 3, No. 12)
 * and self-introductions ("我叫…", "本人…", "my name is …"). Dates, sums of
 * money, bus lines and other short numbers stay.
 */
export function anonymise(text: string): string {
  const folded = foldWidth(text);
  const ranges: Array<[number, number]> = [];
  const add = (re: RegExp, keep?: (m: RegExpExecArray) => boolean) => {
    for (const m of folded.matchAll(re)) {
      if (keep && keep(m as RegExpExecArray)) continue;
      ranges.push([m.index, m.index + m[0].trimEnd().length]);
    }
  };
  add(EMAIL);
  for (const re of SELF_INTRO) add(re);
  add(ADDRESS_CHAIN, (m) => !STRONG_UNIT.test(m[0]) && (m[0].match(ADDRESS_PART)?.length ?? 0) < 2);
  add(STREET_NUMBER);
  add(EN_ADDRESS);
  // Phones and ids: seven digits or more, dates excepted.
  add(DIGIT_RUN, (m) => {
    const run = m[0].trim();
    return run.replace(/\D/g, "").length < 7 || DATE.test(run);
  });
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    if (start >= at) out += text.slice(at, start) + MASK;
    at = end;
  }
  return out + text.slice(at);
}
