import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { HTTPException } from "hono/http-exception";
import type { Container } from "./container.js";
import { createItemRoutes } from "./routes/items.js";
import { createTelegramRoutes } from "./routes/telegram.js";

/**
 * The one Hono app: the Worker's `fetch` and the Node server both serve it.
 * Sub-apps are mounted with `app.route`, one per concern.
 */
export function createApp(container: Container): Hono {
  const app = new Hono();
  const { config, log } = container;

  app.get("/healthz", (c) => c.json({ ok: true, service: "yunyang-opinion-bots" }));

  app.route("/telegram", createTelegramRoutes({ secret: config.TELEGRAM_WEBHOOK_SECRET, bots: () => container.bots(), log }));

  const v1 = new Hono();
  v1.use("*", bearerAuth({ token: config.API_TOKEN, noAuthenticationHeader: { message: { error: "missing bearer token" } }, invalidToken: { message: { error: "invalid bearer token" } }, invalidAuthenticationHeader: { message: { error: "invalid Authorization header" } } }));
  v1.route("/", createItemRoutes({ items: container.items }));
  app.route("/api/v1", v1);

  app.notFound((c) => c.json({ ok: false, error: "not found" }, 404));
  app.onError((error, c) => {
    // Hono's own HTTP errors (the bearer check's 401) carry their response.
    if (error instanceof HTTPException) return error.getResponse();
    log("request-failed", { path: c.req.path, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    return c.json({ ok: false, error: "internal error" }, 500);
  });
  return app;
}
