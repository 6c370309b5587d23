/**
 * `GET /stats`: counts, medians and the mean rating over the items matching
 * the filters, read from the aggregates every item write keeps
 * (api/store/aggregates.ts): a bounded number of keys whatever the number of items.
 */
import { Hono } from "hono";
import * as z from "zod";
import { MEDIAN_RELATIVE_ERROR } from "../../handlers/items/aggregates.js";
import type { DurationFigure } from "../../handlers/items/stats.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { BEARER, commonErrors, jsonResponse, openapiRoute, type OpenAPIRegistry, type RouteConfig } from "../openapi.js";
import { ItemFilterSchema, itemQuery } from "./items.js";

const ERROR_PERCENT = Math.ceil(MEDIAN_RELATIVE_ERROR * 1000) / 10;

const Counts = z.record(z.string(), z.number().int());
const Duration = z.object({
  median_seconds: z.number().nullable().openapi({
    description: `Median seconds from submission to the first time an item reached the step; null when none did. From duration buckets (eight per doubling): within ${ERROR_PERCENT}% of the exact median (before rounding to whole seconds), 0 for under a second.`,
  }),
  count: z.number().int().openapi({ description: "How many items reached the step (exact)." }),
});

const StatsSchema = z
  .object({
    total: z.number().int(),
    by_status: Counts.openapi({ description: "Every status, zero included." }),
    by_target: Counts.openapi({ description: "Per target id; items with no target yet under \"undecided\"." }),
    by_category: Counts,
    by_place: Counts.openapi({ description: "Per place id, \"unknown\" included." }),
    support_by_target: Counts.openapi({ description: "Residents backing the items of each target: every item's raiser plus its followers (\"me too\" and merges)." }),
    durations: z.object({ to_forward: Duration, to_accept: Duration, to_answer: Duration }).openapi({ description: "From submission to forwarded, to accepted, to answered (from each item's history)." }),
    rating: z.object({ mean: z.number().nullable(), count: z.number().int() }).openapi({ description: "Residents' 1-5 ratings of the outcome (exact)." }),
    complete: z.boolean().openapi({ description: "Always true: every matching item is counted." }),
    period: z
      .object({ from: z.string().nullable().openapi({ format: "date-time" }), to: z.string().nullable().openapi({ format: "date-time" }) })
      .openapi({ description: "The county days (UTC+8) counted: from/to are rounded out to whole days; null = unbounded." }),
    generated_at: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Stats");

const statsRoute = {
  method: "get",
  path: "/stats",
  tags: ["stats"],
  summary: "Counts and medians over items",
  description:
    "Same filters as GET /items, with from/to applied to whole county days (UTC+8; the `period` field says which). Counts by status, target, category and place; " +
    `median time from submission to forward, accept and answer; mean rating. Read from counters every write keeps per county day and month, so the cost does not grow with the number of items. ` +
    `Counts and the mean rating are exact; each median comes from log-scale duration buckets (eight per doubling, from one second) and is within ${ERROR_PERCENT}% of the exact median.`,
  security: [{ [BEARER]: [] }],
  request: { query: ItemFilterSchema },
  responses: { 200: jsonResponse(StatsSchema, "The statistics."), ...commonErrors },
} satisfies RouteConfig;

const seconds = (f: DurationFigure) => ({ median_seconds: f.medianMs === null ? null : Math.round(f.medianMs / 1000), count: f.count });
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The statistics route, registered in `docs` too. */
export function createStatsRoutes(deps: { items: ItemRepository; now?: () => number }, docs: OpenAPIRegistry): Hono {
  const app = new Hono();
  openapiRoute(app, docs, statsRoute, async (c, input) => {
    const { stats: s, from, to } = await deps.items.stats(itemQuery(input.query));
    return c.json(
      {
        total: s.total,
        by_status: s.byStatus,
        by_target: s.byTarget,
        by_category: s.byCategory,
        by_place: s.byPlace,
        support_by_target: s.supportByTarget,
        durations: { to_forward: seconds(s.toMilestone.forwarded), to_accept: seconds(s.toMilestone.accepted), to_answer: seconds(s.toMilestone.answered) },
        rating: s.rating,
        complete: true,
        period: { from: iso(from), to: iso(to) },
        generated_at: new Date(deps.now?.() ?? Date.now()).toISOString(),
      } satisfies z.input<typeof StatsSchema>,
    );
  });
  return app;
}
