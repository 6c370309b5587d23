/**
 * Bulk import of past suggestions (`POST /api/v1/items/import`, `npm run
 * import`): one row → one item, with the columns `items.csv` exports (and
 * `external_id`). Pure: parses and validates a row and builds the item; the
 * route writes it through the same write path as every other item (indexes
 * and aggregates included) and notifies nobody.
 */
import * as z from "zod";
import type { DirectoryView } from "../directory/view.js";
import type { Directory } from "../directory/schema.js";
import { applyRules, type Router } from "../routing/router.js";
import { assessUrgency } from "../triage/urgency.js";
import { clipUnits, ITEM_STATUSES, NAME_MAX, newItem, type HistoryEntry, type Item, type ItemStatus } from "./model.js";

/** Rows per request at most. */
export const IMPORT_MAX_ROWS = 1000;

const Time = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blank, s.optional());

/** One row as received (CSV cells are strings; NDJSON may carry numbers). */
export const ImportRowSchema = z.object({
  external_id: opt(z.string().trim().min(1).max(200)),
  text: z.preprocess(blank, z.string().trim().min(1).max(20_000)).optional(),
  summary: opt(z.string().trim().max(300)),
  status: opt(z.enum(ITEM_STATUSES)),
  created_at: opt(Time),
  category: opt(z.string().max(64)),
  place: opt(z.string().max(64)),
  target: opt(z.string().max(64)),
  urgent: opt(z.union([z.boolean(), z.enum(["0", "1", "true", "false"])])),
  forwarded_at: opt(Time),
  accepted_at: opt(Time),
  answered_at: opt(Time),
  closed_at: opt(Time),
  answer: opt(z.string().max(4000)),
  rating: opt(z.coerce.number().int().min(1).max(5)),
  contact_name: opt(z.string().max(NAME_MAX * 4)),
  contact_phone: opt(z.string().max(40)),
  contact_email: opt(z.string().max(200)),
  locale: opt(z.enum(["zh-CN", "zh-TW", "en"])),
});
export type ImportRow = z.output<typeof ImportRowSchema>;

/** What became of one row. */
export type ImportResult =
  | { row: number; result: "created"; id: string }
  | { row: number; result: "duplicate"; id: string }
  | { row: number; result: "invalid"; field: string; message: string };

const toMs = (v: string, edge: "start" = "start") => (v.includes("T") ? Date.parse(v) : edge === "start" ? Date.parse(`${v}T00:00:00+08:00`) : NaN);

/** Validates a raw row; the first wrong field is named. */
export function parseImportRow(raw: unknown, dir: DirectoryView): { ok: true; row: ImportRow } | { ok: false; field: string; message: string } {
  const parsed = ImportRowSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, field: String(issue.path[0] ?? "row"), message: issue.message };
  }
  const row = parsed.data;
  if (!row.text && !row.summary) return { ok: false, field: "text", message: "text (or summary) is required" };
  if (row.category !== undefined && !dir.hasCategory(row.category)) return { ok: false, field: "category", message: `not a directory category: ${row.category}` };
  if (row.place !== undefined && row.place !== "unknown" && !dir.hasPlace(row.place)) return { ok: false, field: "place", message: `not a directory place: ${row.place}` };
  if (row.target !== undefined && !dir.hasTarget(row.target)) return { ok: false, field: "target", message: `not a directory target: ${row.target}` };
  if (row.status === "merged") return { ok: false, field: "status", message: "merged items are not imported (import the item they were merged into)" };
  if (row.rating !== undefined && row.status !== "closed") return { ok: false, field: "rating", message: "only a closed item has a rating" };
  return { ok: true, row };
}

/**
 * Builds the item of a valid row. Missing category, place or target come
 * from the router (as for a resident's text); the history says it was
 * imported and replays the milestone times the row gives, so durations and
 * the CSV export read as they were.
 */
export function importedItem(row: ImportRow, env: { id: string; now: number; router: Router; directory: Directory }): Item | { field: string; message: string } {
  const text = row.text ?? row.summary!;
  const decision = env.router.route(text);
  const category = row.category ?? decision.category;
  if (category === null) return { field: "category", message: "missing, and the router cannot tell the topic from the text" };
  const place = row.place ?? decision.place;
  const target = row.target ?? applyRules(env.directory, { category, place, text }).target;
  const createdAt = row.created_at !== undefined ? toMs(row.created_at) : env.now;
  const status: ItemStatus = row.status ?? "new";
  const by = { role: "api" as const, name: "import" };
  const history: HistoryEntry[] = [{ at: createdAt, by, action: "submitted", to: "new", data: { source: "import", ...(row.external_id && { externalId: row.external_id }) } }];
  let from: ItemStatus = "new";
  let last = createdAt;
  const step = (to: ItemStatus, at: string | undefined) => {
    if (at === undefined) return;
    last = Math.max(last, toMs(at));
    history.push({ at: last, by, action: to, from, to });
    from = to;
  };
  const reached = ["forwarded", "accepted", "answered", "closed"] as const;
  const upTo = reached.indexOf(status as (typeof reached)[number]);
  step("forwarded", upTo >= 0 ? row.forwarded_at : undefined);
  step("accepted", upTo >= 1 ? row.accepted_at : undefined);
  step("answered", upTo >= 2 ? row.answered_at : undefined);
  step("closed", upTo >= 3 ? row.closed_at : undefined);
  if (from !== status) {
    history.push({ at: last, by, action: status, from, to: status });
  }
  const contact = row.contact_name || row.contact_phone || row.contact_email
    ? { ...(row.contact_name && { name: clipUnits(row.contact_name, NAME_MAX) }), ...(row.contact_phone && { phone: row.contact_phone }), ...(row.contact_email && { email: row.contact_email }) }
    : null;
  const urgent = row.urgent === true || row.urgent === "1" || row.urgent === "true" || (row.urgent === undefined && assessUrgency(text, category).urgent);
  return newItem({
    id: env.id,
    text,
    summary: row.summary ?? decision.summary ?? text.slice(0, 60),
    category,
    place,
    target,
    urgent,
    locale: row.locale ?? "zh-CN",
    source: "api",
    contact,
    contactConsent: contact !== null,
    residentName: contact?.name ?? null,
    route: { category: decision.category, place: decision.place, target: decision.target, confidence: decision.confidence, reasons: decision.reasons.map((r) => ({ ...r })), source: "rules" },
    status,
    answer: row.answer ?? null,
    rating: row.rating ?? null,
    createdAt,
    updatedAt: last,
    history,
  });
}

/**
 * RFC 4180 CSV (as `items.csv` writes it: BOM, quotes, CRLF or LF) into
 * records keyed by the header. A leading apostrophe the export added to keep
 * spreadsheets from running formulas is taken off again.
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h.trim(), unformula(r[j] ?? "")])));
}

const unformula = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
