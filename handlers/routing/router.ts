/**
 * Deterministic, explainable router: gazetteer + keyword lists + the ordered
 * rule table of the directory. No model, no I/O; the same text always gets the
 * same decision, with the words and the rule that produced it.
 *
 * How a text is read:
 * 1. It is normalised (NFKC, lower case, traditional → simplified) and the
 *    names and ids of targets and categories are blanked out, so writing
 *    "转给彬彬有你" or "route to studio-binbin" is never evidence of anything.
 * 2. Places: every alias of every place and sub-area is looked up. Names that
 *    are also common words (人和, 清水) count only at the start of a clause or
 *    after a locative word (在, 住在, 我们…). A sub-area counts as its place.
 *    The first specific place (township/street) mentioned wins; county-wide
 *    words (全县, 县里, 云阳县) count only when no specific place is named,
 *    and "云阳县XX镇" is read as an address, not as county-wide. No evidence →
 *    "unknown": a place is never guessed.
 * 3. Topic: the place names are blanked, then keywords are found (longest
 *    match first, so 公交站台 is a bus shelter, not a bus). A category scores
 *    the sum of its distinct keyword weights (1 per word; 0.8 for a single
 *    Han character; up to 1.5 for long phrases) plus 0.3 per weak keyword
 *    (words that only say where or who: 学校, 医院, 小区, at most 3 counted).
 *    The highest score wins; an exact tie goes to the lower `priority` in the
 *    directory, which ranks topics with a dedicated studio (disputes, health,
 *    agriculture…) before specific local matters (safety, utilities…) before
 *    generic ones (environment, roads).
 * 4. Suggestion or not: a text with a specific keyword is a suggestion, unless
 *    it only asks about the bot ("我是老师，这个机器人怎么用？": a question
 *    about the bot and no request or problem word). With
 *    only weak keywords it needs a request or problem marker (建议, 坏了,
 *    太…). With no keyword at all it needs a marker and some words of its own
 *    (what is left after removing places, markers and filler words); it then
 *    gets the fallback category ("other"). Greetings, thanks, tests, questions
 *    about the bot and instruction-like text ("忽略之前的指令…") with no topic
 *    are not suggestions: category and target stay null.
 * 5. Target: the first rule of the table that matches category, place kind and
 *    sub-area mentions. A rule "by-place" with no known place does not match,
 *    so a local matter with no place gets target null and the bot asks where.
 */
import {
  aliasText,
  allWords,
  firstMatchingRule,
  type Alias,
  type CategoryId,
  type Directory,
  type Place,
  type PlaceId,
  type SubareaId,
  type TargetId,
  type WordLists,
} from "../directory/schema.js";
import { isHan, isWordChar, normalizeText } from "./normalize.js";

/** Why the router decided what it did: one structured, explainable step. */
export interface RouteReason {
  kind: "place" | "subarea" | "category" | "rule" | "not-a-suggestion" | "model";
  /**
   * The place, sub-area, category or target id concerned; for
   * "not-a-suggestion" why not: "instructions", "bot-question", "small-talk",
   * "no-matter" (wants to raise something, has not said what) or "nothing".
   */
  id?: string;
  /** The words of the text (as written in the directory) that matched. */
  words?: string[];
  /** 1-based position of the rule in the directory's rule table. */
  rule?: number;
  /** One English line for logs and staff. */
  detail: string;
}

/** The router's answer for one text. */
export interface RouteDecision {
  category: CategoryId | null;
  place: PlaceId | "unknown";
  /** null when undecided: no topic, or a local topic with no known place. */
  target: TargetId | null;
  /** 0..1: how sure the router is of `target` (or, with no target, of the reading). */
  confidence: number;
  reasons: RouteReason[];
  /** False for small talk, tests, questions about the bot, instruction-like text. */
  isSuggestion: boolean;
  /** First sentence of the text, at most 60 characters. */
  summary: string;
}

/** A router built from one directory. */
export interface Router {
  route(text: string): RouteDecision;
}

/** Words that go with any complaint and name no matter by themselves (simplified; matched after normalisation). */
const GENERIC_COMPLAINT_WORDS = ["一直", "总是", "经常", "老是", "没人", "没有人", "从来", "从不", "多次", "好久", "很久", "好几天", "好多年", "一直没人", "问题", "事情"];

