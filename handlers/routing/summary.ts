/**
 * The one-line summary of a resident message that staff and the resident see
 * (deterministic; the model may phrase its own).
 */
import { clipText } from "../replies.js";

const SUMMARY_MAX = 60;

const LEADING_GREETING =
  /^(?:(?:你好|您好|你们好|您們好|你們好|大家好|领导好|領導好|领导|領導|hello|hi|hey|dear\s+\w+)[\s,，!！.。、:：~～]*)+/i;

/**
 * A short deterministic summary: the first sentence (a leading greeting
 * skipped), whitespace collapsed, at most 60 characters ending in "…" when cut.
 */
export function summarize(text: string): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  const withoutGreeting = collapsed.replace(LEADING_GREETING, "");
  const body = withoutGreeting.length > 0 ? withoutGreeting : collapsed;
  const m = /[。！？!?；;\n]|\.(?=\s|$)/.exec(body);
  let sentence = (m ? body.slice(0, m.index) : body).trim();
  if (!sentence) sentence = body.trim();
  // Cut at a word or clause boundary (English is never cut mid-word), never inside a surrogate pair.
  return clipText(sentence, SUMMARY_MAX);
}
