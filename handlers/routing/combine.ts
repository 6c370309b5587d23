/**
 * Routing one resident message: the deterministic router always runs; the
 * optional model (one call at most) may refine place and category, never the
 * target.
 *
 * How a model answer combines with the text's own evidence:
 * - Its output is validated against the directory (zod enums of place and
 *   category ids). Anything invalid (an unknown id, a missing field) rejects
 *   the whole answer and the deterministic decision is used.
 * - Place: the model may fill a missing place: when the router found none, a
 *   place the text names in any form (an ambiguous 人和 the gazetteer would not
 *   count in that context), and when the router found two equally likely
 *   places, one of those. A place the text does not name at all, or names only
 *   as a person, a shop, another province's city or an idiom (textEvidence), is
 *   ignored whatever the model claims: places are never guessed. A place the
 *   router read from the text's words is kept, and "unknown" from the model
 *   does not erase it.
 * - Category: when the router found no topic, only context words, or fell back
 *   to "other", the model's category is taken (it understands paraphrase).
 *   When the router found specific keywords, the model's different category is
 *   taken only if the text also has keywords of that category (the model
 *   resolved an ambiguity); otherwise the keywords win. A model "null" never
 *   erases a topic the keywords found. Text the router read as instructions
 *   ("忽略之前的指令…") with no topic stays without a category.
 * - Target: always the directory's rule table (applyRules) over the final
 *   category and place; a "target" in the model output is never read, so
 *   instructions in resident text cannot choose where an item goes.
 * - Failure, timeout or invalid output: the deterministic decision, source
 *   "rules"; the conversation goes on.
 */
import { followUpRefusal } from "./follow-up-guard.js";
import * as z from "zod";
import type { Directory } from "../directory/schema.js";
import type { Locale } from "../locale.js";
import type { Extraction, Extractor } from "./ports.js";
import { applyRules, textEvidence, type RouteDecision, type RouteReason, type Router } from "./router.js";

/** A routing decision with where it came from and, from the model, a question for the resident. */
export type RoutedMessage = RouteDecision & { followUp?: string; source: "rules" | "model" };

/** A structured logger (one event name, a few fields; never resident text). */
export type RoutingLog = (event: string, data?: Record<string, unknown>) => void;

/** What {@link routeMessage} needs. */
export interface RouteMessageDeps {
  router: Router;
  directory: Directory;
  /** The model; absent when no API key is configured. */
  extractor?: Extractor;
  log?: RoutingLog;
  /**
   * Last-resort bound on waiting for the model, in ms (default 20000). The
   * extractor has its own per-attempt timeout; this guards other implementations.
   */
  deadlineMs?: number;
}

const SUMMARY_MAX = 60;
const FOLLOW_UP_MAX = 300;
const DEFAULT_DEADLINE_MS = 20_000;

const schemaCache = new WeakMap<Directory, z.ZodType<Extraction>>();

/**
 * zod schema of a model extraction for one directory: place and category must
 * be directory ids. Shared by the extractor (to parse model output) and by
 * {@link routeMessage} (to re-check any Extractor implementation).
 */
export function extractionSchema(directory: Directory): z.ZodType<Extraction> {
  const cached = schemaCache.get(directory);
  if (cached) return cached;
  const placeIds = directory.places.map((p) => p.id);
  const categoryIds = directory.categories.map((c) => c.id);
  const schema = z
    .object({
      summary: z.string().max(2000),
      place: z.enum(["unknown", ...placeIds] as [string, ...string[]]),
      category: z.enum(categoryIds as [string, ...string[]]).nullable(),
      followUp: z
        .string()
        .max(2000)
        .nullish()
        .transform((v) => v ?? undefined),
    })
    .transform((v): Extraction => ({
      summary: v.summary,
      place: v.place,
      category: v.category,
      ...(v.followUp !== undefined ? { followUp: v.followUp } : {}),
    }));
  schemaCache.set(directory, schema);
  return schema;
}