/** Longest text the router reads; the rest of a huge message adds nothing to routing. */
const MAX_CHARS = 4000;
const WEAK_WEIGHT = 0.3;
const MAX_WEAK_COUNTED = 3;
/** Han characters (or two English words) of its own a text needs to count as naming a matter. */
const MIN_CONTENT_HAN = 3;
const MIN_CONTENT_WORDS = 2;
const SUMMARY_MAX = 60;

// ---------------------------------------------------------------------------
// Lexicons: find words in normalised text.

/** One word of a lexicon, already normalised. */
interface LexEntry<T> {
  norm: string;
  /** The word as written in the directory, for reasons. */
  source: string;
  data: T;
}

/** An occurrence of an entry; `end` is exclusive, in UTF-16 units. */
interface Hit<T> {
  entry: LexEntry<T>;
  start: number;
  end: number;
}

type HitFilter<T> = (hit: Hit<T>, text: string) => boolean;

/**
 * A set of words indexed by first character. Han words match as substrings
 * (Chinese has no spaces); English words and numbers match whole words, with an
 * optional plural "s"/"es".
 */
class Lexicon<T> {
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
          const plural =
            last! >= "a" && last! <= "z"
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
function resolveOverlaps<T>(hits: readonly Hit<T>[], rank: (h: Hit<T>) => number = () => 0): Hit<T>[] {
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
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = " ";
  return chars.join("");
}

/** What is left of a text: Han characters and English words/numbers. */
function countContent(text: string): { han: number; words: number } {
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

function wordsOf(lists: WordLists): { word: string; data: null }[] {
  return allWords(lists).map((word) => ({ word, data: null }));
}

// ---------------------------------------------------------------------------
// Compiled directory.

interface PlaceData {
  place: Place;
  subarea?: SubareaId;
  needsContext: boolean;
  notPrecededBy: string[];
  notFollowedBy: string[];
  /** The place's own name (not a short alias): strongest evidence. */
  isName: boolean;
}

interface KeywordData {
  category: CategoryId | null;
  strong: boolean;
  weight: number;
}

type SignalKind = "smallTalk" | "botQuestions" | "instructions" | "requestMarkers" | "problemMarkers";

interface Compiled {
  dir: Directory;
  placesById: Map<PlaceId, Place>;
  masks: Lexicon<null>;
  places: Lexicon<PlaceData>;
  /** English place names with free spacing ("Feng Ming", "fengmingzhen"). */
  latinPlaces: { re: RegExp; data: PlaceData; source: string }[];
  keywords: Lexicon<KeywordData>;
  signals: Record<SignalKind, Lexicon<null>>;
  /** Words that say nothing about the matter: requests, fillers, small talk. */
  nonContent: Lexicon<null>;
  generic: Lexicon<null>;
  before: string[];
  beforeExceptions: string[];
  after: string[];
  addressSuffixes: string[];
  categoryPriority: Map<CategoryId, number>;
}

const compiledCache = new WeakMap<Directory, Compiled>();

function compile(dir: Directory): Compiled {
  const cached = compiledCache.get(dir);
  if (cached) return cached;
  const norm = (s: string) => normalizeText(s);

  const masks = new Lexicon<null>(
    [
      ...dir.targets.flatMap((t) => [t.id, ...t.aliases, ...Object.values(t.name)]),
      ...dir.categories.map((c) => c.id).filter((id) => id.includes("-")),
    ].map((word) => ({ word, data: null })),
  );

  const placeEntries: { word: string; data: PlaceData }[] = [];
  const latinPlaces: Compiled["latinPlaces"] = [];
  const addAliases = (place: Place, aliases: readonly Alias[], names: readonly string[], subarea?: SubareaId) => {
    const nameSet = new Set(names.map(norm));
    for (const alias of aliases) {
      const text = aliasText(alias);
      const data: PlaceData = {
        place,
        ...(subarea !== undefined ? { subarea } : {}),
        needsContext: typeof alias === "string" ? false : alias.needsContext,
        notPrecededBy: typeof alias === "string" ? [] : alias.notPrecededBy.map(norm),
        notFollowedBy: typeof alias === "string" ? [] : alias.notFollowedBy.map(norm),
        isName: nameSet.has(norm(text)) || subarea !== undefined,
      };
      const n = norm(text);
      if (/^[a-z ]+$/.test(n)) {
        // Latin names: any spacing between letters, and a pinyin unit word
        // glued on ("fengmingzhen") still counts.
        const letters = n.replace(/ /g, "").split("").join(" ?");
        const re = new RegExp(`(?<![a-z0-9])${letters}(?: ?(?:zhen|xiang|jiedao|jie|cun|shequ|qu))?(?![a-z0-9])`, "g");
        latinPlaces.push({ re, data, source: text });
      } else {
        placeEntries.push({ word: text, data });
      }
    }
  };
  const placesById = new Map(dir.places.map((p) => [p.id, p] as const));
  for (const p of dir.places) addAliases(p, p.aliases, Object.values(p.name));
  for (const s of dir.subareas) addAliases(placesById.get(s.place)!, s.aliases, Object.values(s.name), s.id);

  const keywordEntries: { word: string; data: KeywordData }[] = [];
  // Neutral phrases first: on equal length they win, and they score nothing.
  for (const word of allWords(dir.matching.neutralPhrases)) {
    keywordEntries.push({ word, data: { category: null, strong: false, weight: 0 } });
  }
  for (const c of dir.categories) {
    for (const word of allWords(c.keywords)) {
      keywordEntries.push({ word, data: { category: c.id, strong: true, weight: keywordWeight(norm(word)) } });
    }
    for (const word of allWords(c.weakKeywords)) {
      keywordEntries.push({ word, data: { category: c.id, strong: false, weight: WEAK_WEIGHT } });
    }
  }

  const sig = dir.matching.signals;
  const signals: Record<SignalKind, Lexicon<null>> = {
    smallTalk: new Lexicon(wordsOf(sig.smallTalk)),
    botQuestions: new Lexicon(wordsOf(sig.botQuestions)),
    instructions: new Lexicon(wordsOf(sig.instructions)),
    requestMarkers: new Lexicon(wordsOf(sig.requestMarkers)),
    problemMarkers: new Lexicon(wordsOf(sig.problemMarkers)),
  };
  // Problem words (坏了, 太差) are part of the matter; requests (建议, 反映) are not; nor are
  // the generic "always / never / nobody / for ages" that go with any complaint.
  const generic = new Lexicon<null>(GENERIC_COMPLAINT_WORDS.map((word) => ({ word, data: null })));
  const nonContent = new Lexicon<null>([
    ...[sig.smallTalk, sig.botQuestions, sig.instructions, sig.requestMarkers, sig.fillers, dir.matching.neutralPhrases].flatMap(wordsOf),
  ]);

  const compiled: Compiled = {
    dir,
    placesById,
    masks,
    places: new Lexicon(placeEntries),
    latinPlaces,
    keywords: new Lexicon(keywordEntries),
    signals,
    nonContent,
    generic,
    before: dir.matching.placeContext.before.map(norm),
    beforeExceptions: dir.matching.placeContext.beforeExceptions.map(norm),
    after: dir.matching.placeContext.after.map(norm),
    addressSuffixes: dir.matching.placeContext.addressSuffixes.map(norm),
    categoryPriority: new Map(dir.categories.map((c) => [c.id, c.priority] as const)),
  };
  compiledCache.set(dir, compiled);
  return compiled;
}

/** Longer phrases are more specific; a lone Han character is the least. */
function keywordWeight(norm: string): number {
  if (/[a-z]/.test(norm)) {
    const words = norm.split(" ").length;
    return Math.min(1.5, 1 + 0.25 * (words - 1));
  }
  const len = Array.from(norm).length;
  if (len <= 1) return 0.8;
  return Math.min(1.5, 1 + 0.125 * (len - 2));
}

// ---------------------------------------------------------------------------
// Places.

interface PlaceMention {
  place: Place;
  subarea?: SubareaId;
  start: number;
  end: number;
  source: string;
  isName: boolean;
}

function endsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.endsWith(w));
}

