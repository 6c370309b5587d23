/**
 * Lexicons: sets of normalised words found in normalised text (Han words as
 * substrings, English words as whole words), and the span helpers the other
 * routing modules share. No directory knowledge here.
 */
import { isHan, isWordChar, normalizeText } from "./normalize.js";

/** One word of a lexicon, already normalised. */
export interface LexEntry<T> {
  norm: string;
  /** The word as written in the directory, for reasons. */
  source: string;
  data: T;
}

/** An occurrence of an entry; `end` is exclusive, in UTF-16 units. */
export interface Hit<T> {
  entry: LexEntry<T>;
  start: number;
  end: number;
}

export type HitFilter<T> = (hit: Hit<T>, text: string) => boolean;

/**
 * A set of words indexed by first character. Han words match as substrings
 * (Chinese has no spaces); English words and numbers match whole words, with an
 * optional plural "s"/"es" (words of three letters or more).
 */
export class Lexicon<T> {
  private readonly byFirst = new Map<string, LexEntry<T>[]>();

  constructor(entries: Iterable<{ word: string; data: T }>) {
    const seen = new Set<string>();
    for (const { word, data } of entries) {
      const norm = normalizeText(word);
      // First occurrence wins, so list order decides between duplicates.
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      const first = norm[0]!;
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push({ norm, source: word, data });
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.norm.length - a.norm.length);
  }

  /** Every occurrence of every entry, overlapping ones included. */
  findAll(text: string, filter?: HitFilter<T>): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text[i]!);
      if (!list) continue;
      if (isWordChar(text[i]) && isWordChar(text[i - 1])) continue;
      for (const entry of list) {
        if (!text.startsWith(entry.norm, i)) continue;
        let end = i + entry.norm.length;
        const last = entry.norm[entry.norm.length - 1];
        if (isWordChar(last) && isWordChar(text[end])) {
          // Two letters take no plural: "hi" is not "his".
          const plural =
            last! >= "a" && last! <= "z" && entry.norm.length > 2
              ? ["es", "s"].find((s) => text.startsWith(s, end) && !isWordChar(text[end + s.length]))
              : undefined;
          if (!plural) continue;
          end += plural.length;
        }
        const hit = { entry, start: i, end };
        if (!filter || filter(hit, text)) hits.push(hit);
      }
    }
    return hits;
  }

  /** Longest non-overlapping occurrences, in text order. */
  find(text: string, filter?: HitFilter<T>, rank?: (h: Hit<T>) => number): Hit<T>[] {
    return resolveOverlaps(this.findAll(text, filter), rank);
  }
}

/**
 * Keeps the longest hits that do not overlap, in text order. On equal length a
 * hit ranked higher by `rank` wins (a specific keyword over a weak one), then
 * the earlier one.
 */
export function resolveOverlaps<T>(hits: readonly Hit<T>[], rank: (h: Hit<T>) => number = () => 0): Hit<T>[] {
  const sorted = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start,
  );
  const taken: Hit<T>[] = [];
  for (const h of sorted) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Replaces spans with spaces, keeping every other index where it was. */
export function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = " ";
  return chars.join("");
}

/** What is left of a text: Han characters and English words/numbers. */
export function countContent(text: string): { han: number; words: number } {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (const ch of text) {
    if (isHan(ch)) han++;
    const w = isWordChar(ch);
    if (w && !inWord) words++;
    inWord = w;
  }
  return { han, words };
}

/** The distinct directory spellings of some hits, in text order. */
export function sources<T>(hits: readonly Hit<T>[]): string[] {
  return [...new Set(hits.map((h) => h.entry.source))];
}
