/**
 * The routing directory as validated data: places (gazetteer), sub-areas,
 * topics with their keyword lists, targets, the ordered rule table and the
 * matching vocabulary. The county edits `data/directory.json`; this module
 * checks its shape with zod and then cross-checks it as a whole, so a bad edit
 * fails at start-up with every problem listed, never at routing time.
 */
import * as z from "zod";
import { LOCALES } from "../locale.js";
import { normalizeText } from "../routing/normalize.js";

/** A place id, e.g. "fengming". */
export type PlaceId = string;
/** A category (topic) id, e.g. "roads-transport". */
export type CategoryId = string;
/** A target id, e.g. "deputy-fengming". */
export type TargetId = string;
/** A sub-area id, e.g. "north-new-district". */
export type SubareaId = string;


const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");

const Text = z.string().trim().min(1);

const LocalizedText = z.object({ "zh-CN": Text, "zh-TW": Text, en: Text }).strict();

const WordList = z.array(Text).default([]);
const WordLists = z
  .object({ "zh-CN": WordList, "zh-TW": WordList, en: WordList })
  .strict()
  .default({ "zh-CN": [], "zh-TW": [], en: [] });

const AliasObject = z
  .object({
    text: Text,
    /** Counts only at the start of a clause or after a locative word (在, 住在, 我们…): for names that are also common words (人和, 清水). */
    needsContext: z.boolean().default(false),
    /** The alias does not count right after any of these. */
    notPrecededBy: z.array(Text).default([]),
    /** The alias does not count right before any of these. */
    notFollowedBy: z.array(Text).default([]),
  })
  .strict();

/** A name as written in the directory: a plain string or one with context conditions. */
const Alias = z.union([Text, AliasObject]);

const PLACE_KINDS = ["township", "street", "county"] as const;

/** A point of a boundary: [longitude, latitude] in degrees. */
const LngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A closed boundary line (the last point may repeat the first). */
const Ring = z.array(LngLat).min(3);
const TARGET_KINDS = ["deputy-station", "consultation-room", "deputy-studio", "member-studio", "mediation"] as const;
const CATEGORY_GROUPS = ["infrastructure", "livelihood", "economy", "community", "other"] as const;

const PlaceSchema = z
  .object({
    id: Id,
    kind: z.enum(PLACE_KINDS),
    name: LocalizedText,
    /** Where rule "by-place" sends this place's items. */
    target: Id,
    aliases: z.array(Alias).min(1),
    /**
     * Optional boundary: one or more rings of [longitude, latitude] points
     * (WGS 84, as GeoJSON orders them). A location pin inside exactly one
     * place's boundary gives the draft that place; without boundaries a pin
     * only shows the spot and the resident is asked for the place.
     */
    area: z.array(Ring).min(1).optional(),
  })
  .strict();

const SubareaSchema = z
  .object({ id: Id, place: Id, name: LocalizedText, aliases: z.array(Alias).min(1) })
  .strict();

const CategorySchema = z
  .object({
    id: Id,
    name: LocalizedText,
    group: z.enum(CATEGORY_GROUPS),
    /** Breaks exact score ties: the lower number wins (specific topics before generic ones). */
    priority: z.number().int().min(0),
    keywords: WordLists,
    weakKeywords: WordLists,
  })
  .strict();

const TargetSchema = z
  .object({
    id: Id,
    kind: z.enum(TARGET_KINDS),
    name: LocalizedText,
    /** Names residents may use for the target; the router blanks them out so naming a studio is not evidence of a topic. */
    aliases: z.array(Text).default([]),
  })
  .strict();

const RuleSchema = z
  .object({
    category: Id.optional(),
    placeKind: z.enum(PLACE_KINDS).optional(),
    /** The rule matches only when the text mentions this sub-area. */
    textMentions: Id.optional(),
    /** A target id, or "by-place" for the place's own target. */
    target: z.union([z.literal("by-place"), Id]),
    note: z.string().optional(),
  })
  .strict();

