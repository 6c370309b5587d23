/**
 * Topics: what the matter is, and whether the text is a suggestion at all.
 *
 * Scoring (place names already blanked):
 * - Keywords are found longest first (公交站台 is a bus shelter, not a bus;
 *   neutral phrases such as 工作人员 or 累垮 score nothing). A category scores
 *   the sum of its distinct keyword weights: 1 per word, up to 1.5 for long
 *   phrases, 0.6 for a lone Han character; 0.3 per weak keyword (words that
 *   only say where or who: 学校, 医院, 小区; at most 3 counted).
 * - A keyword right after a negation (不是, not about) does not count.
 * - Incidental words say who a matter concerns (老年人, 学生, patients): when
 *   a category has nothing else and another category has words of its own,
 *   they count as weak (老年人过马路太危险 is about traffic).
 * - Dispute cues: a thing parties dispute over (合同, 押金, 租金, 工资, 补偿)
 *   and what a counterparty did (不退, 不给, 拖欠, 不兑现) in one sentence
 *   decide `disputes` over any sector word (an orchard contract not honoured
 *   is a contract dispute, not agriculture).
 * - The highest score wins; an exact tie goes to the lower `priority`.
 *
 * Suggestion or not: a text with a specific keyword is a suggestion, unless it
 * only asks about the bot or about an office (opening hours) with no request
 * or problem, or only thanks or compliments (a problem already solved does not
 * count: 路灯修好了, 谢谢). With only weak keywords it needs a request or problem
 * marker; with no keyword at all a marker and some words of its own, and then
 * it gets the fallback category. Greetings, thanks, tests, questions and
 * instruction-like text with no topic are not suggestions.
 */
import type { CategoryId } from "../directory/schema.js";
import { WEAK_WEIGHT, type Compiled, type KeywordData, type SignalKind } from "./compile.js";
import { blank, countContent, resolveOverlaps, sources, type Hit } from "./lexicon.js";
import { isHan, normalizeText } from "./normalize.js";

const MAX_WEAK_COUNTED = 3;
/** What a pair of dispute cues adds to `disputes`: more than any sector's words. */
const DISPUTE_BONUS = 2;
/** How far a pair of dispute cues puts `disputes` ahead of the best sector when the bonus is not enough. */
const DISPUTE_LEAD = 0.5;
/** Han characters (or two English words) of its own a text needs to count as naming a matter. */
const MIN_CONTENT_HAN = 3;
const MIN_CONTENT_WORDS = 2;

export interface CategoryScore {
  id: CategoryId;
  score: number;
  strong: string[];
  weak: string[];
  /** Incidental words counted as weak because another topic has words of its own. */
  incidental: string[];
  /** Keywords that only say where (养老院 in 养老院门口), counted as weak. */
  locative: string[];
  priority: number;
  firstAt: number;
}

export type NotSuggestion = "instructions" | "bot-question" | "general-question" | "thanks" | "small-talk" | "no-matter" | "nothing";

/** What the text says about its topic. */
export interface TopicReading {
  category: CategoryId | null;
  isSuggestion: boolean;
  /** How the category was found. */
  basis: "keywords" | "context" | "fallback" | null;
  confidence: number;
  scores: CategoryScore[];
  /** The dispute cues that decided `disputes`, if any. */
  dispute?: { terms: string[]; acts: string[] };
  notSuggestion?: NotSuggestion;
  /** Words behind each signal found (for the explanation). */
  signals: Partial<Record<SignalKind, string[]>>;
  /** Request and problem words. */
  markers: string[];
  negated: string[];
}

type Scored = CategoryScore & { seen: Set<string>; weakCount: number; ownStrong: number };

function keywordHits(c: Compiled, text: string): Hit<KeywordData>[] {
  return c.keywords.find(text, undefined, (h) => (h.entry.data.strong ? 1 : 0));
}

/** True when the keyword right after a negation (不是垃圾的问题) does not count. */
function negated(c: Compiled, text: string, start: number): boolean {
  const b = text.slice(Math.max(0, start - 6), start).trimEnd();
  // 是不是猪瘟 asks; it does not deny.
  return c.negations.some((n) => b.endsWith(n) && !(n === "不是" && b.endsWith("是不是")));
}

/**
 * 卫生院本身没什么问题，就是这个噪音; My mother's pension is fine, that's not the problem: a keyword
 * before a word that clears it, in the same sentence with no contrast between, is not the matter when
 * another topic has words of its own (the clinic is fine, but never any insulin: still the clinic's).
 */
function clearedBefore(c: Compiled, text: string, praise: readonly Hit<null>[]): (at: number) => boolean {
  const marks = c.cleared.find(text);
  if (marks.length === 0 && praise.length === 0) return () => false;
  const clear = (at: number, m: Hit<null>, end: RegExp) => {
    if (m.start < at) return false;
    const between = text.slice(at, m.start);
    return !end.test(between) && !c.cues.contrast.some((w) => between.includes(w));
  };
  // 医生护士都很负责。就是医院门口没地方停车: praise in the keyword's own clause says it is fine too.
  return (at) => marks.some((m) => clear(at, m, SENTENCE_END)) || praise.some((m) => clear(at, m, CLAUSE_END));
}