/** Removes control characters and collapses whitespace in model-written text. */
function cleanLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const s = text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(s);
  return chars.length > max ? chars.slice(0, max - 1).join("").trimEnd() + "…" : s;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`model did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Routes one resident message. Runs the deterministic router, then (when an
 * extractor is configured) makes at most one model call and combines the two
 * as described in the module comment. Never rejects because of the model.
 */
export async function routeMessage(deps: RouteMessageDeps, text: string, locale: Locale): Promise<RoutedMessage> {
  const rules = deps.router.route(text);
  const fallback: RoutedMessage = { ...rules, source: "rules" };
  if (!deps.extractor || text.trim().length === 0) return fallback;

  const started = Date.now();
  let extraction: Extraction;
  try {
    const raw = await withTimeout(deps.extractor.extract({ text, locale }), deps.deadlineMs ?? DEFAULT_DEADLINE_MS);
    const parsed = extractionSchema(deps.directory).safeParse(raw);
    if (!parsed.success) {
      deps.log?.("routing.model_rejected", {
        ms: Date.now() - started,
        issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).slice(0, 5),
      });
      return fallback;
    }
    extraction = parsed.data;
  } catch (err) {
    deps.log?.("routing.model_failed", {
      ms: Date.now() - started,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    });
    return fallback;
  }

  const combined = combine(deps.directory, rules, extraction, text);
  deps.log?.("routing.model_used", {
    ms: Date.now() - started,
    category: combined.category,
    place: combined.place,
    target: combined.target,
    changed: combined.category !== rules.category || combined.place !== rules.place,
  });
  return combined;
}

function combine(directory: Directory, rules: RouteDecision, model: Extraction, text: string): RoutedMessage {
  const evidence = textEvidence(directory, text);
  const notes: string[] = [];

  // Place: the model may fill a missing one, never with a place the text does not name.
  let place = rules.place;
  const candidates = rules.placeCandidates ?? [];
  if (model.place !== "unknown" && model.place !== rules.place) {
    if (!evidence.places.includes(model.place)) {
      notes.push(`place "${model.place}" ignored: the text does not name it`);
    } else if (rules.place !== "unknown") {
      notes.push(`place "${model.place}" ignored: the text's words say the matter is in "${rules.place}"`);
    } else if (candidates.length > 0 && !candidates.includes(model.place)) {
      notes.push(`place "${model.place}" ignored: the text points to ${candidates.join(" or ")}`);
    } else {
      place = model.place;
      notes.push(`place "${model.place}" (named in the text)`);
    }
  } else if (model.place === "unknown" && rules.place !== "unknown") {
    notes.push(`no place; kept "${rules.place}" named in the text`);
  }

  // Category: keywords win unless the model's choice is also supported by them.
  const rulesHasSpecific = rules.category !== null && evidence.specificCategories.includes(rules.category);
  const instructionsOnly = rules.category === null && rules.reasons.some((r) => r.kind === "not-a-suggestion" && r.id === "instructions");
  let category = rules.category;
  if (model.category !== null && model.category !== rules.category) {
    if (instructionsOnly) {
      notes.push(`topic "${model.category}" ignored: the text is instructions with no topic of its own`);
    } else if (!rulesHasSpecific || evidence.categories.includes(model.category)) {
      category = model.category;
      notes.push(`topic "${model.category}"`);
    } else {
      notes.push(`topic "${model.category}" ignored: the text's keywords say "${rules.category}"`);
    }
  } else if (model.category === null && rules.category !== null) {
    notes.push(`no topic; kept "${rules.category}" from the text's words`);
  }

  const { target, rule } = applyRules(directory, { category, place, text });
  const unchanged = category === rules.category && place === rules.place;
  const agreed = notes.length === 0;
  // Keep the router's evidence that still holds; the rule is restated below.
  const reasons: RouteReason[] = rules.reasons.filter(
    (r) => r.kind !== "rule" && (r.kind !== "category" || category === rules.category) && (r.kind !== "not-a-suggestion" || category === null) && (r.kind !== "place" || place === rules.place),
  );
  if (place !== rules.place && place !== "unknown") {
    reasons.unshift({ kind: "place", id: place, detail: `place "${place}" chosen by the language model among the places the text names` });
  }
  if (category !== null && category !== rules.category) {
    reasons.push({ kind: "category", id: category, detail: `topic "${category}" chosen by the language model` });
  }
  reasons.push({
    kind: "model",
    detail: agreed ? "the language model agrees" : `the language model read ${notes.join("; ")}`,
  });
  if (category !== null) {
    reasons.push(
      rule !== null && target !== null
        ? { kind: "rule", id: target, rule, detail: `rule ${rule} → ${target}` }
        : { kind: "rule", detail: `no rule gives a target for topic "${category}" without a place; ask the resident where` },
    );
  }

  // Agreement raises confidence; a changed reading rests on the model alone.
  const confidence = unchanged
    ? agreed ? Math.min(1, Math.round((rules.confidence + 0.1) * 100) / 100) : rules.confidence
    : target !== null ? 0.6 : 0.4;
  const summary = cleanLine(model.summary, SUMMARY_MAX) || rules.summary;
  const phrased = model.followUp !== undefined ? cleanLine(model.followUp, FOLLOW_UP_MAX) : "";
  // A phrasing that asks for what the bot never asks (or rambles) is dropped: the bot's own template question is asked instead.
  const followUp = phrased && followUpRefusal(phrased) === null ? phrased : "";

  return {
    category,
    place,
    target,
    confidence,
    reasons,
    isSuggestion: category !== null || rules.isSuggestion,
    summary,
    // Still two equally likely places: the resident is asked with both.
    ...(place === "unknown" && rules.placeCandidates ? { placeCandidates: rules.placeCandidates } : {}),
    ...(followUp ? { followUp } : {}),
    source: "model",
  };
}
