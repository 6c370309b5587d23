/**
 * Typed corrections of a draft ("不对，是盘龙街道，不是巴阳镇", "no, it's in
 * Panlong, not Bayang"): how to tell one from more words about the matter,
 * and the text to route for what the resident now means (the negated part
 * removed, so "不是巴阳镇" is not evidence for 巴阳镇).
 */

const CUES: RegExp[] = [
  /^\s*(?:不对|不對|不是|错了|錯了|搞错|搞錯|弄错|弄錯|说错|說錯|写错|寫錯|更正|纠正|糾正|应该是|應該是|其实是|其實是|改成|改为|改為)/,
  /不是.{1,15}?[，,、\s]*(?:而)?是|是.{1,15}?[，,、\s]*不是/,
  /^\s*(?:no|nope|sorry|correction|actually|wait)\b/i,
  /\bnot\b.{1,40}\bbut\b|\bi meant\b|\bit(?:'s| is) (?:actually )?in\b.{1,40}\bnot\b/i,
];

/** Negated parts: 不是巴阳镇 / 不在巴阳 / not in Bayang (up to the next pause). */
const NEGATED: RegExp[] = [/(?:不是|不在|并非|並非|而不是)[^，,。.!！?？;；、]*/g, /\b(?:not|isn't|is not|wasn't)\b(?:\s+(?:in|at|on))?[^,.;!?]*/gi];

/** True when the text reads as a correction of what the bot understood, not as more words about the matter. */
export function isCorrection(text: string): boolean {
  return text.length <= 120 && CUES.some((re) => re.test(text));
}

/** The correction without what it denies, for routing. */
export function withoutNegated(text: string): string {
  return NEGATED.reduce((t, re) => t.replace(re, " "), text).trim();
}