const SENTENCE_END = /[。.！!？?；;\n]/;
const CLAUSE_END = /[，,。.！!？?；;\n]/;
/** After a keyword, these make it the time of the matter (改造后, 合并以后): it yields to a topic with words of its own. */
const TIME_AFTER = ["以后", "之后", "后"];
/** Before an English keyword, these make it only where the matter is (dumps garbage on the pavement). */
const LOCATIVE_BEFORE = ["by the ", "near the ", "on the ", "onto the ", "outside the ", "next to the ", "in front of the ", "beside the ", "behind the ", "behind our ", "from the ", "next to my ", "near my ", "behind my ", "outside my ", "in front of my "];
/** Words that begin with a one-character problem word but mean something else (晒太阳 is sunshine, not "too"). */
const WORDS_WITH_LONE_MARKERS = ["太阳", "太极", "太太", "太平", "少年", "少儿", "远方", "慢慢", "破产", "不好意思", "差很多", "差不多", "相差", "差别"];
/** After a greeting that ends in 好 (晚上好), these make it "very many / very long" instead (晚上好多人). */
const GREETING_UNDONE_AFTER = ["多", "几", "久", "些", "大", "像", "长"];
/** After praise, these also turn to the matter (人挺好，就是学校规定…; 只是, 只不过). */
// 他们医院挂号很方便。我们双江街道的医院还是要一大早去排队: praise of elsewhere, then the writer's own "still".
const CONTRAST_AFTER_PRAISE = ["就是", "只是", "只不过", "问题是", "反观", "却还", "我们这边还", "我们这里还", "我们还是", "还是要", "还得", "a different thing", "another thing", "something else", "另外一件事", "另一件事", "还有个事", "还有一件事"];
/** Problem words that only say how often (every day, 天天): beside thanks they open no problem. */
const FREQUENCY_WORDS = new Set(["every day", "every night", "always", "again", "still", "keeps", "一直", "总是", "经常", "老是"]);
/** In a clause said to be over, these make it hearsay (说是现在交通方便了, 听说已经修了): not a done fact. */
const HEARSAY = /说是|据说|听说|他们说|说现在/;
/** Right before a keyword, these make it what someone goes out to do (去看病, 要去上学, 来办事): its topic yields to one with words of its own. */
const PURPOSE_BEFORE = ["要去", "得去", "去", "来", "to see a ", "to go to the ", "to get to the ", "get to ", "go to ", "going to ", "visiting my mum at the ", "visiting my dad at the ", "visiting my mother at the ", "visiting my father at the ", "to visit my mum at the ", "visiting the ", "to visit the "];
/** 去医院体检, 去挂急诊: 去 and at most three Han characters in the same clause before a keyword (a place or a verb between). */
const goesFor = (text: string, start: number) => /去[\u4e00-\u9fff]{1,3}$/.test(text.slice(Math.max(0, start - 4), start));
/** After a Han keyword, these make it the name of a festival (李子节, 枇杷文化节, 柑橘采摘节). */
const FESTIVAL_AFTER = ["节", "文化节", "旅游节", "采摘节", "音乐节", "美食节"];
const namesFestival = (text: string, end: number) => isHan(text[end - 1]) && FESTIVAL_AFTER.some((w) => text.startsWith(w, end));
/** Added to a specific keyword after a contrast in its sentence (the jobs are great, but the trucks wrecked the road). */
const CONTRAST_BONUS = 0.5;

/** True when a contrast word (但是, but) comes before `start` in its sentence. */
function afterContrast(c: Compiled, text: string, start: number): boolean {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  return c.contrastPattern.test(text.slice(s, start));
}

/** Added to a specific keyword in the clause that states the problem (太少, 坏了, 不亮). */
const PROBLEM_CLAUSE_BONUS = 0.25;
/** A solved-problem word after these is not done (不亮了, 没修好). */
const NOT_DONE_BEFORE = ["不", "没", "未"];
/** A solved-problem word is a done fact when its clause says so (已经通了, 现在好了, now working again). */
const DONE_WORDS = ["已", "终于", "现在", "now", "already", "昨天", "前天", "上周", "上星期", "上礼拜", "上个月", "去年", "前几天", "早就", "当天", "当场", "第二天", "今天", "今早", "yesterday", "last week", "this morning", "today", "last ", " ago", "自己", "by itself"];

/** Before a request word, these say it is not wanted (不用再处理, 不需要修, no need to fix). */
const REQUEST_NEGATORS = ["不用再", "不用", "不需要再", "不需要", "无需", "不必", "用不着", "no need to", "don't need to", "no need for"];

/**
 * Before a request word in its clause, these say it was asked before or is what was done
 * (之前反映的问题, 上次帮我们协调, 每次反映问题都有回复, 新修的广场, last time I reported).
 */
const PAST_REQUEST_WORDS = ["之前", "以前", "上次", "上回", "先前", "早前", "前段时间", "前几天", "前阵子", "前些天", "上个月", "上周", "上礼拜", "上星期", "去年", "每次", "每回", "新", "刚", "早就", "last time", "last week", "last month", "earlier", "previously", "every time", "i reported", "we reported"];

/** True when the request word at `start` reports a past request or deed rather than asking now. */
function requestReported(text: string, start: number): boolean {
  const head = text.slice(clauseStart(text, start), start);
  return PAST_REQUEST_WORDS.some((w) => head.includes(w)) || REPORTED_ON.test(head);
}

