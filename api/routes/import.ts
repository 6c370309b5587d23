/**
 * `POST /items/import`: past suggestions in bulk (handlers/items/import.ts),
 * NDJSON or the `items.csv` columns, up to 1,000 rows a request, written
 * through the same atomic write path as every item (indexes and aggregates
 * included) in batches, notifying nobody. `external_id` makes it idempotent.
 * Round trips per request: one lookup of the external ids, then one write per
 * 100 rows (a batch that loses a race is retried row by row).
 */
import { Hono } from "hono";
import * as z from "zod";
import type { Directory } from "../../handlers/directory/schema.js";
import { directoryView } from "../../handlers/directory/view.js";
import { IMPORT_MAX_ROWS, importedItem, parseCsv, parseImportRow, type ImportResult, type ImportRow } from "../../handlers/items/import.js";
import { newItemCode, queueScore, type Item } from "../../handlers/items/model.js";
import type { ItemRepository, ItemWrite } from "../../handlers/ports.js";
import type { Router } from "../../handlers/routing/router.js";
import { BEARER, commonErrors, jsonResponse, type OpenAPIRegistry, type RouteConfig } from "../openapi.js";

/** Creates per atomic write. */
const BATCH = 100;
/** Largest body read (1,000 rows of long texts). */
const MAX_BODY_BYTES = 16 * 2 ** 20;

const ResultSchema = z
  .object({
    row: z.number().int().openapi({ description: "1-based row number (CSV: the header is row 0)." }),
    result: z.enum(["created", "duplicate", "invalid"]),
    id: z.string().optional().openapi({ description: "The item's code (created, or the one the external_id already made)." }),
    field: z.string().optional().openapi({ description: "The wrong field of an invalid row." }),
    message: z.string().optional(),
  })
  .openapi("ImportResult");

const ImportResponseSchema = z
  .object({ created: z.number().int(), duplicates: z.number().int(), invalid: z.number().int(), results: z.array(ResultSchema) })
  .openapi("ImportResponse");

const COLUMNS =
  "`external_id` (optional; the same one twice is one item), `text` (or `summary`; required), `summary`, `status` (default new; not merged), `created_at` (ISO 8601, or a bare date = that county day), " +
  "`category`, `place`, `target` (directory ids; routed by the directory rules when absent), `urgent` (0/1), `forwarded_at`, `accepted_at`, `answered_at`, `closed_at` (replayed into the history, so durations count), " +
  "`answer`, `rating` (1-5, closed items only), `contact_name`, `contact_phone`, `contact_email`, `locale`. Other `items.csv` columns (id, updated_at, source, merged_into, photos…) are ignored.";

const importRoute = {
  method: "post",
  path: "/items/import",
  tags: ["items"],
  summary: "Import past suggestions in bulk",
  description:
    `Up to ${IMPORT_MAX_ROWS} rows a request: \`application/x-ndjson\` (one JSON object a line) or \`text/csv\` with the columns of GET /items.csv. Columns: ${COLUMNS} ` +
    "Each row gets a result: created (with its new code), duplicate (its external_id was imported before; the code it got then) or invalid (the field that is wrong). " +
    "Imported items are written like any other (indexes and statistics include them) and notify nobody; new ones join the triage queue.",
  security: [{ [BEARER]: [] }],
  request: {
    body: {
      content: {
        "application/x-ndjson": { schema: z.string().openapi({ example: '{"external_id":"2024-0001","text":"凤鸣镇到县城的公交车太少了","created_at":"2024-03-02","status":"closed","closed_at":"2024-04-01","rating":4}\n' }) },
        "text/csv": { schema: z.string().openapi({ example: "external_id,text,created_at,status\r\n2024-0002,路灯坏了,2024-03-05,new\r\n" }) },
      },
    },
  },
  responses: {
    200: jsonResponse(ImportResponseSchema, "What became of each row."),
    413: jsonResponse(z.object({ error: z.string(), message: z.string() }), `More than ${IMPORT_MAX_ROWS} rows, or a body over 16 MiB.`),
    415: jsonResponse(z.object({ error: z.string(), message: z.string() }), "Neither NDJSON nor CSV."),
    ...commonErrors,
  },
} satisfies RouteConfig;

/** What the import needs. */
export interface ImportDeps {
  items: ItemRepository;
  directory: Directory;
  router: Router;
  now?: () => number;
  random?: () => number;
}