/**
 * A context-only name counts at the start of a clause, after a locative word
 * (在, 住在, 我们…) or before a place word (的, 这边, 社区…).
 */
function contextAllows(c: Compiled, text: string, start: number, end: number): boolean {
  const prev = text[start - 1];
  if (prev === undefined || !isHan(prev)) return true;
  const before = text.slice(Math.max(0, start - 6), start);
  if (endsWithAny(before, c.before) && !endsWithAny(before, c.beforeExceptions)) return true;
  return c.after.some((w) => text.startsWith(w, end));
}

const ADDRESS_STOP = new Set("的城里内各全所有每些几很多大这那个".split(""));

/** "云阳县南溪镇…": the county name is part of an address, not a county-wide scope. */
function isAddressPrefix(c: Compiled, text: string, end: number): boolean {
  let i = end;
  while (text[i] === " ") i++;
  for (let len = 1; len <= 5; len++) {
    const ch = text[i + len - 1];
    if (!isHan(ch) || ADDRESS_STOP.has(ch!)) return false;
    const rest = text.slice(i + len);
    if (c.addressSuffixes.some((s) => rest.startsWith(s))) return true;
  }
  return false;
}

const HAS_LATIN = /[a-z]/;

function findPlaces(c: Compiled, text: string): PlaceMention[] {
  const filter: HitFilter<PlaceData> = (hit, t) => {
    const d = hit.entry.data;
    const before = t.slice(Math.max(0, hit.start - 8), hit.start);
    if (d.notPrecededBy.length > 0 && endsWithAny(before, d.notPrecededBy)) return false;
    if (d.notFollowedBy.some((w) => t.startsWith(w, hit.end))) return false;
    if (d.needsContext && !contextAllows(c, t, hit.start, hit.end)) return false;
    if (d.place.kind === "county" && isAddressPrefix(c, t, hit.end)) return false;
    return true;
  };
  const hits = c.places.findAll(text, filter);
  // Every pinyin pattern needs a Latin letter; most texts are Han only and skip these scans.
  if (HAS_LATIN.test(text)) {
    for (const lp of c.latinPlaces) {
      for (const m of text.matchAll(lp.re)) {
        const start = m.index;
        hits.push({ entry: { norm: m[0], source: lp.source, data: lp.data }, start, end: start + m[0].length });
      }
    }
  }
  return resolveOverlaps(hits).map((h) => ({
    place: h.entry.data.place,
    ...(h.entry.data.subarea !== undefined ? { subarea: h.entry.data.subarea } : {}),
    start: h.start,
    end: h.end,
    source: h.entry.source,
    isName: h.entry.data.isName,
  }));
}