/** A date before a request word in its clause (3月份反映的, 4月2号提的): it was asked then. */
const REPORTED_ON = /(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|中|底|[0-9]{1,2}[号日])?|[0-9]{1,2}[号日](?:那天)?/;

/** True when a hit comes after one of `words` in its clause (心情不好: 不好 after 心情). */
function afterInClause(text: string, start: number, words: readonly string[]): boolean {
  const head = text.slice(clauseStart(text, start), start);
  return words.some((w) => head.includes(w));
}

/** True when one of `words` follows the hit in its clause (希望你们周末愉快: 愉快 after 希望). */
function beforeInClause(text: string, end: number, words: readonly string[]): boolean {
  let e = end;
  while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
  const tail = text.slice(end, e);
  return words.some((w) => tail.includes(w));
}

const isLatin = (ch: string | undefined) => ch !== undefined && /[a-z]/.test(ch);

/** Right after a praise word, these make it a compliment (亮堂多了, 甜得很, 热闹极了). */
const PRAISE_AFTER = ["多了", "得多", "得很", "得不得了", "极了"];
/** After a lone-character praise word that is also a degree word (好), these close it: 办得好了, not 搞得好脏. */
const PRAISE_CLOSERS = /^(?:$|[了啊呀的哦呢，,。.！!？?；;\s])/;

/**
 * Compliments composed of a degree word right before a praise word (态度特别好, 看病很耐心,
 * so helpful), a result right after 得 (食堂办得好, 打扫得干净), or a praise word right before
 * 多了 or 得多 (亮堂多了).
 */
function praiseHits(c: Compiled, text: string): Hit<null>[] {
  const out: Hit<null>[] = [];
  for (const w of c.praise.words.find(text)) {
    const latin = isLatin(w.entry.norm[0]);
    const head = text.slice(0, w.start);
    const closed = w.entry.norm.length > 1 || !c.praise.degrees.includes(w.entry.norm) || PRAISE_CLOSERS.test(text.slice(w.end, w.end + 1));
    // 太 says "too": praise only for a word of two characters closed by 了 (太方便了), not 太亮了 or 太好找.
    const tooOk = w.entry.norm.length > 1 && text.startsWith("了", w.end);
    const degree =
      c.praise.degrees.find((d) => (latin ? head.endsWith(d + " ") && !isLatin(head[head.length - d.length - 2]) : !isLatin(d[0]) && head.endsWith(d) && (d !== "太" || tooOk))) ??
      (!latin && head.endsWith("得") && closed ? "得" : undefined);
    if (degree !== undefined) {
      const start = w.start - degree.length - (latin ? 1 : 0);
      out.push({ entry: { norm: text.slice(start, w.end), source: text.slice(start, w.end), data: null }, start, end: w.end });
    } else if (!latin) {
      // 亮堂多了, 甜得很, 热闹极了: a praise word right before a degree that follows it.
      const tail = PRAISE_AFTER.find((t) => text.startsWith(t, w.end));
      if (tail) out.push({ entry: { norm: text.slice(w.start, w.end + tail.length), source: text.slice(w.start, w.end + tail.length), data: null }, start: w.start, end: w.end + tail.length });
    }
  }
  return out;
}

/** Right after a compliment, these turn it to scorn (安逸个锤子: "comfortable, my foot"). */
const PRAISE_UNDONE_AFTER = ["个锤子", "个屁", "个鬼", "个铲铲"];
/** Right before a compliment, these undo it (不太满意, 本来很好, used to be nice). */
const PRAISE_UNDONE_BEFORE = ["不", "没", "不太", "不够", "本来", "原来", "以前", "曾经", "not", "no longer", "used to be"];

/**
 * A clause that says the matter is over with no resolved word of the list: a done word and a
 * final 了, nothing negated, no problem or request word, no duration (现在电已经来了, 终于通车了;
 * not 已经停了三天了, 已经没人管了, 已经有人摔了).
 */
const DONE_CLAUSE = /(?:已经|已|终于|现在)[^，,。.！!？?；;\n]*了$/;
// 已经有摩托车栽进去了, 已经有人摔了: something that has happened, not the matter solved.
const NOT_DONE_CLAUSE = /[不没未别还又][^，,。.！!？?；;\n]*了$|已经有|[0-9一二两三四五六七八九十几半多][^，,。.！!？?；;\n]{0,3}(?:天|周|星期|礼拜|个月|月|年|小时|分钟|次|回|遍|趟)/;

function doneClauses(c: Compiled, text: string): Hit<null>[] {
  const out: Hit<null>[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
    // 补助已经下来了🙏: an emoji or a tilde after the final 了 ends nothing.
    const clause = text.slice(start, i).replace(/(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[~～\s])+$/u, "");
    // 上回反映的井盖已经补上了: a request reported from the past does not keep the clause open.
    const asks = () => c.signals.requestMarkers.find(clause).filter((h) => !requestReported(clause, h.start));
    if (DONE_CLAUSE.test(clause) && !NOT_DONE_CLAUSE.test(clause) && !HEARSAY.test(clause) && c.signals.problemMarkers.find(clause).length === 0 && asks().length === 0) {
      out.push({ entry: { norm: clause, source: clause.trim(), data: null }, start, end: start + clause.length });
    }
    start = i + 1;
  }
  return out;
}