/** The import route, registered in `docs` too. */
export function createImportRoutes(deps: ImportDeps, docs: OpenAPIRegistry): Hono {
  const app = new Hono();
  const view = directoryView(deps.directory);
  docs.registerPath(importRoute);
  app.post("/items/import", async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const csv = type === "text/csv";
    if (!csv && type !== "application/x-ndjson" && type !== "application/json") return c.json({ error: "unsupported_media_type", message: "send application/x-ndjson or text/csv" }, 415);
    if (Number(c.req.header("content-length") ?? 0) > MAX_BODY_BYTES) return c.json({ error: "too_large", message: "body over 16 MiB" }, 413);
    const body = await c.req.text();
    if (body.length > MAX_BODY_BYTES) return c.json({ error: "too_large", message: "body over 16 MiB" }, 413);
    let raws: unknown[];
    if (csv) raws = parseCsv(body);
    else {
      raws = [];
      for (const line of body.split(/\r?\n/)) {
        if (!line.trim()) continue;
        try {
          raws.push(JSON.parse(line));
        } catch {
          raws.push(Symbol.for("bad-json"));
        }
      }
    }
    if (raws.length > IMPORT_MAX_ROWS) return c.json({ error: "too_many_rows", message: `at most ${IMPORT_MAX_ROWS} rows a request, got ${raws.length}` }, 413);
    const results = await importRows(deps, view, raws);
    const count = (r: ImportResult["result"]) => results.filter((x) => x.result === r).length;
    return c.json({ created: count("created"), duplicates: count("duplicate"), invalid: count("invalid"), results } satisfies z.input<typeof ImportResponseSchema>);
  });
  return app;
}

/** Validates, de-duplicates and writes the rows; one result per row, in order. */
export async function importRows(deps: ImportDeps, view: ReturnType<typeof directoryView>, raws: unknown[]): Promise<ImportResult[]> {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const results: Array<ImportResult | undefined> = new Array(raws.length);
  const valid: Array<{ index: number; row: ImportRow }> = [];
  raws.forEach((raw, index) => {
    if (typeof raw === "symbol") return (results[index] = { row: index + 1, result: "invalid", field: "row", message: "not a JSON object" });
    const parsed = parseImportRow(raw, view);
    if (!parsed.ok) return (results[index] = { row: index + 1, result: "invalid", field: parsed.field, message: parsed.message });
    valid.push({ index, row: parsed.row });
  });
  // External ids imported before (one round trip), and repeats inside this request.
  const withExternal = valid.filter((v) => v.row.external_id !== undefined);
  const known = await deps.items.findExternal(withExternal.map((v) => v.row.external_id!));
  const existing = new Map(withExternal.map((v, i) => [v.row.external_id!, known[i] ?? null]));
  const firstInRequest = new Map<string, number>();
  const pending: Array<{ index: number; row: ImportRow; item: Item; write: ItemWrite }> = [];
  const at = now();
  for (const v of valid) {
    const ext = v.row.external_id;
    if (ext !== undefined) {
      const before = existing.get(ext);
      if (before) {
        results[v.index] = { row: v.index + 1, result: "duplicate", id: before };
        continue;
      }
      if (firstInRequest.has(ext)) continue; // resolved after the first one is written
      firstInRequest.set(ext, v.index);
    }
    const built = importedItem(v.row, { id: newItemCode(random), now: at, router: deps.router, directory: deps.directory });
    if (!("id" in built)) {
      results[v.index] = { row: v.index + 1, result: "invalid", field: built.field, message: built.message };
      continue;
    }
    pending.push({ index: v.index, row: v.row, item: built, write: createWrite(built, ext) });
  }
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH);
    const outcome = await deps.items.write(batch.map((p) => p.write));
    if (outcome.ok) {
      for (const p of batch) results[p.index] = { row: p.index + 1, result: "created", id: p.item.id };
      continue;
    }
    // A code collision or a racing import of the same external id: row by row.
    for (const p of batch) results[p.index] = await writeOne(deps, p, random);
  }
  // Repeats of an external id within the request point at the item the first one made.
  for (const v of valid) {
    if (results[v.index] !== undefined) continue;
    const first = results[firstInRequest.get(v.row.external_id!)!];
    results[v.index] = first && "id" in first ? { row: v.index + 1, result: "duplicate", id: first.id } : { row: v.index + 1, result: "invalid", field: "external_id", message: "repeats an invalid row" };
  }
  return results as ImportResult[];
}

function createWrite(item: Item, externalId: string | undefined): ItemWrite {
  return { kind: "create", item, queueScore: queueScore(item), ...(externalId !== undefined && { externalId }) };
}

async function writeOne(deps: ImportDeps, p: { index: number; row: ImportRow; item: Item }, random: () => number): Promise<ImportResult> {
  let item = p.item;
  for (let attempt = 0; attempt < 5; attempt++) {
    const outcome = await deps.items.write([createWrite(item, p.row.external_id)]);
    if (outcome.ok) return { row: p.index + 1, result: "created", id: item.id };
    if (outcome.reason === "duplicate") {
      const [id] = await deps.items.findExternal([p.row.external_id!]);
      return { row: p.index + 1, result: "duplicate", id: id ?? "" };
    }
    item = { ...item, id: newItemCode(random) };
  }
  throw new Error("import: no free item code after 5 attempts");
}
