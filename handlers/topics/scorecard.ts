/**
 * Per-target scorecards (成绩单): what residents sent, how fast and how well
 * it was answered, and what consultation did with it. Pure: item figures come
 * from the aggregates, topic figures from the topics. No resident identity.
 */
import { dueDateStart } from "./machine.js";
import type { Topic } from "./model.js";

const DAY_MS = 24 * 3600_000;
const COUNTY_OFFSET_MS = 8 * 3600_000;

/** One target's figures (GET /api/v1/scorecards; the staff /stats). */
export interface Scorecard {
  target: string;
  items: number;
  median_days_to_answer: number | null;
  mean_rating: number | null;
  topics: number;
  sessions_held: number;
  outcomes_due: number;
  outcomes_done: number;
  evaluation_mean: number | null;
}

/** The item side of a scorecard, from the aggregates. */
export interface ItemFigures {
  items: number;
  medianAnswerMs: number | null;
  meanRating: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A session counts as held once its time has passed, or once its outcome was recorded. */
export function sessionHeld(t: Topic, now: number): boolean {
  return t.session !== null && (t.session.startsAt <= now || t.outcome !== null);
}

/** An outcome is due once its due day is over (county time). */
export function outcomeDue(t: Topic, now: number): boolean {
  return t.outcome !== null && dueDateStart(t.outcome.dueDate) + DAY_MS <= now;
}

/** Done when most residents who evaluated it said done. */
export function outcomeDone(t: Topic): boolean {
  const done = t.evaluations.filter((e) => e.verdict === "done").length;
  return t.outcome !== null && done * 2 > t.evaluations.length;
}

/** The scorecard of one target. */
export function scorecardOf(target: string, figures: ItemFigures, topics: Topic[], now: number): Scorecard {
  const mine = topics.filter((t) => t.target === target);
  const scores = mine.flatMap((t) => t.evaluations.map((e) => e.score).filter((s): s is number => s !== null));
  return {
    target,
    items: figures.items,
    median_days_to_answer: figures.medianAnswerMs === null ? null : round2(figures.medianAnswerMs / DAY_MS),
    mean_rating: figures.meanRating === null ? null : round2(figures.meanRating),
    topics: mine.length,
    sessions_held: mine.filter((t) => sessionHeld(t, now)).length,
    outcomes_due: mine.filter((t) => outcomeDue(t, now)).length,
    outcomes_done: mine.filter((t) => outcomeDue(t, now) && outcomeDone(t)).length,
    evaluation_mean: scores.length ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
  };
}

/** A county quarter ("2026Q2") as [from, to) epoch ms; null when malformed. */
export function quarterRange(quarter: string): { from: number; to: number } | null {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(quarter.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const from = Date.UTC(year, (q - 1) * 3, 1) - COUNTY_OFFSET_MS;
  const to = Date.UTC(q === 4 ? year + 1 : year, q === 4 ? 0 : q * 3, 1) - COUNTY_OFFSET_MS;
  return { from, to };
}

/** True when a topic belongs to a period: by its session's time, else when it was opened. */
export function topicInPeriod(t: Topic, from: number, to: number): boolean {
  const at = t.session?.startsAt ?? t.createdAt;
  return at >= from && at < to;
}