// ---------------------------------------------------------------------------
// Topics.

interface CategoryScore {
  id: CategoryId;
  score: number;
  strong: string[];
  weak: string[];
  priority: number;
  firstAt: number;
}

function scoreCategories(c: Compiled, text: string): CategoryScore[] {
  const byId = new Map<CategoryId, CategoryScore & { seen: Set<string>; weakCount: number }>();
  for (const hit of c.keywords.find(text, undefined, (h) => (h.entry.data.strong ? 1 : 0))) {
    const d = hit.entry.data;
    if (d.category === null) continue;
    let s = byId.get(d.category);
    if (!s) {
      s = { id: d.category, score: 0, strong: [], weak: [], priority: c.categoryPriority.get(d.category) ?? 0, firstAt: hit.start, seen: new Set(), weakCount: 0 };
      byId.set(d.category, s);
    }
    // Distinct words count once: repeating 垃圾 five times is still one topic word.
    if (s.seen.has(hit.entry.norm)) continue;
    s.seen.add(hit.entry.norm);
    if (d.strong) {
      s.score += d.weight;
      s.strong.push(hit.entry.source);
    } else {
      s.weak.push(hit.entry.source);
      if (s.weakCount < MAX_WEAK_COUNTED) s.score += d.weight;
      s.weakCount++;
    }
  }
  return [...byId.values()]
    .map(({ seen: _seen, weakCount: _w, ...s }) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.priority - b.priority || a.firstAt - b.firstAt);
}

// ---------------------------------------------------------------------------
// Rules.

function subareasIn(c: Compiled, text: string): { ids: SubareaId[]; mentions: PlaceMention[] } {
  const mentions = findPlaces(c, text);
  const ids = [...new Set(mentions.flatMap((m) => (m.subarea !== undefined ? [m.subarea] : [])))];
  return { ids, mentions };
}

/**
 * Applies the directory's ordered rule table. Used by the router and by the
 * model path, so the model never picks a target: it may only supply a category
 * and a place, and the rules decide. `rule` is the 1-based position of the
 * rule that fired, or null when none did (no category, or a local topic with
 * an unknown place).
 */
export function applyRules(
  directory: Directory,
  input: { category: CategoryId | null; place: PlaceId | "unknown"; text: string },
): { target: TargetId | null; rule: number | null } {
  if (input.category === null) return { target: null, rule: null };
  const c = compile(directory);
  const place = input.place === "unknown" ? undefined : c.placesById.get(input.place);
  const masked = maskTargets(c, normalizeText(input.text.slice(0, MAX_CHARS)));
  const { ids } = subareasIn(c, masked);
  const hit = firstMatchingRule(directory, input.category, place, ids);
  return hit ? { target: hit.target, rule: hit.rule } : { target: null, rule: null };
}