/** After a request verb, these say the deed is done (办好了, 弄完了, 处理妥了). */
const DEED_DONE_AFTER = ["好了", "完了", "妥了"];
/** Before a deed said done, these make it a wish or a condition (就差把路修好了, 希望早点办好了). */
const NOT_YET_BEFORE = ["差", "希望", "要是", "如果", "等", "盼", "想", "能不能", "什么时候", "hope", "if", "when will"];

/** Request verbs followed by a result and 了 (帮我办好了手续): the deed is done, not asked for. */
function doneDeeds(c: Compiled, text: string): Hit<null>[] {
  const out: Hit<null>[] = [];
  if (!DEED_DONE_AFTER.some((w) => text.includes(w))) return out;
  for (const h of c.signals.requestMarkers.find(text)) {
    const after = DEED_DONE_AFTER.find((w) => text.startsWith(w, h.end));
    if (after === undefined || afterInClause(text, h.start, NOT_YET_BEFORE)) continue;
    const end = h.end + after.length;
    out.push({ entry: { norm: text.slice(h.start, end), source: text.slice(h.start, end), data: null }, start: h.start, end });
  }
  return out;
}

/**
 * A request verb of one or two characters right before 的 or 得 describes a deed
 * (这次搞的义诊活动, 枇杷节搞得真热闹, 新修的路), before 下去 wishes it to go on,
 * and beside thanks before 了 is a deed done: it asks for nothing. A problem
 * word elsewhere (修得太烂) still makes the text a matter.
 */
function describesDeed(text: string, h: Hit<null>, thanked: boolean): boolean {
  if (!/^\p{Script=Han}{1,2}$/u.test(h.entry.norm)) return false;
  // 希望一直搞下去: "keep doing it" wishes the deed to go on;
  // 上门帮我们家老汉办了手续，点个赞: beside thanks, the verb with 了 is a deed done.
  return (
    text[h.end] === "的" ||
    text[h.end] === "得" ||
    text.startsWith("下去", h.end) ||
    (thanked && text[h.end] === "了") ||
    // 天天上门问老人要不要帮忙，想夸一下: beside thanks, help asked about (要不要帮忙) is help offered.
    (thanked && OFFER_BEFORE.some((w) => text.slice(0, h.start).endsWith(w)))
  );
}

/** Before a request word, beside thanks, these make it an offer asked about: 问老人要不要帮忙. */
const OFFER_BEFORE = ["要不要", "需不需要", "需要不需要", "用不用", "有没有要", "有什么要", "有啥要"];

function sentenceStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  return s;
}

/** Whether the sentence around `i` ends with a question mark. */
function endsInQuestion(text: string, i: number): boolean {
  let e = i;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return text[e] === "?" || text[e] === "？";
}

/** Whether a contrast word (但是, but) comes at or after `at`. */
function contrastAfterAt(c: Compiled, text: string, at: number): boolean {
  return c.cues.contrast.some((w) => text.indexOf(w, at) >= 0);
}

function requestNegated(text: string, start: number): boolean {
  const b = text.slice(Math.max(0, start - 12), start).trimEnd();
  return REQUEST_NEGATORS.some((n) => b.endsWith(n));
}

function clauseStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && !CLAUSE_END.test(text[s - 1]!)) s--;
  return s;
}

/** Starts of the clauses with a problem or request word (坏了, 希望开通), when only some clauses have one. */
function problemClauseStarts(c: Compiled, text: string): Set<number> {
  const hits = [...c.signals.problemMarkers.find(text), ...c.signals.requestMarkers.find(text)];
  const starts = new Set(hits.map((h) => clauseStart(text, h.start)));
  let clauses = 1;
  for (const ch of text) if (CLAUSE_END.test(ch)) clauses++;
  // One clause, or a problem everywhere: nothing to tell apart.
  return starts.size >= clauses ? new Set() : starts;
}

/** In a text without full stops, how many pauses apart a dispute's term and act may be. */
const PAUSE_PAIR_SPAN = 2;

/** After a dispute act (跑了), a count of trips makes it errands run (跑了五趟, 跑了N趟). */
const TRIPS_AFTER = /^(?:[0-9０-９一二两三四五六七八九十几好多无数n]+|好几|N)[趟次回遍]/i;

/** How many clause breaks come before `i`. */
function clauseIndex(text: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) if (CLAUSE_END.test(text[k]!)) n++;
  return n;
}

/** After a promise word, these in the same sentence say it was not kept (说好…没见到, promised…never). */
const BROKEN_AFTER = /[没不未]|\b(?:never|not|no|nothing|none|stopped|didn't|hasn't|haven't|won't|refuses|refused)\b/;

/**
 * The dispute cues of a text: a claim that names its own stake (欠我, owes me), or a
 * term and an act in one sentence (押金…不退, 合同…不兑现, 工资…不给), where a promise
 * followed by a negative (说好每年给…两年一分没见到, promised… never) is an act too.
 */
