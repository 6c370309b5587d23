import { normalizeText } from "../routing/normalize.js";

/**
 * Words that mean someone may get hurt soon. An item that names one goes to
 * the front of the triage queue. Simplified forms only: text is normalised
 * (traditional → simplified, lower case) before matching.
 */
const URGENT_WORDS = [
  "滑坡", "塌方", "垮塌", "坍塌", "裂缝", "危房", "漏气", "燃气泄漏", "煤气泄漏", "着火", "起火", "火灾", "消防通道", "堵了消防",
  "洪水", "淹了", "内涝", "决堤", "溃堤", "触电", "漏电", "电线掉", "电线垂", "井盖", "没有井盖", "护栏断", "护栏坏", "栏杆松", "摔伤",
  "受伤", "生命危险", "有人落水", "落水", "危险", "紧急", "急救", "救命",
  "landslide", "collapse", "gas leak", "fire", "flood", "electrocut", "live wire", "manhole", "dangerous", "danger", "emergency", "injured",
];

/** Categories whose items are urgent whatever the wording. */
const URGENT_CATEGORIES = new Set(["public-safety"]);

/** Decides whether an item jumps the queue; returns the words that made it urgent. */
export function assessUrgency(text: string, category: string | null): { urgent: boolean; words: string[] } {
  const normalized = normalizeText(text);
  const words = URGENT_WORDS.filter((w) => normalized.includes(w));
  return { urgent: words.length > 0 || (category !== null && URGENT_CATEGORIES.has(category)), words };
}
