/**
 * The integrator API, /api/v1: every route described by zod schemas
 * (@asteasolutions/zod-to-openapi, the library @hono/zod-openapi is built on; see api/openapi.ts for why), the document at `GET openapi.json` and a Swagger UI
 * page at `GET docs`. Both of those are public (they describe, they hold no
 * data); everything else needs `Authorization: Bearer $API_TOKEN`.
 */
import { SwaggerUI } from "@hono/swagger-ui";
import { Hono } from "hono";
import type { Directory } from "../../handlers/directory/schema.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { createRouter, type RouteDecision, type Router } from "../../handlers/routing/router.js";
import type { Log } from "../log.js";
import { BEARER, OpenAPIRegistry, openApiDocument } from "../openapi.js";
import { secretsEqual } from "../secure-compare.js";
import { createImportRoutes } from "./import.js";
import { createItemRoutes } from "./items.js";
import { createRoutingOpenApiRoutes } from "./routing-openapi.js";
import { createStatsRoutes } from "./stats.js";
import { createTopicRoutes, type TopicRoutesDeps } from "./topics.js";

/** What the API needs. */
export interface ApiV1Deps {
  token: string;
  items: ItemRepository;
  directory: Directory;
  routeText: (text: string) => Promise<RouteDecision>;
  /** The deterministic router, for imported rows without a target (built from `directory` when absent). */
  router?: Router;
  log?: Log;
  /** Consultation topics and scorecards (absent: those routes are not mounted). */
  topics?: TopicRoutesDeps;
}

/** Pinned so the docs page does not change under us when the CDN's latest does. */
const SWAGGER_UI_VERSION = "5.17.14";

const INFO = {
  title: "Yunyang opinion bots: integrator API",
  version: "1.0.0",
  description: [
    "Residents' suggestions and complaints collected by the Telegram bots, as structured items.",
    "",
    "**Authentication**: every operation needs `Authorization: Bearer <API_TOKEN>`; without it the answer is 401.",
    "This document (`/api/v1/openapi.json`) and the docs page (`/api/v1/docs`) are public.",
    "",
    "**Errors**: invalid input answers 400 with `{\"error\",\"field\",\"message\"}` naming the parameter; unknown ids answer 404.",
    "",
    "**Privacy**: no operation returns a resident's Telegram ids; `contact` is filled only when the resident agreed to share it.",
    "",
    "An Open311 GeoReport v2 endpoint for the same items is at `/open311/v2/discovery.json`.",
  ].join("\n"),
};

function docsPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${INFO.title}</title></head>
<body>
<p style="font:14px system-ui,sans-serif;margin:12px 16px;color:#444">
The interactive viewer below loads Swagger UI ${SWAGGER_UI_VERSION} from cdn.jsdelivr.net, so it needs network access in your browser.
Without it, read the document itself: <a href="openapi.json">openapi.json</a> (OpenAPI 3).
Use <b>Authorize</b> with your API token to try operations.
</p>
${SwaggerUI({ url: "openapi.json", version: SWAGGER_UI_VERSION, persistAuthorization: false })}
</body>
</html>`;
}

/** Builds the /api/v1 sub-app. */
export function createApiV1(deps: ApiV1Deps): Hono {
  const v1 = new Hono();
  const docs = new OpenAPIRegistry();
  docs.registerComponent("securitySchemes", BEARER, {
    type: "http",
    scheme: "bearer",
    description: "The deployment's API_TOKEN. openapi.json and docs are public; every operation below needs it.",
  });

  let document: unknown;
  // Public routes come before the bearer check: Hono runs handlers in registration order and these answer without calling next.
  v1.get("/openapi.json", (c) => {
    document ??= openApiDocument(docs, {
      openapi: "3.0.3",
      info: INFO,
      // Relative, so the document is right behind any host or proxy without trusting the Host header.
      servers: [{ url: "/api/v1" }],
      security: [{ [BEARER]: [] }],
      tags: [
        { name: "items", description: "Items, their history, CSV export" },
        { name: "stats", description: "Counts and durations" },
        { name: "routing", description: "The directory and the deterministic router" },
        { name: "topics", description: "Consultation topics: sessions, outcomes, evaluation" },
      ],
    });
    return c.json(document as object);
  });
  v1.get("/docs", (c) => c.html(docsPage()));

  v1.use("*", async (c, next) => {
    // Any request without a valid bearer token is a 401, a malformed or non-Bearer header included.
    const given = /^Bearer +(\S+) *$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (given === undefined || !(secretsEqual(given, deps.token))) {
      return c.json({ error: "unauthorized", message: given === undefined ? "missing bearer token" : "invalid bearer token" }, 401, {
        "WWW-Authenticate": given === undefined ? 'Bearer realm="api"' : 'Bearer realm="api", error="invalid_token"',
      });
    }
    await next();
  });
  v1.route("/", createItemRoutes({ items: deps.items, ...(deps.log && { log: deps.log }) }, docs));
  v1.route("/", createStatsRoutes({ items: deps.items }, docs));
  v1.route("/", createImportRoutes({ items: deps.items, directory: deps.directory, router: deps.router ?? createRouter(deps.directory) }, docs));
  if (deps.topics) v1.route("/", createTopicRoutes(deps.topics, docs));
  v1.route("/", createRoutingOpenApiRoutes({ directory: deps.directory, routeText: deps.routeText }, docs));
  return v1;
}