function disputeCues(c: Compiled, text: string): { terms: string[]; acts: string[] } | undefined {
  const sentenceOf = (i: number) => sentenceStart(text, i);
  // A subsidy or pension withheld (补贴没发, the subsidy has not been paid) is the sector's matter: no parties dispute it.
  let benefitSentences: Set<number> | undefined;
  const noBenefit = (h: Hit<null>) => !(benefitSentences ??= new Set(c.benefits.find(text).map((b) => sentenceOf(b.start)))).has(sentenceOf(h.start));
  // 上次帮我们调解完还来回访: a mediation asked for before, or done, is no claim now (a debt stays one: 上次欠我的钱).
  const pastMediation = (h: Hit<null>) => /调解|mediat/.test(h.entry.norm) && (requestReported(text, h.start) || /^(?:完|好了|过|了)/.test(text.slice(h.end)));
  const claims = c.disputeClaims.find(text).filter((h) => noBenefit(h) && !pastMediation(h));
  if (claims.length > 0) return { terms: [], acts: sources(claims) };
  const terms = c.disputeTerms.find(text).filter(noBenefit);
  if (terms.length === 0) return undefined;
  // 跑了五趟: trips made, not someone who ran off.
  // 好多老板都关门跑路了: many shops that closed, not a party that ran off (才上了三个月就关门跑路了 still is).
  // 一斤只给三四块: a price offered, not a payment withheld.
  const acts: Hit<null>[] = c.disputeActs
    .find(text)
    .filter((h) => !TRIPS_AFTER.test(text.slice(h.end, h.end + 4)) && !/(?:都|纷纷)关门$|(?:一|每)(?:斤|公斤|吨|个)$/.test(text.slice(0, h.start)));
  for (const p of c.promises.find(text)) {
    let e = p.end;
    while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
    const m = BROKEN_AFTER.exec(text.slice(p.end, e));
    if (m) acts.push({ ...p, end: p.end + m.index + m[0].length });
  }
  if (acts.length === 0) return undefined;
  // Dictated or typed without full stops, a message is one long sentence of pauses: there a term and an act
  // pair only within a few pauses (烟草证拖了两个月 … 房租水电好几千, many pauses on, is no rent dispute).
  const together = SENTENCE_END.test(text) ? (a: number, b: number) => sentenceOf(a) === sentenceOf(b) : (a: number, b: number) => Math.abs(clauseIndex(text, a) - clauseIndex(text, b)) <= PAUSE_PAIR_SPAN;
  const pairs = terms.filter((t) => acts.some((a) => together(a.start, t.start)));
  if (pairs.length === 0) return undefined;
  const actsIn = acts.filter((a) => pairs.some((t) => together(t.start, a.start)));
  return { terms: sources(pairs), acts: sources(actsIn) };
}

/** Scores every category with keywords in the text, best first. */
export function scoreCategories(
  c: Compiled,
  text: string,
  praise: readonly Hit<null>[] = [],
): { scores: CategoryScore[]; negated: string[]; dispute?: { terms: string[]; acts: string[] } } {
  const byId = new Map<CategoryId, Scored>();
  const neg: string[] = [];
  const get = (id: CategoryId, at: number): Scored => {
    let s = byId.get(id);
    if (!s) {
      s = { id, score: 0, strong: [], weak: [], incidental: [], locative: [], priority: c.categoryPriority.get(id) ?? 0, firstAt: at, seen: new Set(), weakCount: 0, ownStrong: 0 };
      byId.set(id, s);
    }
    return s;
  };
  const hits = keywordHits(c, text);
  const problemSentences = problemClauseStarts(c, text);
  const cleared = clearedBefore(c, text, praise);
  for (const hit of hits) {
    const d = hit.entry.data;
    if (d.category === null) continue;
    if (negated(c, text, hit.start)) {
      neg.push(hit.entry.source);
      continue;
    }
    const s = get(d.category, hit.start);
    // Distinct words count once: repeating 垃圾 five times is still one topic word.
    if (s.seen.has(hit.entry.norm)) continue;
    s.seen.add(hit.entry.norm);
    // 养老院门口的路灯: the home for the elderly only says where the light is.
    // English says where before the word: garbage on the pavement, the stall outside the school.
    // 李子节, 脐橙文化节: a topic word naming a festival says what the event is called, not a matter.
    const locative = c.locativeAfter.some((w) => text.startsWith(w, hit.end)) || LOCATIVE_BEFORE.some((w) => text.endsWith(w, hit.start)) || namesFestival(text, hit.end);
    if (d.strong && !locative) {
      // The words of the clause that states the problem weigh more than those around it.
      s.score += d.weight + (problemSentences.has(clauseStart(text, hit.start)) ? PROBLEM_CLAUSE_BONUS : 0) + (afterContrast(c, text, hit.start) ? CONTRAST_BONUS : 0);
      s.strong.push(hit.entry.source);
      // 老旧小区改造后水压太低: what happened before (改造后) only says when, like 老年人 says who;
      // 公车一天两班，去看病很不方便: what someone goes out for (去看病, 去挂急诊) says why, not what is wrong.
      const when = TIME_AFTER.some((w) => text.startsWith(w, hit.end));
      const purpose = PURPOSE_BEFORE.some((w) => text.endsWith(w, hit.start)) || goesFor(text, hit.start);
      // 卫生院本身没什么问题: a word said to be fine yields, like 老年人, to a topic with words of its own.
      if (!d.incidental && !when && !purpose && !cleared(hit.start)) s.ownStrong++;
    } else {
      if (locative && d.strong) s.locative.push(hit.entry.source);
      s.weak.push(hit.entry.source);
      // A where-word that is itself only where (幼儿园门口) says nothing of the topic; a keyword used so counts as weak.
      if (s.weakCount < MAX_WEAK_COUNTED) s.score += locative ? (d.strong ? WEAK_WEIGHT : 0) : d.weight;
      s.weakCount++;
    }
  }
  // Incidental words (老年人, 学生) yield to a topic that has words of its own.
  const anyOwn = [...byId.values()].some((s) => s.ownStrong > 0);
  if (anyOwn) {
    for (const s of byId.values()) {
      if (s.ownStrong > 0 || s.strong.length === 0) continue;
      s.incidental = s.strong;
      s.strong = [];
      s.score = Math.min(MAX_WEAK_COUNTED, s.incidental.length + s.weakCount) * WEAK_WEIGHT;
    }
  }
  const dispute = disputeCues(c, text);
  if (dispute) {
    const disputes = c.dir.categories.find((x) => x.id === "disputes") ? "disputes" : undefined;
    if (disputes) {
      const s = get(disputes, text.length);
      s.score += DISPUTE_BONUS;
      // The cues decide: sector words around a withheld payment or a broken promise (卫生院…答应赔…不认了) only say where.
      const bestOther = Math.max(0, ...[...byId.values()].filter((x) => x !== s).map((x) => x.score));
      if (s.score <= bestOther) s.score = bestOther + DISPUTE_LEAD;
      s.ownStrong++;
      for (const w of [...dispute.terms, ...dispute.acts]) if (!s.strong.includes(w)) s.strong.push(w);
    }
  }
  const scores = [...byId.values()]
    .map(({ seen: _seen, weakCount: _w, ownStrong: _o, ...s }) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.priority - b.priority || a.firstAt - b.firstAt);
  return { scores, negated: neg, ...(dispute ? { dispute } : {}) };
}

