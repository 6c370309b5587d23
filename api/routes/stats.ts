/**
 * `GET /stats`: counts and medians over the items matching the filters,
 * computed by handlers/items/stats.ts while paging through storage.
 */
import { Hono } from "hono";
import * as z from "zod";
import { parseItem } from "../../handlers/items/model.js";
import { statsAccumulator, type DurationFigure } from "../../handlers/items/stats.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { BEARER, commonErrors, jsonResponse, openapiRoute, type OpenAPIRegistry, type RouteConfig } from "../openapi.js";
import { ItemFilterSchema, itemQuery } from "./items.js";

/** Items read per storage round trip. */
const PAGE = 500;
/** Items read at most per request, so one call stays within a Worker's subrequest budget; `complete` says whether all were read. */
export const STATS_SCAN_LIMIT = 20_000;

const Counts = z.record(z.string(), z.number().int());
const Duration = z.object({
  median_seconds: z.number().nullable().openapi({ description: "Median seconds from submission to the first time an item reached the step; null when none did." }),
  count: z.number().int().openapi({ description: "How many items reached the step." }),
});

const StatsSchema = z
  .object({
    total: z.number().int(),
    by_status: Counts.openapi({ description: "Every status, zero included." }),
    by_target: Counts.openapi({ description: "Per target id; items with no target yet under \"undecided\"." }),
    by_category: Counts,
    by_place: Counts.openapi({ description: "Per place id, \"unknown\" included." }),
    durations: z.object({ to_forward: Duration, to_accept: Duration, to_answer: Duration }).openapi({ description: "From submission to forwarded, to accepted, to answered (from each item's history)." }),
    rating: z.object({ mean: z.number().nullable(), count: z.number().int() }).openapi({ description: "Residents' 1-5 ratings of the outcome." }),
    complete: z.boolean().openapi({ description: `False when more than ${STATS_SCAN_LIMIT} items matched and only the newest were counted; narrow with from/to.` }),
    generated_at: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Stats");

const statsRoute = {
  method: "get",
  path: "/stats",
  tags: ["stats"],
  summary: "Counts and medians over items",
  description: "Same filters as GET /items. Counts by status, target, category and place; median time from submission to forward, accept and answer; mean rating.",
  security: [{ [BEARER]: [] }],
  request: { query: ItemFilterSchema },
  responses: { 200: jsonResponse(StatsSchema, "The statistics."), ...commonErrors },
} satisfies RouteConfig;

const seconds = (f: DurationFigure) => ({ median_seconds: f.medianMs === null ? null : Math.round(f.medianMs / 1000), count: f.count });

/** The statistics route, registered in `docs` too. */
export function createStatsRoutes(deps: { items: ItemRepository; now?: () => number }, docs: OpenAPIRegistry): Hono {
  const app = new Hono();
  openapiRoute(app, docs, statsRoute, async (c, input) => {
    const query = itemQuery(input.query);
    const acc = statsAccumulator();
    let cursor: string | null = null;
    let read = 0;
    do {
      const page: { items: unknown[]; nextCursor: string | null } = await deps.items.list({ ...query, limit: PAGE, ...(cursor && { cursor }) });
      for (const raw of page.items) {
        const item = parseItem(raw);
        if (item) acc.add(item);
      }
      read += page.items.length;
      cursor = page.nextCursor;
    } while (cursor !== null && read < STATS_SCAN_LIMIT);
    const s = acc.result();
    return c.json(
      {
        total: s.total,
        by_status: s.byStatus,
        by_target: s.byTarget,
        by_category: s.byCategory,
        by_place: s.byPlace,
        durations: { to_forward: seconds(s.toMilestone.forwarded), to_accept: seconds(s.toMilestone.accepted), to_answer: seconds(s.toMilestone.answered) },
        rating: s.rating,
        complete: cursor === null,
        generated_at: new Date(deps.now?.() ?? Date.now()).toISOString(),
      } satisfies z.input<typeof StatsSchema>,
    );
  });
  return app;
}
