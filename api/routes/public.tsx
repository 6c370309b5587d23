/**
 * Public pages, no login: `GET /t/:code` (one item) and `GET /t/` (open
 * items per target). No personal data (handlers/items/public-view.ts). Every
 * request, found or not, costs one unit of a per-address limit, so codes
 * cannot be tried faster than that; the limit check and the item read go out
 * in the same round trip.
 */
import { Hono, type Context } from "hono";
import type { DirectoryView } from "../../handlers/directory/view.js";
import { isItemCode, normalizeCode } from "../../handlers/items/model.js";
import { publicItem } from "../../handlers/items/public-view.js";
import { OPEN_STATUSES } from "../../handlers/items/status.js";
import { LOCALES, resolveLocale, type Locale } from "../../handlers/locale.js";
import type { ItemRepository } from "../../handlers/ports.js";
import type { Topic } from "../../handlers/topics/model.js";
import type { Translator } from "../../locales/index.js";
import { ItemPage, MessagePage, publicTopic, OverviewPage, type OverviewRow, type PageContext } from "../public/pages.js";

/** Targets per overview page. */
export const OVERVIEW_PAGE_SIZE = 10;
/** Open items listed under each target of the overview. */
export const OVERVIEW_ITEMS = 5;
const DAY_MS = 24 * 3600_000;

/** What the public pages need. */
export interface PublicDeps {
  items: ItemRepository;
  dir: DirectoryView;
  translator: Translator;
  defaultLocale: Locale;
  /** Consumes one request of an address's allowance; false when it is used up. */
  allow: (address: string) => Promise<boolean>;
  /** The consultation topic an item is on (title, session, outcome are public; who answered what never is). */
  topic?: (id: string) => Promise<Topic | null>;
}

/**
 * The client's address: Cloudflare's header on Workers, the socket's under
 * Node (@hono/node-server puts the request in `env.incoming`); a request
 * with neither shares one allowance with all such requests.
 */
export function clientAddress(c: Context): string {
  const cf = c.req.header("cf-connecting-ip");
  if (cf) return cf;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}

/** `?lang=` when it names one of our languages, else the first Accept-Language tag we speak, else the default. */
export function pageLocale(c: Context, fallback: Locale): Locale {
  const lang = c.req.query("lang");
  if (lang && (LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  const accepted = (c.req.header("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(params.find((x) => x.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag: tag ?? "", q: Number.isFinite(q) ? q : 0 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of accepted) {
    // resolveLocale falls back for a tag it does not know; only a Chinese or English tag decides.
    if (/^(zh|en)(-|$)/i.test(tag)) return resolveLocale(tag, fallback);
  }
  return fallback;
}

/** The public pages as a sub-app (mounted at the root: it owns /t, /t/ and /t/:code). */
export function createPublicRoutes(deps: PublicDeps): Hono {
  const app = new Hono();
  const ctx = (c: Context): PageContext => ({ locale: pageLocale(c, deps.defaultLocale), translator: deps.translator, dir: deps.dir, path: c.req.path });
  const headers = { "cache-control": "no-store", "x-robots-tag": "noindex", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" };
  const limited = (c: Context) => c.html(<MessagePage p={ctx(c)} key="public-rate-limited" />, 429, { ...headers, "retry-after": "60" });

  const overview = async (c: Context) => {
    const p = ctx(c);
    if (!(await deps.allow(clientAddress(c)))) return limited(c);
    const targets = deps.dir.targetIds();
    const pages = Math.max(1, Math.ceil(targets.length / OVERVIEW_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.floor(Number(c.req.query("page") ?? "1")) || 1), pages);
    const shown = targets.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE);
    // Every target's figures in one read of the aggregates, and their newest items in one pipeline.
    const [stats, lists] = await Promise.all([
      deps.items.statsMany(shown.map((target) => ({ target }))),
      Promise.all(shown.map((target) => Promise.all(OPEN_STATUSES.map((status) => deps.items.list({ target, status, limit: OVERVIEW_ITEMS }))))),
    ]);
    const rows: OverviewRow[] = shown.map((target, i) => {
      const s = stats[i]!;
      const open = OPEN_STATUSES.reduce((n, st) => n + (s.byStatus[st] ?? 0), 0);
      const newest = lists[i]!.flatMap((l) => l.items).sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id)).slice(0, OVERVIEW_ITEMS);
      const median = s.toMilestone.answered.medianMs;
      return { target, open, medianAnswerDays: median === null ? null : Math.round((median / DAY_MS) * 10) / 10, meanRating: s.rating.mean, items: newest.map(publicItem) };
    });
    return c.html(<OverviewPage p={p} rows={rows} page={page} pages={pages} />, 200, headers);
  };
  // Both spellings of the overview's address; mounted at the root (a sub-app at /t would only answer "/t").
  app.get("/t/", overview);
  app.get("/t", overview);

  app.get("/t/:code", async (c) => {
    const p = ctx(c);
    const code = normalizeCode(c.req.param("code"));
    const [allowed, loaded] = await Promise.all([deps.allow(clientAddress(c)), isItemCode(code) ? deps.items.get(code) : Promise.resolve(null)]);
    if (!allowed) return limited(c);
    if (!loaded) return c.html(<MessagePage p={p} key="public-not-found" />, 404, headers);
    // Only an item on a consultation topic costs the second read.
    const topic = loaded.item.topic && deps.topic ? await deps.topic(loaded.item.topic) : null;
    return c.html(<ItemPage p={p} item={publicItem(loaded.item)} topic={topic ? publicTopic(topic) : null} />, 200, headers);
  });
  return app;
}
