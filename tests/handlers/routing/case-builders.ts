/**
 * Builders for the routing family cases (cases-families.ts and its rounds):
 * the locale read off the text, and one builder per family of issue #13.
 */
import type { RoutingCase } from "./cases.js";

/** English when there is no Han character; Traditional when a character only Traditional writing uses appears. */
export function caseLocale(text: string): RoutingCase["locale"] {
  if (!/[\u4e00-\u9fff]/.test(text)) return "en";
  return /[們這裡裏車燈醫學養區鎮鄉縣龍陽鳴雙盤巖壞後來會說對為當發點開關電話國時間問題與應該還價錢幾條過樓費業務風環境護險髒亂聲驛處網訊廁鄰資記給錢買賣實讓]/.test(text) ? "zh-TW" : "zh-CN";
}

const family =
  (name: string) =>
  (text: string, category: string | null, place: string, target: string | null, note?: string): RoutingCase => ({
    text,
    locale: caseLocale(text),
    category,
    place,
    target,
    family: name,
    ...(note ? { note } : {}),
  });

export const two = family("two-places");
export const notPlace = family("not-a-place");
export const sense = family("keyword-vs-sense");
export const notSugg = family("not-a-suggestion");
export const vocab = family("vocabulary");
export const plain = family("plain");
