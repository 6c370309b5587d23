/**
 * REST routes for the directory and the router. Mounted by the parent app
 * under /api/v1, which applies bearer auth.
 */
import { Hono } from "hono";
import * as z from "zod";
import type { Directory } from "../../handlers/directory/schema.js";
import type { RouteDecision } from "../../handlers/routing/router.js";

/** Longest text accepted by POST /route (a Telegram message is at most 4096 characters). */
const MAX_TEXT = 8000;

const RouteBody = z.object({
  text: z.string().trim().min(1, "text must not be empty").max(MAX_TEXT, `text must be at most ${MAX_TEXT} characters`),
});

/** What the routes need. */
export interface RoutingRoutesDeps {
  directory: Directory;
  /** The router (or router + model): the API answers whatever it decides. */
  routeText: (text: string) => Promise<RouteDecision>;
}

/**
 * `GET /directory` → the directory as JSON; `POST /route` with
 * `{"text": "..."}` → `{"category","place","target","confidence","reasons"}`
 * (target null when undecided). Bad input → 400 `{"error","field","message"}`.
 */
export function createRoutingRoutes(deps: RoutingRoutesDeps): Hono {
  const app = new Hono();

  app.get("/directory", (c) => c.json(deps.directory));

  app.post("/route", async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: "invalid_json", field: "body", message: "the body must be a JSON object like {\"text\": \"...\"}" }, 400);
    }
    const parsed = RouteBody.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (!issue || issue.path.length === 0) {
        return c.json({ error: "invalid_request", field: "body", message: "the body must be a JSON object like {\"text\": \"...\"}" }, 400);
      }
      const field = issue.path.join(".");
      const message = issue.code === "invalid_type" ? `${field} must be a string` : issue.message;
      return c.json({ error: "invalid_request", field, message }, 400);
    }
    const d = await deps.routeText(parsed.data.text);
    return c.json({ category: d.category, place: d.place, target: d.target, confidence: d.confidence, reasons: d.reasons });
  });

  return app;
}