/**
 * What the text itself supports, read loosely, for checking a model's answer:
 * every place named in any form (context conditions ignored, so an ambiguous
 * 人和 still counts), every category with at least one keyword (specific or
 * weak), and the categories with a specific keyword.
 */
export function textEvidence(
  directory: Directory,
  text: string,
): { places: PlaceId[]; categories: CategoryId[]; specificCategories: CategoryId[] } {
  const c = compile(directory);
  const masked = maskTargets(c, normalizeText(text.slice(0, MAX_CHARS)));
  const hits: { start: number; end: number; place: PlaceId }[] = c.places
    .findAll(masked)
    .map((h) => ({ start: h.start, end: h.end, place: h.entry.data.place.id }));
  for (const lp of c.latinPlaces) {
    for (const m of masked.matchAll(lp.re)) hits.push({ start: m.index, end: m.index + m[0].length, place: lp.data.place.id });
  }
  const categories = new Set<CategoryId>();
  const specific = new Set<CategoryId>();
  for (const hit of c.keywords.find(blank(masked, findPlaces(c, masked)), undefined, (h) => (h.entry.data.strong ? 1 : 0))) {
    const d = hit.entry.data;
    if (d.category === null) continue;
    categories.add(d.category);
    if (d.strong) specific.add(d.category);
  }
  return { places: [...new Set(hits.map((h) => h.place))], categories: [...categories], specificCategories: [...specific] };
}

function maskTargets(c: Compiled, text: string): string {
  return blank(text, c.masks.find(text));
}

// ---------------------------------------------------------------------------
// Summary.

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
  const chars = Array.from(sentence);
  return chars.length > SUMMARY_MAX ? chars.slice(0, SUMMARY_MAX - 1).join("").trimEnd() + "…" : sentence;
}

// ---------------------------------------------------------------------------
// Router.

const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/**
 * Builds the deterministic router for a directory (compiled once, cached per
 * directory object). See the module comment for how a text is read.
 */
export function createRouter(directory: Directory): Router {
  const c = compile(directory);
  return { route: (text: string) => route(c, text) };
}

