/**
 * Places: which places a text names, and where the matter is.
 *
 * 1. Mentions. Every alias of every place and sub-area is looked up. Names
 *    that are also common words (人和, 清水) count only at the start of a
 *    clause or after a locative word. A mention is not a place when it is part
 *    of an idiom or a fixed phrase (天时地利人和, 黄石公园), a place of another
 *    province or city (湖北黄石, 黄石市, 甘肃清水县), or a person's name
 *    (刘凤鸣老师, 歌手黄石, teacher Ms Qingshui). Those are kept as rejected
 *    mentions so the explanation can say why.
 * 2. Roles. The words right before a mention say what it is to the resident:
 *    home or origin (住在, 我家在, 我是, I live in), family home (老家),
 *    work (单位在, 在…上班, I work in), or where the matter is (问题在, 发生在,
 *    the problem is in); otherwise it is a plain mention.
 * 3. Weighing. Each place scores its best mention: home 1, family home 1,
 *    work 1, plain 2, matter 3; +1 when the mention is in a clause that
 *    states the problem (a topic keyword or a problem word); +0.5 after a
 *    contrast (但是, but). A problem clause that names no place but points
 *    back at a role (老家房子后面…, 单位门口…, 我家楼下…) gives +1.5 to the place
 *    of that role; one that repeats the word of a mention's cue (婆家在凤鸣镇…
 *    婆家隔壁…) gives it to that mention alone. County-wide words count only when no township or street is
 *    named; "云阳县XX镇" is an address, not county-wide.
 * 4. Decision. The best-scoring place wins. When two or more places share the
 *    best score, the place is "unknown" and they are the candidates: the bot
 *    asks the resident with them as buttons. No mention → "unknown": a place is
 *    never guessed.
 */
import type { Place, PlaceId, SubareaId } from "../directory/schema.js";
import type { Compiled, CueKind, PlaceData } from "./compile.js";
import { blank, resolveOverlaps, type Hit, type HitFilter } from "./lexicon.js";
import { isHan } from "./normalize.js";

export type PlaceRole = "home" | "hometown" | "work" | "matter" | "plain" | "compared" | "former";

export interface PlaceMention {
  place: Place;
  subarea?: SubareaId;
  start: number;
  end: number;
  /** The alias as written in the directory. */
  source: string;
  isName: boolean;
  /** The full name a sound-alike stands for (黄石镇 for 黄时镇). */
  soundsLike?: string;
  role: PlaceRole;
  /** The cue that gave the role, as normalised text. */
  cue?: string;
  /** Where the cue is in the text: words about the resident, not the matter (住在, 在…上班, 开店). */
  cueSpan?: { start: number; end: number };
}

/** A place name that is not the place, and why. */
export interface RejectedMention {
  place: PlaceId;
  source: string;
  start: number;
  end: number;
  why: "idiom" | "outside" | "person" | "name" | "negated";
  /** For a shop or brand name: the whole name (人和药房), which says nothing about the topic. */
  nameSpan?: { start: number; end: number };
}

export interface PlaceScore {
  place: PlaceId;
  score: number;
  /** The mention that scored best for this place. */
  best: PlaceMention;
  inProblemClause: boolean;
  pointedBack: boolean;
}

/** What the text says about places. */
export interface PlaceReading {
  place: PlaceId | "unknown";
  /** The best mention of the chosen place. */
  chosen?: PlaceMention;
  mentions: PlaceMention[];
  rejected: RejectedMention[];
  /** Specific places, best first (county only when no specific place). */
  scores: PlaceScore[];
  /** Two or more places equally likely: the resident is asked with these. */
  candidates: PlaceId[];
  subareaIds: SubareaId[];
  /** Several specific places were named. */
  several: boolean;
}

/** Home, family home and work weigh the same: where the resident is says nothing of where the matter is until a pointer or the problem's clause tells. */
const ROLE_BASE: Record<PlaceRole, number> = { compared: 0.5, former: 0.5, home: 1, hometown: 1, work: 1, plain: 2, matter: 3 };
const IN_PROBLEM_CLAUSE = 1;
const POINTED_BACK = 1.5;
const AFTER_CONTRAST = 0.5;
/** Characters before a mention in which a role cue is looked for. */
const CUE_WINDOW = 24;
/** Characters between a name and a "work" word after it (在双江那边上班). */
const WORK_AFTER_GAP = 4;

function endsWithAny(text: string, words: readonly string[]): string | undefined {
  // An English cue is a word of its own: "was in" does not end with "as in".
  return words.find((w) => text.endsWith(w) && !(/^[a-z]/.test(w) && /[a-z]/.test(text[text.length - w.length - 1] ?? "")));
}

/** Text before `start`, without trailing spaces and commas ("湖北, 黄石" → "湖北"). */
function before(text: string, start: number): string {
  // "now in the north new district": an English article does not hide the cue.
  return text.slice(Math.max(0, start - CUE_WINDOW), start).replace(/[\s,，、]+$/, "").replace(/(?<=[a-z]) the$/, "");
}

function after(text: string, end: number): string {
  // Room for the longest cue after a name ("is my grandfather's name").
  return text.slice(end, end + CUE_WINDOW + 16).replace(/^[\s,，、]+/, "");
}

/**
 * A context-only name counts at the start of a clause, after a locative word
 * (在, 住在, 我们…) or before a place word (的, 这边, 社区…).
 */
