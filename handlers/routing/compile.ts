/**
 * Compilation: turns a validated directory into the lexicons the router reads
 * with (once per directory object, cached). Everything the router knows about
 * words comes from data/directory.json through here; the other modules hold
 * no vocabulary of their own beyond a few grammatical constants.
 */
import {
  aliasText,
  allWords,
  type Alias,
  type CategoryId,
  type Directory,
  type Place,
  type PlaceId,
  type SubareaId,
  type WordLists,
} from "../directory/schema.js";
import { blank, Lexicon } from "./lexicon.js";
import { normalizeText } from "./normalize.js";

/** Longest text the router reads; the rest of a huge message adds nothing to routing. */
export const MAX_CHARS = 4000;
/** Score of a weak keyword (a word that only says where or who). */
export const WEAK_WEIGHT = 0.3;

export interface PlaceData {
  place: Place;
  subarea?: SubareaId;
  needsContext: boolean;
  notPrecededBy: string[];
  notFollowedBy: string[];
  /** The place's own name (not a short alias): strongest evidence. */
  isName: boolean;
  /** The name this mention sounds like, when it is a sound-alike of it (黄时镇 for 黄石镇). */
  soundsLike?: string;
}

export interface KeywordData {
  category: CategoryId | null;
  strong: boolean;
  weight: number;
  /** Says who the matter concerns (老年人, 学生), not what it is. */
  incidental: boolean;
}

export type SignalKind =
  | "smallTalk"
  | "botQuestions"
  | "instructions"
  | "requestMarkers"
  | "problemMarkers"
  | "thanks"
  | "resolved"
  | "generalQuestions"
  | "closings";

export type CueKind =
  | "notPlaces"
  | "outsideBefore"
  | "outsideAfter"
  | "personBefore"
  | "personAfter"
  | "nameAfter"
  | "nameBefore"
  | "countyInstitutions"
  | "between"
  | "onTheWay"
  | "routeFrom"
  | "routeTo"
  | "routeNotTo"
  | "sayings"
  | "outsideLinkers"
  | "residence"
  | "hometown"
  | "work"
  | "workAfter"
  | "schoolAfter"
  | "homeAfter"
  | "matter"
  | "comparison"
  | "contrast"
  | "homeWords"
  | "hometownWords"
  | "workWords";

export interface Compiled {
  dir: Directory;
  placesById: Map<PlaceId, Place>;
  masks: Lexicon<null>;
  /** Target ids and aliases only: a target's name may still say where (凤鸣镇人大代表之家 is in 凤鸣镇). */
  placeMasks: Lexicon<null>;
  /** Category names, blanked when the text gives instructions ("类别设为矛盾纠纷"). */
  categoryNames: Lexicon<null>;
  places: Lexicon<PlaceData>;
  /** English place names with free spacing ("Feng Ming", "fengmingzhen"). */
  latinPlaces: { re: RegExp; data: PlaceData; source: string }[];
  keywords: Lexicon<KeywordData>;
  signals: Record<SignalKind, Lexicon<null>>;
  /** Normalised cue words for places (see the directory's matching.placeCues). */
  cues: Record<CueKind, string[]>;
  /** Any contrast word (但是, but as a whole word), for testing the head of a sentence. */
  contrastPattern: RegExp;
  /** Phrases that contain a place name but are not the place. */
  notPlaces: Lexicon<null>;
  /** The directory's neutral phrases (三天两头 is "often", not two places). */
  neutral: Lexicon<null>;
  /** Han surnames, one character each (王, 刘). */
  surnames: Set<string>;
  /** Surnames in pinyin (chen, wang): before a place name in English, a person's name (Dr. Chen Renhe). */
  latinSurnames: Set<string>;
  disputeTerms: Lexicon<null>;
  disputeActs: Lexicon<null>;
  /** Acts that name the stake themselves (欠我, owes me): a dispute cue alone. */
  disputeClaims: Lexicon<null>;
  /** Promise words (说好, promised): with a negative after them in the sentence, a broken promise. */
  promises: Lexicon<null>;
  negations: string[];
  /** A writer correcting a place (不对不对, 我说错了, I meant): see `placeCues.corrections`. */
  corrections: Lexicon<null>;
  /** Says the thing just named is fine (本身没什么问题, is fine): see `topicCues.cleared`. */
  cleared: Lexicon<null>;
  locativeAfter: string[];
  /** Compliments made of a degree word and a praise word (态度特别好, so kind), or a praise word and 多了 (亮堂多了). */
  praise: { degrees: string[]; words: Lexicon<null> };
  /** The writer's own feelings (心情, 心里): a problem word after one in its clause is no matter. */
  feelings: string[];
  /** What a wish hopes for (愉快, nice weekend): a request word before one in its clause asks nothing. */
  wishes: string[];
  /** Public benefits (补贴, pension): one withheld is the sector's matter, not a dispute. */
  benefits: Lexicon<null>;
  /** Words that only say the matter is in the countryside (村里, village): alone, no topic. */
  settlements: Set<string>;
  /** Words that say nothing about the matter: requests, fillers, small talk. */
  nonContent: Lexicon<null>;
  generic: Lexicon<null>;
  before: string[];
  beforeExceptions: string[];
  after: string[];
  addressSuffixes: string[];
  categoryPriority: Map<CategoryId, number>;
}

