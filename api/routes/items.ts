/**
 * Items for integrators: `GET /items` (filters, cursor paging), `GET
 * /items/{id}` (with history) and `GET /items.csv` (the same filters, streamed
 * page by page). Mounted under /api/v1, behind the bearer token.
 */
import { Hono } from "hono";
import * as z from "zod";
import { csvHeader, csvRow, CSV_BOM } from "../../handlers/items/csv.js";
import { ITEM_STATUSES, type Item } from "../../handlers/items/model.js";
import type { ItemQuery, ItemRepository } from "../../handlers/ports.js";
import type { Log } from "../log.js";
import { BEARER, commonErrors, ItemDetailJsonSchema, ItemJsonSchema, jsonResponse, notFound, openapiRoute, type OpenAPIRegistry, type RouteConfig } from "../openapi.js";
import { errorLine } from "../log.js";
import { itemJson, itemSummaryJson } from "../present.js";
import { InvalidCursorError } from "../store/item-repo.js";

/** Items read per storage round trip when exporting (the repository's page maximum). */
const EXPORT_PAGE = 500;
/** China Standard Time: a bare date in a filter means that day in the county. */
const COUNTY_OFFSET = "+08:00";
const DAY_MS = 24 * 3600_000;

const DateParam = (edge: "from" | "to") =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .optional()
    .openapi({
      description:
        edge === "from"
          ? "Created at or after this instant. A bare date (YYYY-MM-DD) means the start of that day in China Standard Time (UTC+8)."
          : "Created before this instant. A bare date (YYYY-MM-DD) includes that whole day in China Standard Time (UTC+8).",
      example: edge === "from" ? "2026-05-01" : "2026-05-31T23:59:59+08:00",
    });

const FILTERS = {
  status: z.enum(ITEM_STATUSES).optional().openapi({ description: "Only items in this status." }),
  target: z.string().max(64).optional().openapi({ description: "Directory target id.", example: "deputy-fengming" }),
  category: z.string().max(64).optional().openapi({ description: "Directory category id.", example: "roads-transport" }),
  place: z.string().max(64).optional().openapi({ description: "Directory place id, or 'unknown'.", example: "fengming" }),
  from: DateParam("from"),
  to: DateParam("to"),
};

const rangeInOrder = (q: { from?: string | undefined; to?: string | undefined }) => q.from === undefined || q.to === undefined || filterTime(q.from, "from") < filterTime(q.to, "to");
const RANGE_ERROR = { path: ["to"], message: "must be after from" };

/** The item filters shared by the list, the CSV export and the statistics. */
export const ItemFilterSchema = z.object(FILTERS).refine(rangeInOrder, RANGE_ERROR);

/** Epoch ms of a filter date; a bare date is a county day (its start for `from`, the next day's start for `to`). */
export function filterTime(value: string, edge: "from" | "to"): number {
  if (value.includes("T")) return Date.parse(value);
  const start = Date.parse(`${value}T00:00:00${COUNTY_OFFSET}`);
  return edge === "to" ? start + DAY_MS : start;
}

/** The repository query of validated filters. */
export function itemQuery(q: { [K in keyof typeof FILTERS]?: z.output<(typeof FILTERS)[K]> }): ItemQuery {
  const { from, to, ...rest } = q;
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    ...(from !== undefined && { from: filterTime(from, "from") }),
    ...(to !== undefined && { to: filterTime(to, "to") }),
  };
}

const ListQuery = z
  .object({
    ...FILTERS,
    cursor: z.string().max(200).optional().openapi({ description: "`next_cursor` of the previous page. Pages stay stable while new items arrive." }),
    limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: "Items per page (1-500)." }),
  })
  .refine(rangeInOrder, RANGE_ERROR);

const ItemPageSchema = z.object({ items: z.array(ItemJsonSchema), next_cursor: z.string().nullable() }).openapi("ItemPage");

const listRoute = {
  method: "get",
  path: "/items",
  tags: ["items"],
  summary: "List items, newest first",
  description: "Filters combine with AND. Follow `next_cursor` until it is null; items created meanwhile are newer and never shift the pages being read.",
  security: [{ [BEARER]: [] }],
  request: { query: ListQuery },
  responses: {
    200: jsonResponse(ItemPageSchema, "A page of items (without history)."),
    ...commonErrors,
  },
} satisfies RouteConfig;

const IdParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9]{4,12}$/, "not an item code")
    .openapi({ param: { name: "id", in: "path" }, description: "The item's short code (case-insensitive).", example: "K7XMRP" }),
});

const getRoute = {
  method: "get",
  path: "/items/{id}",
  tags: ["items"],
  summary: "One item with its history",
  security: [{ [BEARER]: [] }],
  request: { params: IdParams },
  responses: { 200: jsonResponse(ItemDetailJsonSchema, "The item."), ...commonErrors, ...notFound },
} satisfies RouteConfig;

const csvRoute = {
  method: "get",
  path: "/items.csv",
  tags: ["items"],
  summary: "Export items as CSV",
  description:
    "Same filters as GET /items, every matching item newest first, streamed. UTF-8 with a byte order mark (spreadsheets show Chinese correctly), " +
    "RFC 4180 quoting, CRLF line ends, ISO 8601 UTC times. Free-text fields starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas. " +
    "Contact columns are filled only for residents who agreed to share their contact.",
  security: [{ [BEARER]: [] }],
  request: { query: ItemFilterSchema },
  responses: {
    200: { content: { "text/csv": { schema: z.string().openapi({ example: "id,status,created_at,...\r\n" }) } }, description: "The CSV document." },
    ...commonErrors,
  },
} satisfies RouteConfig;

const badCursor = { error: "invalid_request", field: "cursor", message: "not a cursor from this API" };

/**
 * The item routes, registered in `docs` too. `log` reports an export that
 * failed half-way (its 200 is already under way by then).
 */
export function createItemRoutes(deps: { items: ItemRepository; log?: Log }, docs: OpenAPIRegistry): Hono {
  const app = new Hono();

  openapiRoute(app, docs, listRoute, async (c, { query }) => {
    const { cursor, limit, ...filters } = query;
    try {
      const page = await deps.items.list({ ...itemQuery(filters), ...(cursor && { cursor }), limit });
      return c.json({ items: page.items.map(itemSummaryJson), next_cursor: page.nextCursor } satisfies z.input<typeof ItemPageSchema>);
    } catch (error) {
      if (error instanceof InvalidCursorError) return c.json(badCursor, 400);
      throw error;
    }
  });

  openapiRoute(app, docs, getRoute, async (c, { params }) => {
    const id = params.id.toUpperCase();
    const found = await deps.items.get(id);
    const item = found?.item ?? null;
    if (!item) return c.json({ error: "not_found", message: `no item ${id}` }, 404);
    return c.json(itemJson(item) satisfies z.input<typeof ItemDetailJsonSchema>);
  });

  openapiRoute(app, docs, csvRoute, async (c, input) => {
    const query = itemQuery(input.query);
    // The first page is read before answering, so a storage outage is a 5xx, not a truncated 200.
    const rows = deps.items.scan({ ...query, limit: EXPORT_PAGE })[Symbol.asyncIterator]();
    const first = await rows.next();
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");
    return c.body(csvStream(rows, first, deps.log), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="items-${day}.csv"`,
      "cache-control": "no-store",
    });
  });

  return app;
}

/** Streams BOM + header, then one chunk per repository page, reading the next page only when the client wants more. */
function csvStream(items: AsyncIterator<Item>, first: IteratorResult<Item>, log?: Log): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let head: IteratorResult<Item> | null = first;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvHeader()));
    },
    async pull(controller) {
      try {
        // Up to one page of rows per chunk: the scanner reads the next page only once this one is used up.
        let rows = "";
        for (let n = 0; n < EXPORT_PAGE; n++) {
          const next: IteratorResult<Item> = head ?? (await items.next());
          head = null;
          if (next.done) {
            if (rows) controller.enqueue(encoder.encode(rows));
            return controller.close();
          }
          rows += csvRow(next.value);
        }
        controller.enqueue(encoder.encode(rows));
      } catch (error) {
        log?.("csv-export-failed", { error: errorLine(error) });
        controller.error(error);
      }
    },
  });
}
