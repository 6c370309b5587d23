import * as z from "zod";

/** The languages the bots speak. */
export const LOCALES = ["zh-CN", "zh-TW", "en"] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * Maps Telegram's `language_code` (IETF tag, any case) to one of our locales.
 * Traditional-script regions (Taiwan, Hong Kong, Macau) get zh-TW; any other
 * Chinese tag gets zh-CN; any English tag gets en; everything else the fallback.
 */
export function resolveLocale(languageCode: string | undefined | null, fallback: Locale): Locale {
  if (!languageCode) return fallback;
  const tag = languageCode.toLowerCase().replace(/_/g, "-");
  if (tag === "zh-hant" || tag.startsWith("zh-hant-") || tag === "zh-tw" || tag === "zh-hk" || tag === "zh-mo") return "zh-TW";
  if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
  if (tag === "en" || tag.startsWith("en-")) return "en";
  return fallback;
}

/** How a short list (a name and a phone, several targets) is joined in each language: no ASCII comma inside Chinese text. */
export function listSeparator(locale: Locale): string {
  return locale === "en" ? ", " : "，";
}