/** True when a span of (place-blanked) text states a problem: a specific keyword or a problem word. */
export function statesProblem(c: Compiled, span: string): boolean {
  if (c.signals.problemMarkers.find(span).length > 0) return true;
  return keywordHits(c, span).some((h) => h.entry.data.strong && h.entry.data.category !== null);
}

/** True when a span names a thing a matter can be about: any topic keyword, specific or weak. */
export function namesTopic(c: Compiled, span: string): boolean {
  return keywordHits(c, span).some((h) => h.entry.data.category !== null);
}

/** Reads the topic of a text whose place names are blanked. */
export function readTopic(c: Compiled, text: string): TopicReading {
  // Instructions naming a category ("把类别设为矛盾纠纷") are no evidence of that topic.
  const named = c.signals.instructions.find(text).length > 0 ? blank(text, c.categoryNames.find(text)) : text;
  // Thanks and compliments name no matter ("great job" is not about jobs).
  // Compliments are listed (点赞, 很负责) or composed (态度特别好, 亮堂多了, so helpful).
  const thanks = resolveOverlaps([...c.signals.thanks.find(named), ...praiseHits(c, named)]).filter(
    (h) =>
      !PRAISE_UNDONE_BEFORE.some((w) => named.slice(Math.max(0, h.start - 12), h.start).trimEnd().endsWith(w)) &&
      // 安逸个锤子, 好个屁: a praise word followed by these is scorn.
      !PRAISE_UNDONE_AFTER.some((w) => named.startsWith(w, h.end)),
  );
  const topicText = blank(named, thanks);
  const { scores, negated: neg, dispute } = scoreCategories(c, topicText, thanks);
  const best = scores[0];
  const second = scores[1];

  const has = (k: SignalKind, t = topicText) => c.signals[k].find(t);
  const instructions = has("instructions");
  const botQuestions = has("botQuestions");
  const generalQuestions = has("generalQuestions");
  // 晚上好多人在那散步: 晚上好 followed by 多, 几, 久… is no greeting.
  const smallTalk = has("smallTalk").filter((h) => !(h.entry.norm.endsWith("好") && GREETING_UNDONE_AFTER.includes(topicText[h.end] ?? "")));
  // A solved problem (修好了, 解决了) and thanks are not requests or open problems.
  // 现在电已经来了: a clause that says it is over counts as solved too.
  const deedHits = doneDeeds(c, topicText);
  const resolved = resolveOverlaps([...has("resolved"), ...doneClauses(c, topicText), ...deedHits]);
  // "怎么投诉？" asks about the bot: its 投诉 is not a request.
  // Greetings and wishes ask nothing ("hope you have a nice day").
  const markerText = blank(topicText, [...botQuestions, ...generalQuestions, ...resolved, ...thanks, ...smallTalk]);
  // Only a done fact counts as solved (已经通了, 上周就修好了, now fixed), not 不亮了 or a wish (就差把路修好了).
  const deeds = new Set(deedHits.map((h) => h.start));
  // The done word may come before (已经修好了) or, in English, after (got fixed last Tuesday).
  const clauseOf = (h: Hit<null>) => {
    let e = h.end;
    while (e < topicText.length && !CLAUSE_END.test(topicText[e]!)) e++;
    return topicText.slice(clauseStart(topicText, h.start), e);
  };
  const done = resolved.filter((h) => !NOT_DONE_BEFORE.includes(topicText[h.start - 1] ?? "") && (deeds.has(h.start) || DONE_WORDS.some((w) => clauseOf(h).includes(w))));
  // 问题自己解决了, 停电的事已经恢复了: a request or problem word before a done fact in its clause is the matter solved.
  const solvedInClause = (h: Hit<null>) => done.some((d) => d.start >= h.end && clauseStart(topicText, d.start) === clauseStart(topicText, h.start));
  // 不用再处理, no need to fix: a request said not to be needed is none; 希望你们周末愉快 wishes, it asks nothing;
  // one inside the solved matter's clause (问题自己解决了) is that matter.
  const asked = c.signals.requestMarkers
    .find(markerText)
    // 食堂办得好: a request verb that the praise right after it qualifies is a deed done well.
    // 食堂辦得真好: the same with a degree word between 得 and the praise.
    .filter(
      (h) =>
        !requestNegated(topicText, h.start) &&
        !beforeInClause(topicText, h.end, c.wishes) &&
        !solvedInClause(h) &&
        !thanks.some((t) => t.start === h.end || (topicText[h.end] === "得" && t.start === h.end + 1)) &&
        !describesDeed(topicText, h, thanks.length > 0),
    );
  // Thanks or a solved matter around a request reported from the past (之前反映的, 上次帮我们协调), or
  // thanked for with the matter solved (感谢议事厅帮忙，路灯已经修好了): nothing is asked now.
  const thankedFor = (h: Hit<null>) => done.length > 0 && thanks.some((t) => t.end <= h.start && clauseStart(topicText, t.start) === clauseStart(topicText, h.start));
  const pastOnly = (thanks.length > 0 || resolved.length > 0) && asked.length > 0 && asked.every((h) => requestReported(topicText, h.start) || thankedFor(h));
  const requests = pastOnly ? [] : asked;
  // 态度很好, 服务真好: a problem word that the praise right after it qualifies is no problem; nor is one said not
  // to be needed (不用再麻烦你们), one of the writer's own feelings (心情不好, 心里堵得慌), or the matter solved.
  const problems = c.signals.problemMarkers
    .find(markerText)
    .filter(
      (h) =>
        !thanks.some((t) => t.start >= h.end && topicText.slice(h.end, t.start).trim() === "") &&
        !requestNegated(topicText, h.start) &&
        !afterInClause(topicText, h.start, c.feelings) &&
        !solvedInClause(h) &&
        !WORDS_WITH_LONE_MARKERS.some((w) => topicText.startsWith(w, h.start)),
    );
  const markers = [...requests, ...problems];
  const rest = blank(topicText, c.nonContent.find(topicText));
  // A fallback-topic matter needs words of its own beyond "always / nobody …" (巴阳镇的问题一直没人解决 names none).
  const content = countContent(blank(rest, c.generic.find(rest)));
  const hasMatterWords = content.han >= MIN_CONTENT_HAN || content.words >= MIN_CONTENT_WORDS;

  const signals: TopicReading["signals"] = {};
  const note = (k: SignalKind, hits: Hit<null>[]) => {
    if (hits.length) signals[k] = sources(hits);
  };
  note("instructions", instructions);
  note("botQuestions", botQuestions);
  note("generalQuestions", generalQuestions);
  note("smallTalk", smallTalk);
  note("thanks", thanks);
  note("resolved", resolved);
  note("requestMarkers", requests);
  note("problemMarkers", problems);
  const base = { scores, signals, markers: sources(markers), negated: neg, ...(dispute ? { dispute } : {}) };
  const none = (why: NotSuggestion): TopicReading => ({ ...base, category: null, isSuggestion: false, basis: null, confidence: 0, notSuggestion: why });

  // Thanks for a solved problem may name the problem (the broken pipe was fixed): unless a contrast
  // follows (但是, but), only a request or a dispute keeps it open.
  const contrast = c.cues.contrast.some((w) => topicText.includes(w));
  // Beside thanks, a word of frequency alone (goes every day, 天天去) is no problem; 老师人很好，但是学校把体育课改了:
  // a topic word after a contrast that follows the thanks is an open matter.
  const pressing = thanks.length > 0 ? problems.filter((h) => !FREQUENCY_WORDS.has(h.entry.norm)) : problems;
  const lastThanks = Math.max(-1, ...thanks.map((h) => h.end));
  const contrastAt = lastThanks < 0 ? -1 : Math.min(...[...c.cues.contrast, ...CONTRAST_AFTER_PRAISE].map((w) => topicText.indexOf(w, lastThanks)).filter((i) => i >= 0), Infinity);
  const topicAfterContrast = Number.isFinite(contrastAt) && contrastAt >= 0 && keywordHits(c, topicText.slice(contrastAt)).some((h) => h.entry.data.strong && h.entry.data.category !== null);
  // 欠薪的事老板已经把钱结清了，谢谢: a dispute thanked for and said settled after its last word is closed.
  const disputeAt = dispute ? Math.max(-1, ...[...dispute.terms, ...dispute.acts].map((w) => topicText.lastIndexOf(normalizeText(w)))) : -1;
  // 老板把钱给了，谢谢律师: beside thanks, a settlement said with 了 is done, whatever its clause says.
  const settled = [...done, ...resolved.filter((h) => h.entry.norm.endsWith("了") && !NOT_DONE_BEFORE.includes(topicText[h.start - 1] ?? ""))];
  const disputeOpen = dispute !== undefined && !(thanks.length > 0 && settled.length > 0 && Math.max(-1, ...settled.map((h) => h.end)) > disputeAt);
  const openProblem = requests.length > 0 || disputeOpen || topicAfterContrast || (pressing.length > 0 && (resolved.length === 0 || contrast));
  // 这件事已经办得圆圆满满，没有任何遗留问题……谢谢你们, 原来是电闸跳了，不用管了: the writer says nothing is left open,
  // and the story before that word (requests and problems of the past) asks nothing. What follows it (祝你们工作顺利,
  // 我的字写得不好) reopens only with a contrast, or with a sentence that names a topic and states a problem or a request.
  // Matched before thanks are blanked: 专门来说声谢谢 holds a thanks word.
  const closings = c.signals.closings.find(named);
  const lastClosing = Math.max(-1, ...closings.map((h) => h.end));
  const closed =
    closings.length > 0 &&
    !contrastAfterAt(c, topicText, lastClosing) &&
    !keywordHits(c, topicText)
      .filter((h) => h.start >= lastClosing && h.entry.data.strong && h.entry.data.category !== null && !h.entry.data.incidental)
      // 谢谢施工队的师傅们大热天在楼顶干活: what a sentence of thanks names is what is thanked for; 停水那几天，邻居之间
      // 互相帮忙提水: a sentence that only recalls the matter states no problem.
      .some((h) => {
        const at = sentenceStart(topicText, h.start);
        if (thanks.some((t) => sentenceStart(topicText, t.start) === at)) return false;
        return [...problems, ...requests].some((m) => sentenceStart(topicText, m.start) === at && !topicText.slice(0, m.start).endsWith("互相"));
      });
  if (closed) {
    note("closings", closings);
    return none("thanks");
  }
  if (thanks.length > 0 && !openProblem) {
    // A bare "谢谢" is small talk; praise (点赞, 辛苦了) or thanks for something is thanks.
    const praise = thanks.some((h) => !smallTalk.some((t) => t.start <= h.start && h.end <= t.end));
    return none(best || hasMatterWords || praise ? "thanks" : "small-talk");
  }
  // "请问在青龙街道办营业执照要带什么材料": a question whose only request word is a verb of one character (办, 修) asks.
  // "路上堵了一个小时，不过现在已经通了": the last word on the matter says it is solved, and nothing is asked.
  const lastAt = (hits: Hit<null>[]) => Math.max(-1, ...hits.map((h) => h.start));
  // 路修完了，但是路灯还没装: a contrast after the last solved word opens another matter.
  if (done.length > 0 && requests.length === 0 && dispute === undefined && lastAt(done) > lastAt(problems) && !contrastAfterAt(c, topicText, lastAt(done))) {
    return none("no-matter");
  }
  // 大家晚安，今天在双江街道散步，河边风景很美: a greeting or small talk that opens its clause, with topic words but no
  // problem, request or dispute, is no matter; the bot asks rather than guess a target (not 说好的路灯…).
  const opensClause = (h: Hit<null>) => topicText.slice(clauseStart(topicText, h.start), h.start).trim() === "";
  if (smallTalk.some(opensClause) && markers.length === 0 && dispute === undefined) return none("small-talk");
  // A question that carries a dispute (请问这合同还算不算数) asks about a matter.
  // 请问议事厅在哪里办公？…周几开放？…附近好不好停车？: a string of questions about the service, whose topic words are
  // all asked about, raises no matter.
  const questionCount = generalQuestions.length + botQuestions.length;
  if (questionCount >= 3 && dispute === undefined && keywordHits(c, topicText).filter((h) => h.entry.data.strong && h.entry.data.category !== null).every((h) => endsInQuestion(topicText, h.start))) {
    return none(generalQuestions.length > 0 ? "general-question" : "bot-question");
  }
  const asksOnly = dispute === undefined && (botQuestions.length > 0 || generalQuestions.length > 0) && markers.every((m) => requests.includes(m) && Array.from(m.entry.source).length === 1);
  if (best && best.strong.length > 0 && !asksOnly) {
    let confidence = best.strong.length >= 2 ? 0.9 : 0.8;
    if (second && second.score >= best.score * 0.75) confidence -= 0.2;
    return { ...base, category: best.id, isSuggestion: true, basis: "keywords", confidence };
  }
  if (instructions.length > 0) return none("instructions");
  if (botQuestions.length > 0) return none("bot-question");
  if (generalQuestions.length > 0) return none("general-question");
  // 我们村里的事情没人管, our village needs…: a word that only says the countryside names no topic.
  const context = scores.find((x) => x.weak.some((w) => !c.settlements.has(normalizeText(w))));
  if (context && markers.length > 0) return { ...base, category: context.id, isSuggestion: true, basis: "context", confidence: 0.55 };
  if (markers.length > 0 && hasMatterWords) return { ...base, category: c.dir.fallbackCategory, isSuggestion: true, basis: "fallback", confidence: 0.5 };
  if (requests.length > 0) return none("no-matter");
  return none(smallTalk.length > 0 || thanks.length > 0 ? "small-talk" : "nothing");
}
