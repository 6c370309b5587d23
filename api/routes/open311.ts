/**
 * Open311 GeoReport v2, mounted at /open311/v2, JSON only.
 *
 * - Services are the directory's topics: service_code = category id.
 * - Service requests are items; service_request_id = the item code.
 *   open = new, forwarded, accepted, answered (the resident may still reopen
 *   an answered item); closed = closed, rejected, merged.
 * - Reads are public, as the standard intends, so they never carry a contact,
 *   a resident id or a photo. An item from the bots shows its one-line
 *   summary, not the resident's full message; phone numbers, long digit runs
 *   (ids, bank cards) and e-mail addresses in any shown text are masked.
 * - POST requests.json needs `api_key` (= API_TOKEN) and creates a new item on
 *   the staff's triage queue, routed by the same directory rules.
 * - Errors are the standard's list: `[{"code": 400, "description": "..."}]`
 *   with the same HTTP status. `.xml` answers 400: this server speaks JSON.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import * as z from "zod";
import { allWords, type Category, type Directory } from "../../handlers/directory/schema.js";
import { buildExternalItem } from "../../handlers/items/create.js";
import { clipUnits, NAME_MAX, newItemCode, type Item, type ItemStatus } from "../../handlers/items/model.js";
import { anonymise } from "../../handlers/privacy/anonymise.js";
import { OPEN_STATUSES } from "../../handlers/items/status.js";
import { LocaleSchema, type Locale } from "../../handlers/locale.js";
import type { ItemRepository } from "../../handlers/ports.js";
import type { Router } from "../../handlers/routing/router.js";
import type { Log } from "../log.js";
import { errorLine } from "../log.js";
import { secretsEqual } from "../secure-compare.js";
import { filterTime } from "./items.js";

/** What the Open311 endpoint needs. */
export interface Open311Deps {
  /** The API_TOKEN; POST requests.json must present it as `api_key`. */
  apiKey: string;
  items: ItemRepository;
  directory: Directory;
  router: Router;
  defaultLocale: Locale;
  log?: Log;
  now?: () => number;
  random?: () => number;
}

/** When this endpoint's behaviour last changed (discovery.json `changeset`). */
export const OPEN311_CHANGESET = "2026-05-01T00:00:00Z";
/** GET requests.json answers at most this many requests (the standard's usual cap). */
export const MAX_REQUESTS = 1000;
/** Default window of GET requests.json without dates (the standard's 90 days). */
export const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;
/** Items read at most per GET requests.json, so a call stays within a Worker's subrequest budget. */
const SCAN_LIMIT = 10_000;
const PAGE = 500;
const MAX_IDS = 100;
const CODE = /^[A-Za-z0-9]{4,12}$/;

// ---------------------------------------------------------------------------
// Mapping items and topics to the standard's records (pure).

/** Open311 status of an item. */
export function open311Status(status: ItemStatus): "open" | "closed" {
  return OPEN_STATUSES.includes(status) ? "open" : "closed";
}


/**
 * The public status note: the latest of the deputy's answer and a reject or
 * close note (both are what the resident was told); null when neither exists.
 */