function route(c: Compiled, input: string): RouteDecision {
  const raw = input.slice(0, MAX_CHARS);
  const summary = summarize(raw);
  const reasons: RouteReason[] = [];
  const text = maskTargets(c, normalizeText(raw));

  // Places.
  const mentions = findPlaces(c, text);
  const specific = mentions.filter((m) => m.place.kind !== "county");
  const chosen = specific[0] ?? mentions[0];
  const place: PlaceId | "unknown" = chosen ? chosen.place.id : "unknown";
  const subareaIds = [...new Set(mentions.flatMap((m) => (m.subarea !== undefined ? [m.subarea] : [])))];
  for (const m of mentions) {
    if (m.subarea === undefined) continue;
    if (reasons.some((r) => r.kind === "subarea" && r.id === m.subarea)) continue;
    reasons.push({ kind: "subarea", id: m.subarea, words: [m.source], detail: `sub-area "${m.subarea}" ("${m.source}") is in ${m.place.id}` });
  }
  if (chosen) {
    const words = [...new Set(mentions.filter((m) => m.place.id === chosen.place.id).map((m) => m.source))];
    const others = [...new Set(mentions.map((m) => m.place.id).filter((id) => id !== chosen.place.id))];
    let detail = `place "${chosen.place.id}" from ${words.map((w) => `"${w}"`).join(", ")}`;
    if (others.length > 0) {
      const why = others.every((id) => c.placesById.get(id)?.kind === "county")
        ? "county-wide words rank below a specific place"
        : "the first specific place mentioned wins";
      detail += `; ${why} (also: ${others.join(", ")})`;
    }
    reasons.push({ kind: "place", id: chosen.place.id, words, detail });
  }

  // Topic.
  const topicText = blank(text, mentions);
  const scores = scoreCategories(c, topicText);
  const best = scores[0];
  const second = scores[1];

  // Signals.
  const has = (k: SignalKind) => c.signals[k].find(topicText);
  const instructions = has("instructions");
  const botQuestions = has("botQuestions");
  const smallTalk = has("smallTalk");
  // "怎么投诉？" asks about the bot: its 投诉 is not a request.
  const markerText = blank(topicText, botQuestions);
  const requests = c.signals.requestMarkers.find(markerText);
  const markers = [...requests, ...c.signals.problemMarkers.find(markerText)];
  const rest = blank(topicText, c.nonContent.find(topicText));
  // A fallback-topic matter needs words of its own beyond "always / nobody …" (巴阳镇的问题一直没人解决 names none).
  const content = countContent(blank(rest, c.generic.find(rest)));
  const hasMatterWords = content.han >= MIN_CONTENT_HAN || content.words >= MIN_CONTENT_WORDS;
  const src = (hits: Hit<null>[]) => [...new Set(hits.map((h) => h.entry.source))];

  let category: CategoryId | null = null;
  let isSuggestion = false;
  let categoryConfidence = 0;
  if (best && best.strong.length > 0 && !(botQuestions.length > 0 && markers.length === 0)) {
    category = best.id;
    isSuggestion = true;
    const strongCount = best.strong.length;
    categoryConfidence = strongCount >= 2 ? 0.9 : 0.8;
    if (second && second.score >= best.score * 0.75) categoryConfidence -= 0.2;
    reasons.push({
      kind: "category",
      id: best.id,
      words: [...best.strong, ...best.weak],
      detail:
        `topic "${best.id}" (score ${best.score}) from ${best.strong.map((w) => `"${w}"`).join(", ")}` +
        (best.weak.length ? ` with ${best.weak.map((w) => `"${w}"`).join(", ")}` : "") +
        (second ? `; runner-up "${second.id}" (${second.score})` : "") +
        (second && second.score === best.score ? `; tie broken by topic priority` : "") +
        (instructions.length ? `; instruction-like words ignored (${src(instructions).join(", ")})` : ""),
    });
  } else if (instructions.length > 0) {
    reasons.push({
      kind: "not-a-suggestion",
      id: "instructions",
      words: src(instructions),
      detail: "instruction-like text with no topic; it is ignored and the resident is asked to describe the matter",
    });
  } else if (botQuestions.length > 0) {
    reasons.push({ kind: "not-a-suggestion", id: "bot-question", words: src(botQuestions), detail: "a question about the bot, not a suggestion" });
  } else if (best && markers.length > 0) {
    category = best.id;
    isSuggestion = true;
    categoryConfidence = 0.55;
    reasons.push({
      kind: "category",
      id: best.id,
      words: best.weak,
      detail: `topic "${best.id}" from context words ${best.weak.map((w) => `"${w}"`).join(", ")} with a request or problem (${src(markers).join(", ")})`,
    });
  } else if (markers.length > 0 && hasMatterWords) {
    category = c.dir.fallbackCategory;
    isSuggestion = true;
    categoryConfidence = 0.5;
    reasons.push({
      kind: "category",
      id: category,
      words: src(markers),
      detail: `a request or problem (${src(markers).join(", ")}) with no topic keyword: fallback topic "${category}"`,
    });
  } else if (requests.length > 0) {
    reasons.push({
      kind: "not-a-suggestion",
      id: "no-matter",
      words: src(requests),
      detail: "the resident wants to raise something but has not said what yet",
    });
  } else {
    const words = src(smallTalk);
    reasons.push({
      kind: "not-a-suggestion",
      id: words.length ? "small-talk" : "nothing",
      ...(words.length ? { words } : {}),
      detail: words.length ? "greeting or small talk, not a suggestion" : "no topic, no request and no problem: not a suggestion",
    });
  }

  // Target.
  let target: TargetId | null = null;
  let confidence: number;
  if (category !== null) {
    const hit = firstMatchingRule(c.dir, category, chosen?.place, subareaIds);
    const placeConfidence = !chosen ? 1 : (chosen.isName ? 1 : 0.92) - (new Set(specific.map((m) => m.place.id)).size > 1 ? 0.15 : 0);
    if (hit) {
      target = hit.target;
      const note = c.dir.rules[hit.rule - 1]?.note;
      reasons.push({
        kind: "rule",
        id: hit.target,
        rule: hit.rule,
        detail: `rule ${hit.rule}${hit.byPlace ? ` (by place: ${chosen?.place.kind} "${place}")` : ""} → ${hit.target}${note ? `: ${note}` : ""}`,
      });
      confidence = categoryConfidence * (hit.byPlace ? placeConfidence : 1);
    } else {
      reasons.push({
        kind: "rule",
        detail: `no rule gives a target for topic "${category}" without a place; ask the resident where`,
      });
      confidence = categoryConfidence * 0.5;
    }
  } else {
    // Sure of "no suggestion" when the text says what it is instead (hello, a question about the bot…).
    confidence = smallTalk.length || instructions.length || botQuestions.length ? 0.9 : 0.7;
  }

  return { category, place, target, confidence: round2(confidence), reasons, isSuggestion, summary };
}
