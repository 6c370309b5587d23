/**
 * "Is this the same matter?" — a deterministic similarity of residents'
 * texts, for offering an open item to join ("me too") instead of a second item.
 *
 * Texts are normalised like the router's (NFKC, case, traditional →
 * simplified), the place's own names are taken out (the place is compared as
 * an id, and its name in both texts would make any two matters of one town
 * look alike), and what is left becomes features: character bigrams of each
 * run of Han characters (function characters such as 的/了/很 dropped first,
 * so "老街的路灯" and "老街路灯" share 街路) and stemmed English words. Two
 * texts score the Dice coefficient of their feature sets, 0 … 1.
 *
 * An item is offered when it is open, recent, at the same place, and either
 * of the same topic with a modest score or of any topic with a high one.
 */
import { isHan, normalizeText } from "../routing/normalize.js";
import type { Item, ItemStatus } from "./model.js";

/** Statuses of an item one may still join: it is being worked on or awaits the resident's rating. */
export const JOINABLE_STATUSES: readonly ItemStatus[] = ["new", "forwarded", "accepted", "answered"];

/** How many candidates are offered at most. */
export const SIMILAR_MAX = 3;
/** The lowest score at which an item of the same topic is offered. */
export const SAME_TOPIC_MIN = 0.3;
/** The lowest score at which an item of another topic is offered. */
export const ANY_TOPIC_MIN = 0.5;

/** Characters that carry no matter of their own ("的", "了", "很" …). */
const FUNCTION_CHARS = new Set([..."的了很是在有我们也都就又还吗呢啊吧呀哦嘛这那个和与及把被给让太啦么得地着"]);
/** English words that carry no matter of their own. */
const STOP_WORDS = new Set(
  "a an the and or but of in on at to for from by with is are was were be been being it its this that these those there here i we you they he she my our your their me us them not no very so too again still please can could would should will just also has have had do does did".split(" "),
);

/** A crude English stem: enough that "lights"/"light" and "flooded"/"flooding" meet. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("es")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/**
 * The features of a text: Han bigrams (a lone Han character counts as
 * itself) and English word stems, after `strip` (names to leave out, such as
 * the place's aliases) is removed.
 */
export function textFeatures(text: string, strip: readonly string[] = []): Set<string> {
  let t = normalizeText(text);
  // Longest first, so "凤鸣镇" goes before "凤鸣" could leave a "镇" behind.
  for (const s of [...strip].map(normalizeText).filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) t = t.split(s).join(" ");
  const out = new Set<string>();
  let run = "";
  const flush = () => {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    run = "";
  };
  for (const ch of t) {
    if (isHan(ch)) {
      if (!FUNCTION_CHARS.has(ch)) run += ch;
      continue;
    }
    flush();
  }
  flush();
  for (const word of t.match(/[a-z0-9]+/g) ?? []) if (!STOP_WORDS.has(word) && word.length > 1) out.add(`w:${stem(word)}`);
  return out;
}

/** The Dice coefficient of two feature sets (0 when either is empty). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const f of a) if (b.has(f)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two texts are, 0 … 1, with `strip` left out of both. */
export function textSimilarity(a: string, b: string, strip: readonly string[] = []): number {
  return dice(textFeatures(a, strip), textFeatures(b, strip));
}

/** The matter a resident is about to submit. */
export interface MatterProbe {
  /** The resident's words; a model's reading (its summary) may be a second text, each compared on its own. */
  texts: string[];
  place: string;
  category: string | null;
}

/** What the rules look at in an existing item. */
export type SimilarSource = Pick<Item, "id" | "status" | "text" | "summary" | "place" | "category" | "createdAt" | "mergedInto">;

/** A candidate with its score. */
export interface SimilarMatch<T extends SimilarSource = SimilarSource> {
  item: T;
  score: number;
}

/** The rules' settings. */
export interface SimilarOptions {
  now: number;
  /** Only items created within this many days (SIMILAR_DAYS). */
  days: number;
  /** Names to leave out of both texts (the place's aliases). */
  strip?: readonly string[];
  /** Item codes never offered (the resident's own, the ones they already follow or turned down). */
  exclude?: ReadonlySet<string>;
  max?: number;
}

/**
 * The open items that look like the same matter, best first (ties: the
 * older item first, then by code), at most `max` (3). Same rules whatever
 * suggested the candidates: open, within `days`, the same known place, and a
 * score of at least {@link SAME_TOPIC_MIN} with the same topic or
 * {@link ANY_TOPIC_MIN} with another.
 */
export function similarItems<T extends SimilarSource>(probe: MatterProbe, items: readonly T[], opts: SimilarOptions): SimilarMatch<T>[] {
  if (probe.place === "unknown") return [];
  const since = opts.now - opts.days * 24 * 3600_000;
  const probes = probe.texts.filter((t) => t.trim().length > 0).map((t) => textFeatures(t, opts.strip));
  if (probes.length === 0) return [];
  const seen = new Set<string>();
  const out: SimilarMatch<T>[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    if (!JOINABLE_STATUSES.includes(item.status) || item.mergedInto !== null) continue;
    if (item.createdAt < since || item.place !== probe.place || opts.exclude?.has(item.id)) continue;
    const theirs = [textFeatures(item.text, opts.strip), textFeatures(item.summary, opts.strip)];
    let score = 0;
    for (const p of probes) for (const q of theirs) score = Math.max(score, dice(p, q));
    const sameTopic = probe.category !== null && probe.category === item.category;
    if (score >= (sameTopic ? SAME_TOPIC_MIN : ANY_TOPIC_MIN)) out.push({ item, score });
  }
  out.sort((a, b) => b.score - a.score || a.item.createdAt - b.item.createdAt || a.item.id.localeCompare(b.item.id));
  return out.slice(0, opts.max ?? SIMILAR_MAX);
}