export function statusNotes(item: Item): string | null {
  let note: { at: number; text: string } | null = null;
  let answeredAt = -Infinity;
  for (const h of item.history) {
    if ((h.to === "rejected" || h.to === "closed") && h.note) note = { at: h.at, text: h.note };
    if (h.to === "answered") answeredAt = h.at;
  }
  if (note && (item.answer === null || note.at >= answeredAt)) return anonymise(note.text);
  return item.answer === null ? null : anonymise(item.answer);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** One service request as GET requests.json shows it. Never contact, resident ids, photos. */
export function serviceRequest(item: Item, dir: Directory, locale: Locale) {
  const category = dir.categories.find((c) => c.id === item.category);
  const target = item.target ? dir.targets.find((t) => t.id === item.target) : undefined;
  const place = dir.places.find((p) => p.id === item.place);
  return {
    service_request_id: item.id,
    status: open311Status(item.status),
    status_notes: statusNotes(item),
    service_name: category?.name[locale] ?? item.category,
    service_code: item.category,
    // Residents wrote to their deputies, not to the public: a bot item shows its one-line summary; an Open311 item its own description.
    description: anonymise(item.source === "open311" ? item.text : item.summary),
    agency_responsible: target ? target.name[locale] : null,
    requested_datetime: iso(item.createdAt),
    updated_datetime: iso(item.updatedAt),
    address: place ? place.name[locale] : null,
    // A resident's pin may be their doorstep: the public feed shows it to about 100 m (3 decimals), enough to find the pothole.
    ...(item.location && { lat: round3(item.location.latitude), long: round3(item.location.longitude) }),
  };
}

/** One service as services.json lists it. */
export function serviceOf(category: Category, locale: Locale) {
  const words = category.keywords[locale].length > 0 ? category.keywords[locale] : allWords(category.keywords);
  const shown = words.slice(0, 8);
  const name = category.name[locale];
  const description = shown.length === 0 ? name : locale === "en" ? `${name}: ${shown.join(", ")}…` : `${name}：${shown.join("、")}等`;
  return {
    service_code: category.id,
    service_name: name,
    description,
    metadata: false,
    type: "realtime" as const,
    keywords: words.slice(0, 20).join(","),
    group: category.group,
  };
}

const NOTICE: Record<Locale, (code: string, target: string | null) => string> = {
  "zh-CN": (code, t) => `已受理，编号 ${code}。${t ? `将转交${t}办理。` : "工作人员将确定承办单位。"}`,
  "zh-TW": (code, t) => `已受理，編號 ${code}。${t ? `將轉交${t}辦理。` : "工作人員將確定承辦單位。"}`,
  en: (code, t) => `Received as ${code}. ${t ? `It goes to ${t}.` : "Staff will decide who handles it."}`,
};

// ---------------------------------------------------------------------------
// Input schemas.

/** Form fields arrive as strings, often empty: empty means absent. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `must be at most ${max} characters`).optional());
const optNumber = (min: number, max: number) =>
  z.preprocess((v) => {
    const b = blankToUndefined(v);
    return typeof b === "string" ? Number(b) : b;
  }, z.number({ error: "must be a number" }).min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`).optional());

const PostSchema = z
  .object({
    service_code: z.preprocess(blankToUndefined, z.string({ error: "is required" }).max(64)),
    description: z.preprocess(blankToUndefined, z.string({ error: "is required" }).trim().min(1, "is required").max(4000, "must be at most 4000 characters")),
    lat: optNumber(-90, 90),
    long: optNumber(-180, 180),
    address_string: optText(500),
    email: z.preprocess(blankToUndefined, z.email({ error: "must be an e-mail address" }).max(200).optional()),
    first_name: optText(100),
    last_name: optText(100),
    phone: z.preprocess(blankToUndefined, z.string().trim().regex(/^\+?[\d\s()-]{3,40}$/, "must be a phone number").optional()),
  })
  .refine((b) => (b.lat === undefined) === (b.long === undefined), { path: ["long"], message: "lat and long go together" });

const DateParam = z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "must be a W3C date-time with a time zone (e.g. 2026-05-01T08:00:00+08:00)" });
const ListSchema = z.object({
  service_request_id: optText(2000),
  service_code: optText(2000),
  start_date: z.preprocess(blankToUndefined, DateParam.optional()),
  end_date: z.preprocess(blankToUndefined, DateParam.optional()),
  status: z.preprocess(blankToUndefined, z.string().regex(/^(open|closed)(,(open|closed))*$/, "must be open, closed or open,closed").optional()),
});

/** The standard's error answer. */
function fail(c: Context, code: 400 | 403 | 404 | 413 | 500, description: string): Response {
  return c.json([{ code, description }], code);
}

/** "name: message" of a zod error's first issue. */
function describe(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join(".") || "body"}: ${first.message}` : "invalid request";
}

function joinName(first?: string, last?: string): string | undefined {
  if (!first && !last) return undefined;
  // Chinese names are written surname first, with no space.
  const joined = /[\u3400-\u9fff]/.test(`${first ?? ""}${last ?? ""}`) ? `${last ?? ""}${first ?? ""}` : [first, last].filter(Boolean).join(" ");
  // Each part is within its own limit, but together they must fit the item's: clipped here, never refused later.
  return clipUnits(joined, NAME_MAX);
}

// ---------------------------------------------------------------------------
// Routes.

/** Builds the Open311 sub-app (mount at /open311/v2). */
export function createOpen311Routes(deps: Open311Deps): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const categories = new Map(deps.directory.categories.map((c) => [c.id, c]));

  app.use("*", cors({ origin: "*", allowMethods: ["GET", "POST"] }));

  /** Checks the `.json` suffix of a resource; answers the error when it is not one. */
  const resource = (c: Context, file: string): { name: string } | Response => {
    const m = /^(.+)\.([A-Za-z0-9]+)$/.exec(file);
    if (!m) return fail(c, 404, `no resource "${file}": resources end in .json (see discovery.json)`);
    const format = m[2]!.toLowerCase();
    if (format === "xml") return fail(c, 400, "this server answers JSON only: use .json instead of .xml");
    if (format !== "json") return fail(c, 404, `unknown format ".${format}": this server answers JSON only (.json)`);
    return { name: m[1]! };
  };

  const localeOf = (c: Context): Locale | Response => {
    const raw = c.req.query("locale");
    if (raw === undefined || raw === "") return deps.defaultLocale;
    const parsed = LocaleSchema.safeParse(raw);
    return parsed.success ? parsed.data : fail(c, 400, "locale: must be zh-CN, zh-TW or en");
  };

  app.get("/:file", async (c) => {
    const r = resource(c, c.req.param("file"));
    if (r instanceof Response) return r;
    const locale = localeOf(c);
    if (locale instanceof Response) return locale;
    switch (r.name) {
      case "discovery": {
        const url = new URL(c.req.url);
        url.pathname = c.req.path.replace(/\/[^/]*$/, "");
        url.search = "";
        return c.json({
          changeset: OPEN311_CHANGESET,
          contact: "Yunyang County opinion bots. Integrator documentation: /api/v1/docs",
          key_service: "API keys (api_key, needed only to POST requests) are issued by the county's system administrator.",
          endpoints: [{ specification: "http://wiki.open311.org/GeoReport_v2", url: url.toString(), changeset: OPEN311_CHANGESET, type: "production", formats: ["application/json"] }],
        });
      }
      case "services":
        return c.json(deps.directory.categories.map((cat) => serviceOf(cat, locale)));
      case "requests":
        return listRequests(c, locale);
      default:
        return fail(c, 404, `no resource "${r.name}" (see discovery.json)`);
    }
  });

  app.get("/services/:file", (c) => {
    const r = resource(c, c.req.param("file"));
    if (r instanceof Response) return r;
    if (!categories.has(r.name)) return fail(c, 404, `service_code "${r.name}" not found (see services.json)`);
    return c.json({ service_code: r.name, attributes: [] });
  });

  app.get("/requests/:file", async (c) => {
    const r = resource(c, c.req.param("file"));
    if (r instanceof Response) return r;
    const locale = localeOf(c);
    if (locale instanceof Response) return locale;
    if (!CODE.test(r.name)) return fail(c, 404, `service_request_id "${r.name}" not found`);
    const found = await deps.items.get(r.name.toUpperCase());
    const item = found?.item ?? null;
    if (!item) return fail(c, 404, `service_request_id "${r.name}" not found`);
    return c.json([serviceRequest(item, deps.directory, locale)]);
  });

  async function listRequests(c: Context, locale: Locale): Promise<Response> {
    const q = ListSchema.safeParse(c.req.query());
    if (!q.success) return fail(c, 400, describe(q.error));
    const { service_request_id, service_code, start_date, end_date, status } = q.data;
    const show = (items: Item[]) => c.json(items.map((i) => serviceRequest(i, deps.directory, locale)));

    // With ids, the standard ignores every other filter.
    if (service_request_id !== undefined) {
      const ids = [...new Set(service_request_id.split(",").map((s) => s.trim().toUpperCase()).filter(Boolean))];
      if (ids.length > MAX_IDS) return fail(c, 400, `service_request_id: at most ${MAX_IDS} ids`);
      const bad = ids.find((id) => !CODE.test(id));
      if (bad !== undefined) return fail(c, 400, `service_request_id: "${bad}" is not a request id`);
      const byId = new Map((await deps.items.getMany(ids)).map((i) => [i.id, i]));
      return show(ids.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined));
    }

    const codes = service_code === undefined ? [] : [...new Set(service_code.split(",").map((s) => s.trim()).filter(Boolean))];
    const unknown = codes.find((code) => !categories.has(code));
    if (unknown !== undefined) return fail(c, 400, `service_code: "${unknown}" not found (see services.json)`);
    const to = end_date !== undefined ? filterTime(end_date, "to") + (end_date.includes("T") ? 1 : 0) : now() + 1;
    const from = start_date !== undefined ? filterTime(start_date, "from") : to - DEFAULT_WINDOW_MS;
    if (from >= to) return fail(c, 400, "end_date: must be after start_date");
    const states = new Set(status?.split(",") ?? ["open", "closed"]);

    const out: Item[] = [];
    for await (const item of deps.items.scan({ from, to, limit: PAGE, ...(codes.length === 1 && { category: codes[0] }) }, { max: SCAN_LIMIT })) {
      if (!states.has(open311Status(item.status))) continue;
      if (codes.length > 1 && !codes.includes(item.category)) continue;
      out.push(item);
      if (out.length === MAX_REQUESTS) break;
    }
    return show(out);
  }

  app.post(
    "/:file",
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => fail(c, 413, "body: too large (at most 64 KiB)") }),
    async (c) => {
      const r = resource(c, c.req.param("file"));
      if (r instanceof Response) return r;
      if (r.name !== "requests") return fail(c, 404, `cannot POST to "${r.name}" (only requests.json)`);
      const locale = localeOf(c);
      if (locale instanceof Response) return locale;

      let body: Record<string, unknown>;
      const type = c.req.header("content-type") ?? "";
      if (/^application\/([\w.+-]+\+)?json/i.test(type)) {
        const parsed: unknown = await c.req.json().catch(() => undefined);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return fail(c, 400, "body: must be a JSON object");
        body = parsed as Record<string, unknown>;
      } else if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
        body = await c.req.parseBody();
      } else {
        return fail(c, 400, "body: send application/x-www-form-urlencoded (as the standard says) or application/json");
      }

      const key = body.api_key;
      if (!(secretsEqual(typeof key === "string" ? key : undefined, deps.apiKey))) return fail(c, 403, "api_key: missing or invalid");

      const p = PostSchema.safeParse(body);
      if (!p.success) return fail(c, 400, describe(p.error));
      const b = p.data;
      if (!categories.has(b.service_code)) return fail(c, 400, `service_code: "${b.service_code}" not found (see services.json)`);

      const at = now();
      const name = joinName(b.first_name, b.last_name);
      for (let attempt = 0; attempt < 5; attempt++) {
        const { item, write } = buildExternalItem(
          {
            source: "open311",
            description: b.description,
            category: b.service_code,
            address: b.address_string ?? null,
            location: b.lat !== undefined && b.long !== undefined ? { latitude: b.lat, longitude: b.long } : null,
            contact: { ...(name && { name }), ...(b.phone && { phone: b.phone }), ...(b.email && { email: b.email }) },
            locale,
          },
          { id: newItemCode(random), now: at, directory: deps.directory, router: deps.router },
        );
        const outcome = await deps.items.write([write]);
        // A fresh code on the rare collision; nothing was written.
        if (!outcome.ok && outcome.reason === "id-taken") continue;
        if (!outcome.ok) throw new Error(`open311 create failed: ${outcome.reason}`);
        deps.log?.("open311-request-created", { code: item.id, category: item.category, place: item.place, target: item.target, urgent: item.urgent });
        const target = item.target ? (deps.directory.targets.find((t) => t.id === item.target)?.name[locale] ?? item.target) : null;
        return c.json([{ service_request_id: item.id, service_notice: NOTICE[locale](item.id, target) }]);
      }
      throw new Error("open311 create failed: no free item code after 5 attempts");
    },
  );

  app.all("*", (c) => fail(c, 404, "no such resource (see discovery.json)"));

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = error.status;
      return c.json([{ code: status, description: error.message || "bad request" }], status);
    }
    deps.log?.("open311-failed", { path: c.req.path, error: errorLine(error) });
    return fail(c, 500, "internal error; try again later");
  });

  return app;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