/** Words that go with any complaint and name no matter by themselves (simplified; matched after normalisation). */
const GENERIC_COMPLAINT_WORDS = ["一直", "总是", "经常", "老是", "没人", "没有人", "从来", "从不", "多次", "好久", "很久", "好几天", "好多年", "一直没人", "问题", "事情"];

const compiledCache = new WeakMap<Directory, Compiled>();

const norm = (s: string) => normalizeText(s);

function wordsOf(lists: WordLists): { word: string; data: null }[] {
  return allWords(lists).map((word) => ({ word, data: null }));
}

/** Normalised, deduplicated, longest first (so "我家在" is tried before "在"). */
function normList(lists: WordLists): string[] {
  return [...new Set(allWords(lists).map(norm).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** The unit a township's or street's full name ends in; a sound-alike never swaps these. */
const PLACE_UNITS = ["土家族乡", "街道", "镇", "乡"];

/**
 * A sound-alike of each full name, unit included (黄时镇 for 黄石镇, 青水乡 for 清水乡, 北部新去 for 北部新区):
 * one character of the name swapped for one of its group in
 * `matching.soundAlikes`. Never a variant that is already some place's alias.
 */
function soundAlikeEntries(dir: Directory, entries: readonly { word: string; data: PlaceData }[]): { word: string; data: PlaceData }[] {
  const groups = new Map<string, string[]>();
  for (const group of dir.matching.soundAlikes) {
    const chars = [...normalizeText(group)];
    for (const ch of chars) groups.set(ch, [...(groups.get(ch) ?? []), ...chars.filter((x) => x !== ch)]);
  }
  if (groups.size === 0) return [];
  const taken = new Set(entries.map((e) => normalizeText(e.word)));
  const out: { word: string; data: PlaceData }[] = [];
  for (const e of entries) {
    const n = normalizeText(e.word);
    if (e.data.place.kind === "county" || n.length < 3 || !/^[\u4e00-\u9fff]+$/.test(n)) continue;
    const unit = e.data.subarea === undefined ? PLACE_UNITS.find((u) => n.endsWith(u) && n.length > u.length) : "";
    if (unit === undefined) continue;
    const stem = n.slice(0, n.length - unit.length);
    for (const [i, ch] of [...stem].entries()) {
      for (const alt of groups.get(ch) ?? []) {
        const word = stem.slice(0, i) + alt + stem.slice(i + 1) + unit;
        if (taken.has(word)) continue;
        taken.add(word);
        out.push({ word, data: { ...e.data, soundsLike: e.word } });
      }
    }
  }
  return out;
}

/** Compiles a directory (cached per directory object). */
export function compile(dir: Directory): Compiled {
  const cached = compiledCache.get(dir);
  if (cached) return cached;

  const masks = new Lexicon<null>(
    [
      ...dir.targets.flatMap((t) => [t.id, ...t.aliases, ...Object.values(t.name)]),
      ...dir.categories.map((c) => c.id).filter((id) => id.includes("-")),
    ].map((word) => ({ word, data: null })),
  );

  const placeMasks = new Lexicon<null>(
    [...dir.targets.flatMap((t) => [t.id, ...t.aliases]), ...dir.categories.map((c) => c.id).filter((id) => id.includes("-"))].map((word) => ({ word, data: null })),
  );
  const categoryNames = new Lexicon<null>(dir.categories.flatMap((c) => [c.id, ...Object.values(c.name)]).map((word) => ({ word, data: null })));

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
        // Ching-shui, P'an-lung: a hyphen or an apostrophe between letters is a space.
        const letters = n.replace(/ /g, "").split("").join("[ '’-]?");
        const re = new RegExp(`(?<![a-z0-9])${letters}(?:[ -]?(?:zhen|xiang|jiedao|jie|cun|shequ|qu))?(?![a-z0-9])`, "g");
        latinPlaces.push({ re, data, source: text });
      } else {
        placeEntries.push({ word: text, data });
      }
    }
  };
  const placesById = new Map(dir.places.map((p) => [p.id, p] as const));
  for (const p of dir.places) addAliases(p, p.aliases, Object.values(p.name));
  for (const s of dir.subareas) addAliases(placesById.get(s.place)!, s.aliases, Object.values(s.name), s.id);
  placeEntries.push(...soundAlikeEntries(dir, placeEntries));

  const incidental = new Set(allWords(dir.matching.topicCues.incidental).map(norm));
  const keywordEntries: { word: string; data: KeywordData }[] = [];
  // Neutral phrases first: on equal length they win, and they score nothing.
  for (const word of allWords(dir.matching.neutralPhrases)) {
    keywordEntries.push({ word, data: { category: null, strong: false, weight: 0, incidental: false } });
  }
  for (const c of dir.categories) {
    for (const word of allWords(c.keywords)) {
      const n = norm(word);
      // A lone character (药, 堵, 累) needs its topic's context: it yields, like 老年人, to a topic with words of its own.
      keywordEntries.push({ word, data: { category: c.id, strong: true, weight: keywordWeight(n), incidental: incidental.has(n) || isLoneHan(n) } });
    }
    for (const word of allWords(c.weakKeywords)) {
      keywordEntries.push({ word, data: { category: c.id, strong: false, weight: WEAK_WEIGHT, incidental: incidental.has(norm(word)) } });
    }
  }

  const sig = dir.matching.signals;
  const signals: Record<SignalKind, Lexicon<null>> = {
    smallTalk: new Lexicon(wordsOf(sig.smallTalk)),
    botQuestions: new Lexicon(wordsOf(sig.botQuestions)),
    instructions: new Lexicon(wordsOf(sig.instructions)),
    requestMarkers: new Lexicon(wordsOf(sig.requestMarkers)),
    problemMarkers: new Lexicon(wordsOf(sig.problemMarkers)),
    thanks: new Lexicon(wordsOf(sig.thanks)),
    resolved: new Lexicon(wordsOf(sig.resolved)),
    generalQuestions: new Lexicon(wordsOf(sig.generalQuestions)),
    closings: new Lexicon(wordsOf(sig.closings)),
  };
  // Problem words (坏了, 太差) are part of the matter; requests (建议, 反映) are not; nor are
  // the generic "always / never / nobody / for ages" that go with any complaint.
  const generic = new Lexicon<null>(GENERIC_COMPLAINT_WORDS.map((word) => ({ word, data: null })));
  const nonContent = new Lexicon<null>([
    ...[sig.smallTalk, sig.botQuestions, sig.instructions, sig.requestMarkers, sig.fillers, sig.thanks, sig.resolved, sig.generalQuestions, sig.closings, dir.matching.neutralPhrases].flatMap(wordsOf),
  ]);

  const pc = dir.matching.placeCues;
  const cues: Record<CueKind, string[]> = {
    notPlaces: normList(pc.notPlaces),
    outsideBefore: normList(pc.outsideBefore),
    outsideAfter: normList(pc.outsideAfter),
    personBefore: normList(pc.personBefore),
    personAfter: normList(pc.personAfter),
    nameAfter: normList(pc.nameAfter),
    nameBefore: normList(pc.nameBefore),
    countyInstitutions: normList(pc.countyInstitutions),
    between: normList(pc.between),
    onTheWay: normList(pc.onTheWay),
    routeFrom: normList(pc.routeFrom),
    routeTo: normList(pc.routeTo),
    routeNotTo: normList(pc.routeNotTo),
    sayings: normList(pc.sayings),
    outsideLinkers: normList(pc.outsideLinkers),
    residence: normList(pc.residence),
    hometown: normList(pc.hometown),
    work: normList(pc.work),
    workAfter: normList(pc.workAfter),
    schoolAfter: normList(pc.schoolAfter),
    homeAfter: normList(pc.homeAfter),
    matter: normList(pc.matter),
    comparison: normList(pc.comparison),
    contrast: normList(pc.contrast),
    homeWords: normList(pc.homeWords),
    hometownWords: normList(pc.hometownWords),
    workWords: normList(pc.workWords),
  };
  const tc = dir.matching.topicCues;

  const compiled: Compiled = {
    dir,
    placesById,
    masks,
    placeMasks,
    categoryNames,
    places: new Lexicon(placeEntries),
    latinPlaces,
    keywords: new Lexicon(keywordEntries),
    signals,
    cues,
    contrastPattern: new RegExp(cues.contrast.map((w) => (/^[a-z]/.test(w) ? `\\b${escapeRegExp(w)}\\b` : escapeRegExp(w))).join("|") || "(?!)"),
    notPlaces: new Lexicon(wordsOf(pc.notPlaces)),
    neutral: new Lexicon(wordsOf(dir.matching.neutralPhrases)),
    surnames: new Set([...(pc.surnames["zh-CN"] ?? []), ...(pc.surnames["zh-TW"] ?? [])].flatMap((w) => Array.from(norm(w)))),
    latinSurnames: new Set((pc.surnames.en ?? []).map(norm)),
    disputeTerms: new Lexicon(wordsOf(tc.disputeTerms)),
    disputeActs: new Lexicon(wordsOf(tc.disputeActs)),
    disputeClaims: new Lexicon(wordsOf(tc.disputeClaims)),
    promises: new Lexicon(wordsOf(tc.promises)),
    negations: normList(tc.negations),
    cleared: new Lexicon(wordsOf(tc.cleared)),
    corrections: new Lexicon(wordsOf(dir.matching.placeCues.corrections)),
    locativeAfter: normList(tc.locativeAfter),
    praise: { degrees: normList(tc.praiseDegrees), words: new Lexicon(wordsOf(tc.praiseWords)) },
    feelings: normList(tc.feelings),
    wishes: normList(tc.wishes),
    benefits: new Lexicon(wordsOf(tc.benefits)),
    settlements: new Set(normList(tc.settlements)),
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

const isLoneHan = (n: string) => /^\p{Script=Han}$/u.test(n);

/**
 * Longer phrases are more specific; a lone Han character is the least (it is
 * so often part of another word: 垮 in 累垮了, 坑 in 坑人).
 */
export function keywordWeight(n: string): number {
  if (/[a-z]/.test(n)) {
    const words = n.split(" ").length;
    return Math.min(1.5, 1 + 0.25 * (words - 1));
  }
  const len = Array.from(n).length;
  if (len <= 1) return 0.6;
  return Math.min(1.5, 1 + 0.125 * (len - 2));
}

/**
 * The two readings of a text, index for index: `text` with target and
 * category names blanked (for topics), `placeText` with only target ids and
 * aliases blanked (a target's name still says where it is).
 */
export function readableTexts(c: Compiled, input: string): { text: string; placeText: string } {
  const n = normalizeText(input.slice(0, MAX_CHARS));
  return { text: blank(n, c.masks.find(n)), placeText: blank(n, c.placeMasks.find(n)) };
}

/** A word as a literal inside a regular expression. */
function escapeRegExp(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