function contextAllows(c: Compiled, text: string, start: number, end: number): boolean {
  const prev = text[start - 1];
  // An opening bracket or quote is no clause start: "clear water (清水)", “人和”.
  if (prev !== undefined && OPENERS.has(prev)) return false;
  if (prev === undefined || !isHan(prev)) return true;
  const b = text.slice(Math.max(0, start - 6), start);
  if (endsWithAny(b, c.before) && !endsWithAny(b, c.beforeExceptions)) return true;
  return c.after.some((w) => text.startsWith(w, end));
}

const ADDRESS_STOP = new Set("的城里内各全所有每些几很多大这那个农".split(""));

const OPENERS = new Set(["(", "（", "“", "「", "『", "\"", "'", "‘", "《", "【", "["]);
const CLOSERS = new Set([")", "）", "”", "」", "』", "\"", "'", "’", "》", "】", "]"]);
/** Characters a quoted shop or brand name may add to a place name (“青龙火锅”, 「人和超市」). */
const QUOTED_NAME_MAX = 6;
/** The same for a Latin name (letters and spaces). */
const QUOTED_LATIN_MAX = 16;

/** A place name inside short quotes: “青龙火锅”, 「青龍」那家KTV, "凤鸣"牌. */
function inQuotes(text: string, start: number, end: number): boolean {
  // 'Qinglong Dragon' karaoke bar, 'Golden Renhe' tea house: a Latin name in quotes may run on for a word or two.
  const latin = /[a-z]/.test(text[start] ?? "");
  const max = latin ? QUOTED_LATIN_MAX : QUOTED_NAME_MAX;
  let i = start - 1;
  while (i >= 0 && start - i <= max && !OPENERS.has(text[i]!) && (isHan(text[i]) || (latin && /[a-z ]/.test(text[i]!)))) i--;
  if (i < 0 || !OPENERS.has(text[i]!) || text[i] === "(" || text[i] === "（") return false;
  // An apostrophe inside a word (I'm, don't) opens and closes nothing.
  const inWord = (k: number) => /[a-z]/.test(text[k - 1] ?? "") && /[a-z]/.test(text[k + 1] ?? "");
  if (latin && inWord(i)) return false;
  let j = end;
  while (j < text.length && j - end <= max && !CLOSERS.has(text[j]!) && (isHan(text[j]) || /[a-z0-9]/.test(text[j]!) || (latin && text[j] === " "))) j++;
  return j < text.length && CLOSERS.has(text[j]!) && text[j] !== ")" && text[j] !== "）" && !(latin && inWord(j));
}

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

