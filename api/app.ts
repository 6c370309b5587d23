import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Container } from "./container.js";
import { createOpen311Routes } from "./routes/open311.js";
import { createPublicRoutes } from "./routes/public.js";
import { createTelegramRoutes } from "./routes/telegram.js";
import { createApiV1 } from "./routes/v1.js";
import { errorLine } from "./log.js";

/**
 * The one Hono app: the Worker's `fetch` and the Node server both serve it.
 * Sub-apps are mounted with `app.route`, one per concern.
 */
export function createApp(container: Container): Hono {
  const app = new Hono();
  const { config, log } = container;

  app.get("/healthz", (c) => c.json({ ok: true, service: "yunyang-opinion-bots" }));

  app.route("/telegram", createTelegramRoutes({ secret: config.TELEGRAM_WEBHOOK_SECRET, bots: () => container.bots(), log }));

  app.route("/api/v1", createApiV1({ token: config.API_TOKEN, items: container.items, directory: container.directory, routeText: async (text) => container.router.route(text), router: container.router, log, topics: { topics: container.topics, outbox: container.outbox } }));
  app.route("/open311/v2", createOpen311Routes({ apiKey: config.API_TOKEN, items: container.items, directory: container.directory, router: container.router, defaultLocale: config.DEFAULT_LOCALE, log }));

  app.route("/", createPublicRoutes({ items: container.items, dir: container.view, translator: container.translator, defaultLocale: config.DEFAULT_LOCALE, allow: container.allowPublic, topic: (id) => container.topics.get(id) }));

  app.notFound((c) => c.json({ ok: false, error: "not found" }, 404));
  app.onError((error, c) => {
    // Hono's own HTTP errors (the bearer check's 401) carry their response.
    if (error instanceof HTTPException) return error.getResponse();
    log("request-failed", { path: c.req.path, error: errorLine(error) });
    return c.json({ ok: false, error: "internal error" }, 500);
  });
  return app;
}
