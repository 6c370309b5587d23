import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Locale } from "../handlers/locale.js";
import { FTL_SOURCES } from "./bundle.gen.js";

/** Text that is already safe HTML (rendered by this translator from escaped arguments); placed as is. */
export class SafeText {
  constructor(readonly html: string) {}
}

/** Arguments for a message; strings are HTML-escaped before they are placed. */
export type MessageArgs = Record<string, string | number | null | undefined | SafeText>;

/** Escapes the five HTML-significant characters for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** Thrown when a locale's .ftl text does not parse: a broken release must fail loudly at start, not at a resident. */
export class LocaleParseError extends Error {
  override name = "LocaleParseError";
}

/** Parses one .ftl source into a bundle, throwing on any syntax error. */
export function buildBundle(locale: string, source: string): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const resource = new FluentResource(source);
  const errors = bundle.addResource(resource);
  // FluentResource skips junk silently; a message count mismatch reveals it.
  const declared = [...source.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!);
  const broken = declared.filter((id) => !bundle.hasMessage(id));
  if (errors.length > 0 || broken.length > 0) {
    throw new LocaleParseError(`locales/${locale}.ftl: ${[...errors.map((e) => e.message), ...broken.map((id) => `message "${id}" failed to parse`)].join("; ")}`);
  }
  return bundle;
}

/** Renders message keys in a locale. */
export interface Translator {
  /** Renders `key` in `locale`; unknown keys fall back to zh-CN, then to the key itself. */
  t(locale: Locale, key: string, args?: MessageArgs): string;
  /** True when the key exists in the locale. */
  has(locale: Locale, key: string): boolean;
}

/** Builds a translator from the bundled .ftl sources (or given sources, for tests). */
export function createTranslator(sources: Record<string, string> = FTL_SOURCES): Translator {
  const bundles = new Map<string, FluentBundle>();
  for (const [locale, source] of Object.entries(sources)) bundles.set(locale, buildBundle(locale, source));
  const render = (bundle: FluentBundle | undefined, key: string, args?: MessageArgs): string | undefined => {
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return undefined;
    const safe: Record<string, FluentVariable> = {};
    for (const [name, value] of Object.entries(args ?? {})) {
      safe[name] = value instanceof SafeText ? value.html : typeof value === "string" ? escapeHtml(value) : value ?? "none";
    }
    // Collect errors instead of throwing: a missing argument must cost a placeholder, not a resident's reply.
    const errors: Error[] = [];
    return bundle.formatPattern(message.value, safe, errors);
  };
  return {
    t(locale, key, args) {
      return render(bundles.get(locale), key, args) ?? render(bundles.get("zh-CN"), key, args) ?? key;
    },
    has(locale, key) {
      return bundles.get(locale)?.hasMessage(key) ?? false;
    },
  };
}