/** Right before a place name, these say it is not the one meant (不是那个盘龙, not in Bayang). */
const NEGATED_BEFORE = /(?:不是|并不是|并非)(?:那个|这个|那|这|在|住在|住)?$|\bnot (?:in |at |that |the )?$|\b(?:isn't|is not|not) about$|\bnothing to do with$/;
/** 跟凤鸣没关系: after 跟/和/与 and the name, these deny it. */
const UNRELATED_AFTER = /^(?:镇|乡|街道|街)?(?:也|都|就|倒)?(?:没关系|没有关系|无关|没啥关系|没什么关系|不相干)/;
/** After a bare place name, these make it a landmark's name (盘龙山, 青龙寺, 凤鸣洞). */
const LANDMARK_AFTER = ["山", "岭", "寺", "庙", "宫", "观", "祠", "洞", "峡", "峰", "假山", "石柱", "柱"];

/** After a surname and a bare place name, the household of a person (王青龙家): not the place. */
const HOUSEHOLD = "家";

/** Why a hit is not the place, or undefined when it may be. */
function notThePlace(c: Compiled, text: string, hit: Hit<PlaceData>, idiomSpans: readonly { start: number; end: number }[]): RejectedMention["why"] | undefined {
  const d = hit.entry.data;
  if (d.place.kind === "county") return undefined;
  if (idiomSpans.some((s) => hit.start < s.end && s.start < hit.end)) return "idiom";
  const b = before(text, hit.start);
  const a = after(text, hit.end);
  if (endsWithAny(b, c.cues.outsideBefore)) return "outside";
  // 福建也有个凤鸣镇: a region, a linker, the name.
  const linker = endsWithAny(b, c.cues.outsideLinkers);
  if (linker && endsWithAny(b.slice(0, -linker.length).trimEnd(), c.cues.outsideBefore)) return "outside";
  if (c.cues.outsideAfter.some((w) => a.startsWith(w))) return "outside";
  // "a Shuangjiang town in Yunnan": a unit word, then in another region.
  const region = /^(?:(?:town|township|county|city|village|district) )?(?:(?:up|down|over|out) )?in ([a-z]+)/.exec(a);
  if (region && c.cues.outsideBefore.includes(region[1]!)) return "outside";
  // 都说家和万事兴、人和百事顺: a common-word name in a saying.
  if (d.needsContext) {
    let s = hit.start;
    while (s > 0 && !CLAUSE_END.test(text[s - 1]!)) s--;
    if (c.cues.sayings.some((w) => text.slice(s, hit.start).includes(w))) return "idiom";
  }
  // 我说的不是那个盘龙, not Bayang but…: a place said not to be the one (是不是盘龙 asks, it does not deny).
  if (NEGATED_BEFORE.test(b) && !/是不是(?:那个|这个|那|这)?$/.test(b)) return "negated";
  // 我要说的事情跟凤鸣没关系: a place said to have nothing to do with the matter.
  if (/[跟和与]$/.test(b) && UNRELATED_AFTER.test(text.slice(hit.end, hit.end + 6))) return "negated";
  // a karaoke bar called Golden Qinglong: a name given to something, a word or two before the place name.
  if (!isHan(text[hit.start]) && /\b(?:called|named)(?: [a-z']+){0,2}$/.test(b)) return "name";
  if (d.isName) return undefined;
  // 盘龙山, 青龙寺: a mountain, a temple or a cave named after the place is a landmark, not the place.
  if (isHan(text[hit.start]) && LANDMARK_AFTER.some((w) => text.startsWith(w, hit.end))) return "name";
  if (inQuotes(text, hit.start, hit.end)) return "name";
  if (c.cues.nameAfter.some((w) => a.startsWith(w))) return "name";
  // 一家青龙烤鱼, 那间凤鸣小馆: counted by 家/间, a short name followed by more of a name is a shop.
  // 那家双江的店 or 这家青龙街道… still says where.
  if (endsWithAny(b, c.cues.nameBefore) && isHan(text[hit.end]) && !c.after.some((w) => text.startsWith(w, hit.end)) && !c.addressSuffixes.some((w) => text.startsWith(w, hit.end))) return "name";
  // "our village head in Renhe, says…", 住在人和，说…: after a locative word the name is the place, whatever follows.
  const located = /(?:\b(?:in|at|from|near|to)|[在住到])$/.test(b);
  if (!located && c.cues.personAfter.some((w) => a.startsWith(w))) return "person";
  if (endsWithAny(b, c.cues.personBefore)) return "person";
  // 班主任刘凤鸣, 歌手王黄石: a role word, a surname, the name.
  const last = b[b.length - 1];
  if (last !== undefined && c.surnames.has(last) && endsWithAny(b.slice(0, -1), c.cues.personBefore)) return "person";
  // Dr. Chen Renhe, my neighbour Wang Qinglong: a surname in pinyin right before the name makes a person's name.
  if (!isHan(text[hit.start]) && c.latinSurnames.has(/([a-z]+)$/.exec(b)?.[1] ?? "")) return "person";
  // 住三楼的刘凤鸣，电线从窗户拉出来: a surname right before a bare name that ends its clause is a person's name.
  if (last !== undefined && c.surnames.has(last) && isHan(text[hit.start]) && /^(?:$|[,，。.!！?？;；\s])/.test(text.slice(hit.end, hit.end + 1))) return "person";
  // 王青龙家的狗, 刘黄石说: a surname, the bare name, then his household or a person's words.
  if (last !== undefined && c.surnames.has(last) && (a.startsWith(HOUSEHOLD) || c.cues.personAfter.some((w) => a.startsWith(w)))) return "person";
  return undefined;
}

/** Han characters a shop's name may add after the place name (人和药房, 青龙烤鱼) when no shop word says where it ends. */
const SHOP_NAME_MAX = 3;

/** Where a shop or brand name that starts with a place name ends: after its shop word, or a few characters on. */
function shopNameEnd(c: Compiled, text: string, end: number): number {
  const word = c.cues.nameAfter.find((w) => text.startsWith(w, end) || text.startsWith(" " + w, end));
  if (word) return end + word.length + (text[end] === " " ? 1 : 0);
  let e = end;
  while (e < text.length && e - end < SHOP_NAME_MAX && isHan(text[e]) && text[e] !== "的") e++;
  return e;
}

/** Every place mention the text supports, and the names that are not places. */
export function findPlaces(c: Compiled, text: string): { mentions: PlaceMention[]; rejected: RejectedMention[] } {
  const idiomSpans = c.notPlaces.find(text);
  const rejected: RejectedMention[] = [];
  const filter: HitFilter<PlaceData> = (hit, t) => {
    const d = hit.entry.data;
    // First what the name is instead (so the explanation can say it), then the alias's own conditions.
    const why = notThePlace(c, t, hit, idiomSpans);
    if (why) {
      // 美国黄石公园: the whole fixed phrase says nothing of the topic (its 公园 is not ours).
      const idiom = why === "idiom" ? idiomSpans.find((s) => hit.start < s.end && s.start < hit.end) : undefined;
      const nameSpan = why === "name" ? { start: hit.start, end: shopNameEnd(c, t, hit.end) } : idiom ? { start: idiom.start, end: idiom.end } : undefined;
      rejected.push({ place: d.place.id, source: hit.entry.source, start: hit.start, end: hit.end, why, ...(nameSpan ? { nameSpan } : {}) });
      return false;
    }
    const b = t.slice(Math.max(0, hit.start - 8), hit.start);
    if (d.notPrecededBy.length > 0 && endsWithAny(b, d.notPrecededBy)) return false;
    if (d.notFollowedBy.some((w) => t.startsWith(w, hit.end))) return false;
    if (d.needsContext && !contextAllows(c, t, hit.start, hit.end)) return false;
    if (d.place.kind === "county" && isAddressPrefix(c, t, hit.end)) return false;
    return true;
  };
  const hits = c.places.findAll(text, filter);
  hits.push(...countyInstitutionHits(c, text));
  // Every pinyin pattern needs a Latin letter; most texts are Han only and skip these scans.
  if (HAS_LATIN.test(text)) {
    for (const lp of c.latinPlaces) {
      for (const m of text.matchAll(lp.re)) {
        const hit: Hit<PlaceData> = { entry: { norm: m[0], source: lp.source, data: lp.data }, start: m.index, end: m.index + m[0].length };
        if (filter(hit, text)) hits.push(hit);
      }
    }
  }
  const mentions = resolveOverlaps(hits).map((h): PlaceMention => {
    const { role, cue, cueSpan } = roleOf(c, text, h.start, h.end);
    return {
      place: h.entry.data.place,
      ...(h.entry.data.subarea !== undefined ? { subarea: h.entry.data.subarea } : {}),
      start: h.start,
      end: h.end,
      source: h.entry.source,
      isName: h.entry.data.isName,
      ...(h.entry.data.soundsLike !== undefined ? { soundsLike: h.entry.data.soundsLike } : {}),
      role,
      ...(cue !== undefined ? { cue } : {}),
      ...(cueSpan !== undefined ? { cueSpan } : {}),
    };
  });
  // A rejected name inside an accepted longer one (黄石 in 黄石镇) is no news.
  const kept = rejected.filter((r) => !mentions.some((m) => r.start < m.end && m.start < r.end));
  return { mentions, rejected: kept.filter((r, i) => kept.findIndex((x) => x.start === r.start) === i) };
}

const HAS_LATIN = /[a-z]/;
/** 县 (simplified by normalisation) starting a county institution's name. */
const COUNTY_CHAR = "县";
/** Before 县医院 these still leave it the county's: 去县医院, 我们县医院, 在县政府. */
const COUNTY_LEAD = new Set("在到去从的是和跟与了把让给我们咱这那上回".split(""));

/**
 * 县医院, 县政府, 县一中: an institution of the county says the matter is county-wide. Only the 县
 * is the mention (医院 still tells the topic), and not inside another name (清水县医院 is Gansu's).
 */
function countyInstitutionHits(c: Compiled, text: string): Hit<PlaceData>[] {
  const county = c.dir.places.find((p) => p.kind === "county");
  if (!county || !text.includes(COUNTY_CHAR)) return [];
  const hits: Hit<PlaceData>[] = [];
  for (let i = text.indexOf(COUNTY_CHAR); i >= 0; i = text.indexOf(COUNTY_CHAR, i + 1)) {
    const prev = text[i - 1];
    if (prev !== undefined && isHan(prev) && !COUNTY_LEAD.has(prev)) continue;
    const word = c.cues.countyInstitutions.find((w) => text.startsWith(w, i + 1));
    if (!word) continue;
    const data: PlaceData = { place: county, needsContext: false, notPrecededBy: [], notFollowedBy: [], isName: false };
    hits.push({ entry: { norm: COUNTY_CHAR, source: COUNTY_CHAR + word, data }, start: i, end: i + 1 });
  }
  return hits;
}

const ROLE_CUES: [CueKind, PlaceRole][] = [
  ["matter", "matter"],
  ["hometown", "hometown"],
  ["work", "work"],
  ["residence", "home"],
  // 比青龙那边的公办园贵了一倍: a place named to compare is not where the matter is.
  ["comparison", "compared"],
];

function roleOf(c: Compiled, text: string, start: number, end: number): { role: PlaceRole; cue?: string; cueSpan?: { start: number; end: number } } {
  const b = before(text, start);
  const bEnd = start - (text.slice(Math.max(0, start - CUE_WINDOW), start).length - b.length);
  // Longest cue wins across kinds: 我家在 (home) over 在, 老家在 (family home) over 家在.
  let best: { role: PlaceRole; cue: string } | undefined;
  for (const [kind, role] of ROLE_CUES) {
    const cue = endsWithAny(b, c.cues[kind]);
    if (cue && (!best || cue.length > best.cue.length)) best = { role, cue };
  }
  // 在双江街道上班, 在双江那边打工; 在凤鸣镇住, 我是巴阳人, — what the resident does there, said after the name.
  // It also outranks a loose "matter" cue that is only 是在/就在 (我是在双江上班的).
  const a = text.slice(end, end + WORK_AFTER_GAP + 4);
  // Only after 在/到/去 (是 for home): "凤鸣镇住房太贵" is about housing, not where someone lives.
  const afterCue = (kind: "workAfter" | "schoolAfter" | "homeAfter", role: PlaceRole, lead: RegExp) => {
    if (!lead.test(b)) return undefined;
    for (const w of c.cues[kind]) {
      const i = a.indexOf(w);
      if (i >= 0 && i <= WORK_AFTER_GAP) return { role, cue: w, cueSpan: { start: end + i, end: end + i + w.length } };
    }
    return undefined;
  };
  // "巴阳镇人，在北部新区开了家店": a message that opens with "X人，" says who writes (not 凤鸣镇住房太贵).
  // 青龙街道的亲戚来…: so does one that opens with a relative or friend from X.
  const writerOpening = () => {
    const m = b === "" ? /^(?:人(?=[,，。])|的(?:亲戚|朋友|老乡))/.exec(text.slice(end)) : null;
    if (m) return { role: "home" as const, cue: m[0], cueSpan: { start: end, end: end + m[0].length } };
    // 我们双江街道的几个老伙计经常去清水乡钓鱼: "our X's people" says who writes, not where the matter is.
    const ours = /(?:我们|咱们)$/.test(b) ? OUR_PEOPLE.exec(text.slice(end)) : null;
    return ours ? { role: "home" as const, cue: ours[0], cueSpan: { start: end, end: end + ours[0].length } } : undefined;
  };
  // 我妈一个人在黄石镇, 我爸妈现在住在巴阳: a home cue whose subject is family is the family home.
  if (best?.role === "home" && familySubject(c, text, bEnd - best.cue.length)) best = { role: "hometown", cue: best.cue };
  // 想说一下我娘家巴阳那边…, 反映一下我家小区: a matter raised right before a role cue is the matter's place.
  if (best && best.role !== "matter") {
    const lead = text.slice(Math.max(0, bEnd - best.cue.length - CUE_WINDOW), bEnd - best.cue.length).replace(/(?:我们|我|咱们)$/, "");
    const raised = endsWithAny(lead, c.cues.matter);
    if (raised && Array.from(raised).length >= 3) best = { role: "matter", cue: raised + best.cue };
  }
  // 每天从盘龙骑机车到青龙上班, 从巴阳镇带我妈去清水乡看病, 从人和街道搬到北部新区: where a trip to work, school or a
  // clinic starts, or where a move started from, is home.
  if (/(?:^|[^a-z])(?:从|from)$/.test(b)) {
    let e = end;
    while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
    if (COMMUTE_AFTER.test(text.slice(end, e))) return { role: "home", cue: "从" };
  }
  // 巴阳那边的还好，黄石这边的李子树流胶: a place said to be fine is named to compare.
  if (FINE_AFTER.test(text.slice(end, end + 12))) return { role: "compared", cue: "fine", cueSpan: { start: end, end } };
  // the junction right at the Panlong end: the end of a route named as the spot.
  // 桥在黄石镇那一头的护栏断了: so is 那一头 after 在.
  if (/^ end\b/.test(text.slice(end, end + 5)) || (/在$/.test(b) && /^(?:镇|乡|街道)?(?:那一头|这一头|那头)/.test(text.slice(end, end + 6)))) return { role: "matter", cue: "end" };
  // 我以前在清水乡住了二十年，后来又在双江街道租房子住了几年，去年才买了新房搬过去: homes of the past.
  if (best?.role === "home" && formerHome(text, bEnd - best.cue.length, end)) return { role: "former", cue: best.cue, cueSpan: { start: bEnd - best.cue.length, end: bEnd } };
  const weakMatter = best?.role === "matter" && best.cue.length <= 2;
  if (best && !weakMatter) return { ...best, cueSpan: { start: bEnd - best.cue.length, end: bEnd } };
  // 孩子在巴阳镇读小学: the child's school is the family's place; a problem clause about the school points back at it.
  const after =
    afterCue("schoolAfter", "hometown", /[在到去]$/) ?? afterCue("workAfter", "work", /[在到去]$/) ?? (afterCue("homeAfter", "home", /(?:[在是]|\b(?:a|an))$/) ?? writerOpening());
  if (after) return after.role === "home" && formerHome(text, start, end) ? { ...after, role: "former" } : after;
  if (best) return { ...best, cueSpan: { start: bEnd - best.cue.length, end: bEnd } };
  return { role: "plain" };
}

/** After the start of a route, its end and what the resident goes there for (骑车到青龙上班, to Huangshi for work). */
const COMMUTE_AFTER = /(?:到|去)[^，。]{0,10}(?:上班|上学|打工|工作|读书|做事|看病|办事|赶场)|^[^，。]{0,4}(?:搬到|搬去|嫁到|迁到|调到)|\bto [a-z ]{2,30}\b(?:for work|to work|for school|every day for work)\b/;

/**
 * A home cue said of the past: 以前/原来 before it in its clause, or a move away (搬过去, 搬走) by the end of the
 * next clause (人在双江住了五年 still lives there).
 */
function formerHome(text: string, cueStart: number, end: number): boolean {
  let s = cueStart;
  while (s > 0 && cueStart - s < CUE_WINDOW && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = end;
  for (let breaks = 0; e < text.length && breaks < 2; e++) if (CLAUSE_END.test(text[e]!)) breaks++;
  return /以前|原来|之前|早年/.test(text.slice(s, cueStart)) || /搬过去|搬走|搬家了|搬出来/.test(text.slice(end, e));
}

/** After a name, these say all is well there (巴阳那边的还好, 青龙那段刚铺好很平): a place named to compare. */
const FINE_AFTER = /^(?:(?:那边|这边)?的事情?我?不操心|(?:那边|这边|那段|这段|那一段|这一段|那头|这头)?的?[\u4e00-\u9fff]{0,5}?(?:做得|搞得|弄得|办得)?(?:都|倒是|倒)?(?:挺好|很好|不错|还好|没问题|没什么问题|还行|好好的|刚重新铺好|刚铺好|已经修好了|早就修好了))/;

/** After 我们X: people of X (我们双江街道的几个老伙计, 我们人和的居民), so X says who writes. */
const OUR_PEOPLE = /^的?(?:几个|一些|好多|很多|不少)?(?:老伙计|伙计|老人|老年人|居民|住户|街坊|邻居|朋友|老乡|人|大家|群众|老百姓|年轻人|娃儿|孩子)/;

const CLAUSE_END = /[，,。.！!？?；;\n：:]/;
/** Ends a sentence (a clause ends at a comma too). */
const SENTENCE_BREAK = /[。.！!？?；;\n]/;

/** The clause before a cue names a family member (我妈, 父母, my parents): what follows is about them. */
function familySubject(c: Compiled, text: string, cueStart: number): boolean {
  let s = cueStart;
  while (s > 0 && cueStart - s < CUE_WINDOW && !CLAUSE_END.test(text[s - 1]!)) s--;
  const head = text.slice(s, cueStart);
  return head.length > 0 && c.cues.hometownWords.some((w) => head.includes(w));
}

interface Clause {
  start: number;
  end: number;
  afterContrast: boolean;
}

/** Clauses of a text, and whether each follows a contrast word (但是, but). */
function clauses(c: Compiled, text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let contrast = false;
  const push = (end: number) => {
    if (end > start) out.push({ start, end, afterContrast: contrast });
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i]!)) {
      push(i);
      continue;
    }
    const cue = c.cues.contrast.find((w) => text.startsWith(w, i) && (i === start || !/[a-z]/.test(text[i - 1] ?? "")));
    if (cue) {
      push(i - 1);
      start = i;
      contrast = true;
    }
  }
  push(text.length);
  return out;
}

/** After an outside region's name, these make it where something is (万州那边, 成都的). */
const OUTSIDE_LOCATIVE = /^(?:那边|那里|那儿|这边|的|市|区|县|城区)/;

/** A clause that states a problem, names none of the county's places and names a region outside it. */
function outsideMatter(c: Compiled, text: string, named: readonly PlaceMention[], isProblem: (start: number, end: number) => boolean): boolean {
  let start = 0;
  let outsideSeen = false;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
    const clause = text.slice(start, i);
    const own = named.some((m) => m.start >= start && m.start < i);
    if (!own && isProblem(start, i)) {
      const outside = c.cues.outsideBefore.some((w) => {
        if (w.length < 2) return false;
        const at = clause.indexOf(w);
        if (at < 0) return false;
        return /^[a-z]/.test(w) ? new RegExp(`\\bin ${w}\\b`).test(clause) : OUTSIDE_LOCATIVE.test(clause.slice(at + w.length));
      });
      // 快递老是被发到河北的青龙县去了…小区附近连个快递驿站都没得: a problem clause that names no region at all is here.
      if (!outside) return false;
      outsideSeen = true;
    }
    start = i + 1;
  }
  return outsideSeen;
}

/** 上班路上 is on the way; 污水漫到路上 is onto the road itself, no journey. */
function onTheWayIn(span: string, word: string): boolean {
  for (let i = span.indexOf(word); i >= 0; i = span.indexOf(word, i + 1)) if (span[i - 1] !== "到") return true;
  return false;
}

/** Characters a route may put between its two names besides the way word (骑车到, 开车到, all the way to). */
const ROUTE_GAP = 12;

/**
 * Two mentions of two places, and nothing else named, read as a route: 从凤鸣镇骑车到双江街道,
 * 盘龙街道到人和街道的公交, from Renhe to Panlong. Not a move or a return (搬到, 嫁到, moved to).
 */
function routeBetween(c: Compiled, text: string, pool: readonly PlaceMention[]): [PlaceMention, PlaceMention] | undefined {
  if (pool.length !== 2 || pool[0]!.place.id === pool[1]!.place.id) return undefined;
  const [a, b] = pool[0]!.start < pool[1]!.start ? [pool[0]!, pool[1]!] : [pool[1]!, pool[0]!];
  const gap = text.slice(a.end, b.start).trimEnd();
  if (gap.length > ROUTE_GAP || CLAUSE_END.test(gap)) return undefined;
  const to = endsWithAny(gap, c.cues.routeTo);
  if (!to || endsWithAny(gap, c.cues.routeNotTo)) return undefined;
  // An English way word is a word of its own (" to "), and a route there starts with "from".
  const lead = text.slice(Math.max(0, a.start - 6), a.start).trimEnd();
  const from = endsWithAny(lead, c.cues.routeFrom);
  const latin = /[a-z]$/.test(to);
  if (latin && (!from || !new RegExp(`(?:^|\\s)${to}$`).test(gap))) return undefined;
  // Chinese: 从A…到B, or A到B with nothing between.
  if (!latin && !from && gap.trim() !== to) return undefined;
  return [a, b];
}

/**
 * Reads where the matter is. `isProblem(start, end)` tells whether a span of
 * the text states a problem (the topics module decides what that means).
 */
export function readPlaces(
  c: Compiled,
  text: string,
  isProblem: (start: number, end: number) => boolean,
  namesThing: (start: number, end: number) => boolean = () => true,
): PlaceReading {
  const found = findPlaces(c, text);
  const rejected = found.rejected;
  // 不是清水乡哈，是我们小区的…: a place the text says is not meant is not meant by its bare mentions either.
  const denied = new Set(rejected.filter((r) => r.why === "negated").map((r) => r.place));
  const undenied = denied.size === 0 ? found.mentions : found.mentions.filter((m) => !(denied.has(m.place.id) && (m.role === "plain" || m.role === "matter") && !m.isName));
  // 盘龙街道的电梯坏了——不对不对，我说错了…是人和这边: the places named before a correction are taken back.
  const corrected = Math.max(-1, ...c.corrections.find(text).map((h) => h.end));
  const mentions = corrected >= 0 && undenied.some((m) => m.start >= corrected) ? undenied.filter((m) => m.start >= corrected) : undenied;
  // 我在北部新区上班，…盘龙街道的门面租金: a sub-area named only as where the resident works or lives, while
  // another place is named too, says nothing of the matter (its rule does not fire).
  const otherPlaces = (m: PlaceMention) => mentions.some((x) => x.place.id !== m.place.id && x.place.kind !== "county");
  const residentRole = (m: PlaceMention) => m.role === "home" || m.role === "work" || m.role === "hometown";
  const subareaIds = [...new Set(mentions.flatMap((m) => (m.subarea !== undefined ? [m.subarea] : [])))];
  const onlyResidents = new Set(mentions.filter((m) => m.subarea !== undefined && residentRole(m) && otherPlaces(m)).map((m) => m.subarea!));
  const reading = weigh(c, text, isProblem, namesThing, mentions, rejected, subareaIds);
  // Kept when the matter is in the sub-area's own place after all (my shop is in the north new district, and the office there…).
  const kept = subareaIds.filter((id) => !onlyResidents.has(id) || mentions.some((m) => m.subarea === id && m.place.id === reading.place));
  return kept.length === subareaIds.length ? reading : { ...reading, subareaIds: kept };
}

/** Steps 3 and 4 of the module comment: weighs the mentions that are places and decides, or names the candidates. */
function weigh(
  c: Compiled,
  text: string,
  isProblem: (start: number, end: number) => boolean,
  namesThing: (start: number, end: number) => boolean,
  mentions: PlaceMention[],
  rejected: RejectedMention[],
  subareaIds: SubareaId[],
): PlaceReading {
  const specific = mentions.filter((m) => m.place.kind !== "county");
  const pool = specific.length > 0 ? specific : mentions;
  const several = new Set(specific.map((m) => m.place.id)).size > 1;
  const base = { mentions, rejected, subareaIds, several };
  if (pool.length === 0) return { ...base, place: "unknown", scores: [], candidates: [] };
  // 我是黄石镇的，县里的低保标准太低; I live in Panlong, but the whole county needs…: where the resident
  // lives says who writes; the county-wide matter is the county's.
  const residentOnly = specific.length > 0 && specific.every((m) => m.role === "home" || m.role === "work" || m.role === "hometown");
  const countyMention = mentions.find((m) => m.place.kind === "county" && (m.role === "plain" || m.role === "matter"));
  if (residentOnly && countyMention) {
    const score: PlaceScore = { place: countyMention.place.id, score: ROLE_BASE[countyMention.role], best: countyMention, inProblemClause: false, pointedBack: false };
    return { ...base, place: countyMention.place.id, chosen: countyMention, scores: [score], candidates: [] };
  }
  // 我住在双江街道，万州那边的高速出口常常塞车: the matter is in a region outside the county.
  if (residentOnly && outsideMatter(c, text, specific, isProblem)) return { ...base, place: "unknown", scores: [], candidates: [] };

  // 他住清水乡还是人和街道我忘了, Renhe or Panlong: two places offered as alternatives; the resident is asked.
  const sorted = [...pool].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a.place.id !== b.place.id && /^\s*(?:还是|或者|或是|或|\bor\b)\s*$/.test(text.slice(a.end, b.start))) {
      const ids = [a.place.id, b.place.id];
      return { ...base, place: "unknown", scores: ids.map((id) => ({ place: id, score: 0, best: id === a.place.id ? a : b, inProblemClause: false, pointedBack: false })), candidates: ids };
    }
  }

  const byPlace = new Map<PlaceId, PlaceScore>();
  const add = (m: PlaceMention, score: number, inProblemClause: boolean, pointedBack = false) => {
    const prev = byPlace.get(m.place.id);
    if (!prev) byPlace.set(m.place.id, { place: m.place.id, score, best: m, inProblemClause, pointedBack });
    else if (score > prev.score) byPlace.set(m.place.id, { ...prev, score, best: m, inProblemClause: inProblemClause || prev.inProblemClause, pointedBack: pointedBack || prev.pointedBack });
  };

  if (new Set(pool.map((m) => m.place.id)).size === 1) {
    // One place: it is the place, whatever the role.
    for (const m of pool) add(m, ROLE_BASE[m.role], false);
  } else {
    const parts = clauses(c, text);
    const clauseOf = (m: PlaceMention) => parts.find((p) => m.start >= p.start && m.start < p.end);
    /** The places named in a clause. */
    const idsIn = (p: Clause) => new Set(pool.filter((m) => m.start >= p.start && m.start < p.end).map((m) => m.place.id));
    // 我们家在黄石镇跟凤鸣镇各有一块柑橘园: two places in one clause with a word that covers both; the resident is asked.
    for (const p of parts) {
      const ids = [...idsIn(p)];
      if (ids.length < 2 || !c.cues.between.some((w) => text.slice(p.start, p.end).includes(w))) continue;
      return { ...base, place: "unknown", scores: ids.map((id) => ({ place: id, score: 0, best: pool.find((m) => m.place.id === id)!, inProblemClause: false, pointedBack: false })), candidates: ids };
    }
    const problemClauses = new Set(parts.filter((p) => isProblem(p.start, p.end)));
    let pointed = false;
    let onTheWay = false;
    for (const m of pool) {
      const cl = clauseOf(m);
      const inProblem = cl !== undefined && problemClauses.has(cl);
      add(m, ROLE_BASE[m.role] + (inProblem ? IN_PROBLEM_CLAUSE : 0) + (cl?.afterContrast ? AFTER_CONTRAST : 0), inProblem);
    }
    // A problem clause with no place of its own that points back at a role: 老家房子后面的边坡裂了.
    for (const p of problemClauses) {
      if (idsIn(p).size > 0) continue;
      // 学校晚自习上到十一点，走读生回家太晚: the clause just before, in the same sentence and naming no place, says what the problem is about.
      const i = parts.indexOf(p);
      const prev = i > 0 ? parts[i - 1] : undefined;
      const from = prev && !SENTENCE_BREAK.test(text[prev.end] ?? "") && idsIn(prev).size === 0 ? prev.start : p.start;
      // 三天两头 ("often") is a neutral phrase, not two places.
      const span = blank(text.slice(from, p.end), c.neutral.find(text.slice(from, p.end)));
      // 我们家实在负担不起: a pointer at the resident's own home needs a thing the problem is about (路灯, 电梯),
      // not only how it feels; 老家, 单位 are specific enough alone.
      const homeOnly = !c.cues.hometownWords.some((w) => span.includes(w)) && !c.cues.workWords.some((w) => span.includes(w));
      if (homeOnly && !namesThing(from, p.end)) continue;
      // 两个地方之间那段路, 两边的网络都很烂: about every place named; the resident is asked.
      if (c.cues.between.some((w) => span.includes(w))) {
        const ids = [...new Set(pool.map((m) => m.place.id))];
        const scores = ids.map((id) => ({ ...byPlace.get(id)!, score: 0 }));
        return { ...base, place: "unknown", scores, candidates: ids };
      }
      // The very word of a mention's cue (婆家在凤鸣镇 … 婆家隔壁, 老屋在巴阳 … 老屋后面) points at that mention alone.
      const named = pool.filter((m) => {
        const noun = m.cue?.replace(/(?:住在|在|是|住)$/, "") ?? "";
        // 婆家, 老屋: a noun of its own; 我们 (我们住…) is only the writer.
        return Array.from(noun).length >= 2 && isHan(noun[0]) && !/^[我你他她咱它]/.test(noun) && span.includes(noun);
      });
      if (named.length > 0 && new Set(named.map((m) => m.place.id)).size === 1) {
        const prev = byPlace.get(named[0]!.place.id)!;
        byPlace.set(named[0]!.place.id, { ...prev, score: prev.score + POINTED_BACK, pointedBack: true });
        pointed = true;
        continue;
      }
      // The most specific pointer wins: 外婆家门口 is the grandmother's home (family home), not the resident's.
      const role: PlaceRole | undefined = c.cues.hometownWords.some((w) => span.includes(w))
        ? "hometown"
        : c.cues.workWords.some((w) => span.includes(w))
          ? "work"
          : c.cues.homeWords.some((w) => span.includes(w))
            ? "home"
            : undefined;
      if (role) {
        for (const m of pool.filter((x) => x.role === role)) {
          const prev = byPlace.get(m.place.id)!;
          byPlace.set(m.place.id, { ...prev, score: prev.score + POINTED_BACK, pointedBack: true });
        }
        pointed = true;
      } else if (c.cues.onTheWay.some((w) => onTheWayIn(span, w))) {
        onTheWay = true;
      }
    }
    // 每天从凤鸣镇骑车到双江街道上学，路上有一盏路灯不亮; from Renhe to Panlong… a light is out:
    // a matter on the way between two places (or on the route itself) is in neither for sure.
    const route = routeBetween(c, text, pool);
    const routeClause = route ? clauseOf(route[0]) : undefined;
    if (route && !pointed && !pool.some((m) => m.role === "matter") && (onTheWay || (routeClause !== undefined && routeClause === clauseOf(route[1]) && problemClauses.has(routeClause)))) {
      const ids = [route[0].place.id, route[1].place.id];
      return { ...base, place: "unknown", scores: ids.map((id) => ({ ...byPlace.get(id)!, score: 0 })), candidates: ids };
    }
    // 从凤鸣去双江那条路上，经过巴阳镇那一段有个大坑: a place said to be the spot (经过…) settles it.
    // 黄石镇这边一个冷库都没有，菜…在路上就捂烂了: a problem clause naming one place alone says where.
    const singled = [...problemClauses].some((p) => idsIn(p).size === 1);
    if (onTheWay && !pointed && !singled && !pool.some((m) => m.role === "matter")) {
      const ids = [...new Set(pool.map((m) => m.place.id))];
      return { ...base, place: "unknown", scores: ids.map((id) => ({ ...byPlace.get(id)!, score: 0 })), candidates: ids };
    }
  }

  // 巴阳那边的还好, 比青龙那边贵, 我以前在清水乡住: a place also named only to compare, or as a home of the past, is
  // not where the matter is, whatever else it scored.
  if (byPlace.size > 1) {
    for (const m of pool) {
      if (m.role !== "compared" && m.role !== "former") continue;
      const s = byPlace.get(m.place.id)!;
      if (s.score > ROLE_BASE[m.role]) byPlace.set(m.place.id, { ...s, score: ROLE_BASE[m.role], best: m });
    }
  }
  const firstAt = (id: PlaceId) => pool.find((m) => m.place.id === id)!.start;
  const scores = [...byPlace.values()].sort((a, b) => b.score - a.score || firstAt(a.place) - firstAt(b.place));
  const top = scores[0]!;
  const tied = scores.filter((s) => s.score === top.score);
  if (tied.length > 1) return { ...base, place: "unknown", scores, candidates: tied.map((s) => s.place) };
  return { ...base, place: top.place, chosen: top.best, scores, candidates: [] };
}

/**
 * Every place named in any form, context conditions ignored (an ambiguous 人和
 * still counts), but never a name that is not the place (a person, another
 * province's city, an idiom): what a model's place is checked against.
 */
export function looseMentions(c: Compiled, text: string): PlaceId[] {
  const idiomSpans = c.notPlaces.find(text);
  const hits: Hit<PlaceData>[] = c.places.findAll(text);
  for (const lp of c.latinPlaces) {
    for (const m of text.matchAll(lp.re)) hits.push({ entry: { norm: m[0], source: lp.source, data: lp.data }, start: m.index, end: m.index + m[0].length });
  }
  hits.push(...countyInstitutionHits(c, text));
  return [...new Set(hits.filter((h) => notThePlace(c, text, h, idiomSpans) === undefined).map((h) => h.entry.data.place.id))];
}