const MatchingSchema = z
  .object({
    placeContext: z
      .object({
        /** A context-only alias counts after one of these words… */
        before: z.array(Text).min(1),
        /** …unless they end one of these ("现在" is not "在"). */
        beforeExceptions: z.array(Text).default([]),
        /** A context-only alias also counts before one of these words (清水的, 人和这边). */
        after: z.array(Text).default([]),
        /** "云阳县" followed by a name ending in one of these is an address, not county-wide. */
        addressSuffixes: z.array(Text).default([]),
      })
      .strict(),
    /**
     * Groups of characters that sound or look alike (石时十实, 和合何河, 鸣呜): a place's full
     * name typed or dictated with one of its characters swapped for a sound-alike
     * (黄时镇, 人合街道, 北部新去) still names the place. Only full names with
     * their unit (镇, 乡, 街道) or a sub-area's name of three or more characters
     * are varied, and only one character at a time; the unit itself is not.
     */
    soundAlikes: z.array(z.string().min(2)).default([]),
    /**
     * Where the matter is when a text names places in several roles, and which
     * mentions of a place name are not the place (see handlers/routing/places.ts).
     */
    placeCues: z
      .object({
        /** Phrases containing a place name that are not that place: idioms, parks, other cities ("天时地利人和", "黄石公园"). */
        notPlaces: WordLists,
        /** A name right after one of these is a place of another province or city (湖北, 甘肃, Hubei). */
        outsideBefore: WordLists,
        /** A name right before one of these is outside the county (市, 县, 区, 省). */
        outsideAfter: WordLists,
        /** A name after one of these (a surname may come between) is a person (老师, 歌手, 叫, teacher, singer). */
        personBefore: WordLists,
        /** A name right before one of these is a person (老师, 先生, 女士, 同学). */
        personAfter: WordLists,
        /** A name right before one of these is a shop, brand or venue (火锅, 超市, 牌, KTV); so is a short name in quotes. */
        nameAfter: WordLists,
        /** A short name right after one of these is a shop or venue (一家青龙烤鱼, 那间「凤鸣小馆」): a shop is counted by 家/间. */
        nameBefore: WordLists,
        /** Right after 县/縣 (not part of another name): a county institution, so the matter is county-wide (县医院, 县政府). */
        countyInstitutions: WordLists,
        /** A problem clause with one of these is about all the places named (两地之间, 两边, between, both). */
        between: WordLists,
        /** A problem clause with no place of its own and one of these is on the way between the places named (路上, 沿途, on the way). */
        onTheWay: WordLists,
        /** Right before the first of two names, the start of a route (从凤鸣镇…到双江, from Renhe to Panlong). */
        routeFrom: WordLists,
        /** Ending the few words between two names, the way to the second (到, 往, 至, to). */
        routeTo: WordLists,
        /** Ending those words, a move or a return rather than a route (搬到, 嫁到, 回到, moved to). */
        routeNotTo: WordLists,
        /** Earlier in the clause of a common-word name (人和, 清水), these say a saying follows (俗话说, 都说, as the saying goes). */
        sayings: WordLists,
        /** Between an outside region and a name, these keep the name outside (福建也有个凤鸣镇, 台湾也有叫双江的). */
        outsideLinkers: WordLists,
        /** Common one-character surnames: "刘凤鸣老师" is a teacher. */
        surnames: WordLists,
        /** Right before a name: the resident's home or origin, not the matter (住在, 我家在, 我是, I live in). */
        residence: WordLists,
        /** Right before a name: the family home elsewhere (老家, 老家在, my hometown). */
        hometown: WordLists,
        /** Right before a name: where the resident works (单位在, I work in). */
        work: WordLists,
        /** Right after a name (a few characters may come between): work there (上班, 工作, 打工). */
        workAfter: WordLists,
        /** Right after a name (a few characters may come between): a child studies there (读小学, 上幼儿园); the family's place, like a family home. */
        schoolAfter: WordLists,
        /** Right after a name (a few characters may come between): live there or come from there (住, 人,). */
        homeAfter: WordLists,
        /** Right before a name: where the matter is (问题在, 发生在, the problem is in). */
        matter: WordLists,
        /** A writer taking back what came before (不对不对, 我说错了, I meant): places named before the last one are dropped when one follows. */
        corrections: WordLists,
        /** Right before a name, these make it a place named only to compare (比青龙那边贵, than in Renhe). */
        comparison: WordLists,
        /** Starts a clause that overrides what came before (但是, 可是, but). */
        contrast: WordLists,
        /** Words of a problem clause that point back at a role: 老家 → hometown, 单位 → work, 我家 → home. */
        homeWords: WordLists,
        hometownWords: WordLists,
        workWords: WordLists,
      })
      .strict()
      .prefault({}),
    /** How the complaint is read beyond keyword lists (see handlers/routing/topics.ts). */
    topicCues: z
      .object({
        /** Who a matter concerns (老年人, 学生, patients): context only when another topic has words of its own. */
        incidental: WordLists,
        /** A keyword right before one of these only says where (养老院门口的路灯, 学校旁边): it counts as weak. */
        locativeAfter: WordLists,
        /** A keyword right after one of these is negated or hypothetical (不是, 没说, not). */
        negations: WordLists,
        /**
         * What says the thing just named is fine (卫生院本身没什么问题, the pension is fine, that's not the
         * problem): the topic words before it in its sentence are not the matter.
         */
        cleared: WordLists,
        /** What parties dispute over: 合同, 押金, 租金, 补偿, 工资, contract, deposit. */
        disputeTerms: WordLists,
        /** What a counterparty did: 不退, 不给, 拖欠, 不认, 不兑现, withheld, refuses. Term + act decides `disputes`. */
        disputeActs: WordLists,
        /** Acts that name the stake themselves (欠我, 不给钱, owes me, has not paid me): a dispute cue on their own. */
        disputeClaims: WordLists,
        /** A promise (说好, 答应, promised, agreed) followed in its sentence by a negative (没, 不, never): a broken promise is an act. */
        promises: WordLists,
        /** Degree words (很, 特别, so) that, right before a praise word, make a compliment (态度特别好, 很耐心, so kind). */
        praiseDegrees: WordLists,
        /** Praise words (好, 耐心, 干净, 亮堂, helpful): after a degree word, or before 多了 (亮堂多了), a compliment. */
        praiseWords: WordLists,
        /** The writer's own feelings (心情, 心里): a problem word in their clause (心情不好, 心里堵得慌) is no matter. */
        feelings: WordLists,
        /** What a wish hopes for (愉快, 快乐, nice weekend): a request word in their clause (希望你们周末愉快) asks nothing. */
        wishes: WordLists,
        /** Words that only say the matter is in the countryside (村里, 农村, village): alone, they give no topic. */
        settlements: WordLists,
        /** Public benefits (补贴, 低保, pension, subsidy): one withheld is that sector's matter, not a dispute between parties. */
        benefits: WordLists,
      })
      .strict()
      .prefault({}),
    neutralPhrases: WordLists,
    signals: z
      .object({
        smallTalk: WordLists,
        botQuestions: WordLists,
        instructions: WordLists,
        requestMarkers: WordLists,
        problemMarkers: WordLists,
        fillers: WordLists,
        /** Thanks and compliments (感谢, 点赞, thank you): with no request or open problem, not a suggestion. */
        thanks: WordLists,
        /** A problem already solved (修好了, 解决了, fixed): not an open problem. */
        resolved: WordLists,
        /** General questions about offices and services (几点开门, opening hours): with no problem, not a suggestion. */
        generalQuestions: WordLists,
        /**
         * A writer's word that nothing is left open (没有任何遗留问题, 没有别的要反映, nothing else to report):
         * with thanks or a solved matter and no contrast after it, a long story of a past matter asks nothing.
         */
        closings: WordLists,
      })
      .strict(),
  })
  .strict();

