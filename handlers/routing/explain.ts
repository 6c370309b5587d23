/**
 * Explanation: the reasons staff read, built from the structured readings of
 * the places, topics and rules modules. No other routing module writes
 * reasons; they return what they found and this module says it.
 */
import type { Compiled } from "./compile.js";
import type { PlaceReading, PlaceRole } from "./places.js";
import type { RuleHit } from "./rules.js";
import type { TopicReading } from "./topics.js";

/** Why the router decided what it did: one structured, explainable step. */
export interface RouteReason {
  kind: "place" | "subarea" | "category" | "rule" | "not-a-suggestion" | "model";
  /**
   * The place, sub-area, category or target id concerned; for "place" with
   * two equally likely places, "unknown" (see `candidates`); for
   * "not-a-suggestion" why not: "instructions", "bot-question",
   * "general-question", "thanks", "small-talk", "no-matter" (wants to raise
   * something, has not said what) or "nothing".
   */
  id?: string;
  /** The words of the text (as written in the directory) that matched. */
  words?: string[];
  /** 1-based position of the rule in the directory's rule table. */
  rule?: number;
  /** Places the text names that are equally likely to be where the matter is. */
  candidates?: string[];
  /** One English line for logs and staff. */
  detail: string;
}

const q = (words: readonly string[]) => words.map((w) => `"${w}"`).join(", ");

const ROLE_WORDS: Record<PlaceRole, string> = {
  home: "where the resident lives or comes from",
  hometown: "the resident's family home",
  work: "where the resident works",
  matter: "named as where the matter is",
  plain: "named",
  compared: "named only to compare",
  former: "where the resident used to live",
};

const WHY_NOT: Record<string, string> = {
  idiom: "part of an idiom or a fixed phrase",
  outside: "a place outside the county",
  person: "a name (of a person, or a pet)",
  name: "the name of a shop, brand, venue or landmark",
  negated: "said not to be the place meant",
};

/** Reasons about places: sub-areas, the chosen place or the candidates, and names that are not places. */
export function explainPlaces(c: Compiled, r: PlaceReading): RouteReason[] {
  const reasons: RouteReason[] = [];
  for (const m of r.mentions) {
    if (m.subarea === undefined) continue;
    if (reasons.some((x) => x.kind === "subarea" && x.id === m.subarea)) continue;
    reasons.push({ kind: "subarea", id: m.subarea, words: [m.source], detail: `sub-area "${m.subarea}" ("${m.source}") is in ${m.place.id}` });
  }
  const wordsOf = (id: string) => [...new Set(r.mentions.filter((m) => m.place.id === id).map((m) => m.source))];
  const roleOf = (id: string) => r.scores.find((s) => s.place === id);
  const describe = (id: string) => {
    const s = roleOf(id);
    if (!s) return id;
    const extra = [s.inProblemClause ? "in the sentence with the problem" : "", s.pointedBack ? "the problem points back to it" : ""].filter(Boolean).join(", ");
    return `${id} (${ROLE_WORDS[s.best.role]}${extra ? `, ${extra}` : ""}; score ${s.score})`;
  };
  if (r.candidates.length > 1) {
    const words = r.candidates.flatMap(wordsOf);
    reasons.push({
      kind: "place",
      id: "unknown",
      words,
      candidates: [...r.candidates],
      detail: `the text names ${r.candidates.length} places equally likely to be where the matter is: ${r.candidates.map(describe).join("; ")}; ask the resident which`,
    });
  } else if (r.chosen) {
    const id = r.chosen.place.id;
    const others = [...new Set(r.mentions.map((m) => m.place.id).filter((x) => x !== id))];
    let detail = `place "${id}" from ${q(wordsOf(id))}`;
    if (others.length > 0) {
      const why = others.every((o) => c.placesById.get(o)?.kind === "county")
        ? "county-wide words rank below a specific place"
        : `where the matter is, not where the resident lives or works: ${describe(id)} over ${others.filter((o) => c.placesById.get(o)?.kind !== "county").map(describe).join("; ")}`;
      detail += `; ${why} (also: ${others.join(", ")})`;
    }
    const heard = [...new Set(r.mentions.filter((m) => m.place.id === id && m.soundsLike !== undefined).map((m) => `"${m.source}" taken for "${m.soundsLike}"`))];
    if (heard.length > 0) detail += `; ${heard.join(", ")}`;
    reasons.push({ kind: "place", id, words: wordsOf(id), detail });
  }
  const rejected = r.rejected.filter((x, i) => r.rejected.findIndex((y) => y.source === x.source && y.why === x.why) === i);
  if (rejected.length > 0 && r.place === "unknown" && r.candidates.length === 0) {
    reasons.push({
      kind: "place",
      id: "unknown",
      words: rejected.map((x) => x.source),
      detail: `no place: ${rejected.map((x) => `"${x.source}" is ${WHY_NOT[x.why]}`).join("; ")}`,
    });
  } else if (rejected.length > 0) {
    const last = [...reasons].reverse().find((x) => x.kind === "place");
    if (last) last.detail += `; not places: ${rejected.map((x) => `"${x.source}" (${WHY_NOT[x.why]})`).join(", ")}`;
  }
  return reasons;
}