/** zod schema of the directory's shape (cross-checks are done by {@link parseDirectory}). */
export const DirectorySchema = z
  .object({
    $comment: z.string().optional(),
    version: z.number().int().min(1),
    /** The category given to a suggestion that names no topic. */
    fallbackCategory: Id,
    places: z.array(PlaceSchema).min(1),
    subareas: z.array(SubareaSchema).default([]),
    categories: z.array(CategorySchema).min(1),
    targets: z.array(TargetSchema).min(1),
    rules: z.array(RuleSchema).min(1),
    matching: MatchingSchema,
  })
  .strict();

/** A validated directory. */
export type Directory = z.output<typeof DirectorySchema>;
/** A place of the gazetteer. */
export type Place = Directory["places"][number];
/** A sub-area that resolves to a place. */
export type Subarea = Directory["subareas"][number];
/** A topic with its keyword lists. */
export type Category = Directory["categories"][number];
/** A studio, station, room or member studio that receives items. */
export type Target = Directory["targets"][number];
/** One row of the ordered rule table. */
export type Rule = Directory["rules"][number];
/** A place or sub-area name with its matching conditions. */
export type Alias = z.output<typeof Alias>;
/** Per-locale word lists. */
export type WordLists = z.output<typeof WordLists>;

/** One problem found in a directory, with the JSON path where it is. */
export interface DirectoryIssue {
  path: string;
  message: string;
}