/** The reason for the topic, or for not being a suggestion. */
export function explainTopic(t: TopicReading): RouteReason {
  const best = t.scores[0];
  const second = t.scores[1];
  const sig = t.signals;
  if (t.category !== null && t.basis === "keywords" && best) {
    return {
      kind: "category",
      id: best.id,
      words: [...best.strong, ...best.weak],
      detail:
        `topic "${best.id}" (score ${best.score}) from ${q(best.strong)}` +
        (best.weak.length ? ` with ${q(best.weak)}` : "") +
        (t.dispute && best.id === "disputes" ? `; dispute cues ${q(t.dispute.terms)} + ${q(t.dispute.acts)} decide the topic` : "") +
        (second ? `; runner-up "${second.id}" (${second.score})` : "") +
        (second && second.incidental.length ? ` (${q(second.incidental)} only say who it concerns)` : "") +
        (second && second.score === best.score ? `; tie broken by topic priority` : "") +
        (t.negated.length ? `; negated: ${q(t.negated)}` : "") +
        (sig.instructions ? `; instruction-like words ignored (${sig.instructions.join(", ")})` : ""),
    };
  }
  // The context topic may be below a topic whose only words say the countryside (村里, village).
  const context = t.basis === "context" ? t.scores.find((x) => x.id === t.category) : undefined;
  if (t.category !== null && context) {
    return {
      kind: "category",
      id: context.id,
      words: [...context.weak, ...context.incidental],
      detail: `topic "${context.id}" from context words ${q([...context.weak, ...context.incidental])} with a request or problem (${t.markers.join(", ")})`,
    };
  }
  if (t.category !== null) {
    return {
      kind: "category",
      id: t.category,
      words: t.markers,
      detail: `a request or problem (${t.markers.join(", ")}) with no topic keyword: fallback topic "${t.category}"`,
    };
  }
  switch (t.notSuggestion) {
    case "instructions":
      return { kind: "not-a-suggestion", id: "instructions", words: sig.instructions ?? [], detail: "instruction-like text with no topic; it is ignored and the resident is asked to describe the matter" };
    case "bot-question":
      return { kind: "not-a-suggestion", id: "bot-question", words: sig.botQuestions ?? [], detail: "a question about the bot, not a suggestion" };
    case "general-question":
      return { kind: "not-a-suggestion", id: "general-question", words: sig.generalQuestions ?? [], detail: "a general question (opening hours, where an office is), not a suggestion" };
    case "thanks":
      return {
        kind: "not-a-suggestion",
        id: "thanks",
        words: [...(sig.thanks ?? []), ...(sig.resolved ?? [])],
        detail: `thanks or a compliment${sig.resolved ? " for a problem already solved" : ""}, with no request or open problem: not a suggestion`,
      };
    case "no-matter":
      return { kind: "not-a-suggestion", id: "no-matter", words: sig.requestMarkers ?? [], detail: "the resident wants to raise something but has not said what yet" };
    case "small-talk":
      return { kind: "not-a-suggestion", id: "small-talk", words: [...(sig.smallTalk ?? []), ...(sig.thanks ?? [])], detail: "greeting or small talk, not a suggestion" };
    default:
      return { kind: "not-a-suggestion", id: "nothing", detail: "no topic, no request and no problem: not a suggestion" };
  }
}

/** The reason for the target (or for having none). */
export function explainRule(category: string, places: PlaceReading, hit: RuleHit | undefined): RouteReason {
  if (hit) {
    const kind = places.chosen?.place.kind;
    return {
      kind: "rule",
      id: hit.target,
      rule: hit.rule,
      detail: `rule ${hit.rule}${hit.byPlace ? ` (by place: ${kind} "${places.place}")` : ""} → ${hit.target}${hit.note ? `: ${hit.note}` : ""}`,
    };
  }
  if (places.candidates.length > 1) {
    return { kind: "rule", detail: `no rule gives a target for topic "${category}" until the resident says which place: ${places.candidates.join(" or ")}` };
  }
  return { kind: "rule", detail: `no rule gives a target for topic "${category}" without a place; ask the resident where` };
}