/**
 * Thrown by {@link parseDirectory} when the directory is malformed (wrong
 * shape or types) or inconsistent (unknown or duplicate ids, rules pointing at
 * missing targets or categories, an alias claimed by two places, a township or
 * street whose own target no rule can reach…). The message lists every problem
 * with its path; `issues` has them as data.
 */
export class DirectoryError extends Error {
  readonly issues: readonly DirectoryIssue[];
  constructor(issues: readonly DirectoryIssue[]) {
    super(
      `invalid directory (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n` +
        issues.map((i) => `  - ${i.path || "(root)"}: ${i.message}`).join("\n"),
    );
    this.name = "DirectoryError";
    this.issues = issues;
  }
}

/** The plain text of an alias. */
export function aliasText(alias: Alias): string {
  return typeof alias === "string" ? alias : alias.text;
}

/** All words of a per-locale list, in list order. */
export function allWords(lists: WordLists): string[] {
  return [...lists["zh-CN"], ...lists["zh-TW"], ...lists.en];
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/**
 * Validates raw JSON as a directory and cross-checks it. Returns the typed
 * directory (with defaults filled in).
 * @throws {DirectoryError} listing every problem with its path.
 */
export function parseDirectory(json: unknown): Directory {
  const parsed = DirectorySchema.safeParse(json);
  if (!parsed.success) {
    throw new DirectoryError(
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const dir = parsed.data;
  const issues = crossCheck(dir);
  if (issues.length > 0) throw new DirectoryError(issues);
  return dir;
}

function crossCheck(dir: Directory): DirectoryIssue[] {
  const issues: DirectoryIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const uniqueIds = <T extends { id: string }>(items: readonly T[], key: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) add(`${key}[${i}].id`, `duplicate id "${item.id}" (first at ${key}[${first}])`);
      else seen.set(item.id, i);
    });
    return new Map(items.map((item) => [item.id, item] as const));
  };
  const places = uniqueIds(dir.places, "places");
  const subareas = uniqueIds(dir.subareas, "subareas");
  const categories = uniqueIds(dir.categories, "categories");
  const targets = uniqueIds(dir.targets, "targets");
  // "unknown" and "by-place" have meanings of their own in decisions and rules.
  dir.places.forEach((p, i) => {
    if (p.id === "unknown") add(`places[${i}].id`, 'the id "unknown" is reserved for "no place named"');
  });
  dir.targets.forEach((t, i) => {
    if (t.id === "by-place") add(`targets[${i}].id`, 'the id "by-place" is reserved for rules');
  });
  for (const [i, s] of dir.subareas.entries()) {
    if (places.has(s.id)) add(`subareas[${i}].id`, `sub-area id "${s.id}" is also a place id`);
  }

  if (!categories.has(dir.fallbackCategory)) {
    add("fallbackCategory", `unknown category "${dir.fallbackCategory}"`);
  }

  // Places: each target exists and fits the place's kind.
  const wantedKind = { township: "deputy-station", street: "consultation-room" } as const;
  const wantedPrefix = { township: "deputy-", street: "room-" } as const;
  dir.places.forEach((p, i) => {
    const target = targets.get(p.target);
    if (!target) {
      add(`places[${i}].target`, `unknown target "${p.target}" for place "${p.id}"`);
      return;
    }
    if (p.kind === "township" || p.kind === "street") {
      if (!p.target.startsWith(wantedPrefix[p.kind]) || target.kind !== wantedKind[p.kind]) {
        add(
          `places[${i}].target`,
          `${p.kind} "${p.id}" must have a ${wantedPrefix[p.kind]}* target of kind ${wantedKind[p.kind]}, got "${p.target}" (${target.kind})`,
        );
      }
    }
  });
  dir.subareas.forEach((s, i) => {
    if (!places.has(s.place)) add(`subareas[${i}].place`, `unknown place "${s.place}" for sub-area "${s.id}"`);
  });

  // Aliases: no normalised alias may name two different places or sub-areas.
  const aliasOwner = new Map<string, { owner: string; path: string }>();
  const checkAliases = (ownerLabel: string, aliases: readonly Alias[], basePath: string) => {
    aliases.forEach((alias, j) => {
      const path = `${basePath}.aliases[${j}]`;
      const norm = normalizeText(aliasText(alias));
      if (!norm) {
        add(path, "alias is empty after normalisation");
        return;
      }
      const prev = aliasOwner.get(norm);
      if (prev && prev.owner !== ownerLabel) {
        add(path, `alias "${aliasText(alias)}" (normalised "${norm}") also names ${prev.owner} at ${prev.path}`);
      } else if (!prev) aliasOwner.set(norm, { owner: ownerLabel, path });
    });
  };
  dir.places.forEach((p, i) => checkAliases(`place "${p.id}"`, p.aliases, `places[${i}]`));
  dir.subareas.forEach((s, i) => checkAliases(`sub-area "${s.id}"`, s.aliases, `subareas[${i}]`));

  // Keywords: a normalised keyword belongs to one category and one strength.
  const keywordOwner = new Map<string, { owner: string; path: string }>();
  dir.categories.forEach((c, i) => {
    for (const listName of ["keywords", "weakKeywords"] as const) {
      for (const locale of LOCALES) {
        c[listName][locale].forEach((word, j) => {
          const path = `categories[${i}].${listName}.${locale}[${j}]`;
          const norm = normalizeText(word);
          if (!norm) {
            add(path, "keyword is empty after normalisation");
            return;
          }
          const owner = `${c.id} ${listName}`;
          const prev = keywordOwner.get(norm);
          if (prev && prev.owner !== owner) {
            add(path, `keyword "${word}" (normalised "${norm}") is also in ${prev.owner} at ${prev.path}`);
          } else if (!prev) keywordOwner.set(norm, { owner, path });
        });
      }
    }
  });

  // Rules: every id they use exists.
  dir.rules.forEach((r, i) => {
    if (r.category !== undefined && !categories.has(r.category)) {
      add(`rules[${i}].category`, `unknown category "${r.category}"`);
    }
    if (r.textMentions !== undefined && !subareas.has(r.textMentions)) {
      add(`rules[${i}].textMentions`, `unknown sub-area "${r.textMentions}"`);
    }
    if (r.target !== "by-place" && !targets.has(r.target)) {
      add(`rules[${i}].target`, `unknown target "${r.target}"`);
    }
  });

  // Reachability: some topic must lead each place to its own target, otherwise
  // the deputies of that township or street never receive anything.
  if (issues.length === 0) {
    dir.places.forEach((p, i) => {
      const reached = dir.categories.some((c) => firstMatchingRule(dir, c.id, p, [])?.target === p.target);
      if (!reached) {
        add(`places[${i}].target`, `no rule routes any topic in ${p.kind} "${p.id}" to its target "${p.target}"`);
      }
    });
  }
  return issues;
}

/**
 * The first rule of the table that matches, with the target it gives, or
 * undefined when none does (for "by-place" with no place). `rule` is the
 * 1-based position in `directory.rules`, as staff read the policy.
 */
export function firstMatchingRule(
  dir: Directory,
  category: CategoryId,
  place: Place | undefined,
  mentionedSubareas: readonly SubareaId[],
): { rule: number; target: TargetId; byPlace: boolean } | undefined {
  for (const [i, r] of dir.rules.entries()) {
    if (r.category !== undefined && r.category !== category) continue;
    if (r.placeKind !== undefined && r.placeKind !== place?.kind) continue;
    if (r.textMentions !== undefined && !mentionedSubareas.includes(r.textMentions)) continue;
    if (r.target === "by-place") {
      if (!place) continue;
      return { rule: i + 1, target: place.target, byPlace: true };
    }
    return { rule: i + 1, target: r.target, byPlace: false };
  }
  return undefined;
}
