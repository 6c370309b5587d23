/**
 * `GET /directory` and `POST /route` in the OpenAPI document. The routes
 * themselves are api/routes/routing.ts (a plain Hono sub-app with its own
 * validation); this module describes them with zod schemas and mounts them,
 * so the document and the behaviour live side by side without duplicating
 * the handlers. tests/api/routes/v1.test.ts checks real answers against
 * these schemas, so the two cannot drift apart unnoticed.
 */
import type { Hono } from "hono";
import * as z from "zod";
import { DirectorySchema } from "../../handlers/directory/schema.js";
import { BEARER, commonErrors, jsonResponse, type OpenAPIRegistry } from "../openapi.js";
import { createRoutingRoutes, type RoutingRoutesDeps } from "./routing.js";

/** POST /route body. */
export const RouteRequestSchema = z
  .object({ text: z.string().min(1).max(8000).openapi({ description: "A resident's message, as they wrote it.", example: "凤鸣镇到县城的公交车太少了，希望增加班次。" }) })
  .openapi("RouteRequest");

/** One step of the router's reasoning. */
export const RouteReasonSchema = z
  .object({
    kind: z.enum(["place", "subarea", "category", "rule", "not-a-suggestion", "model"]),
    id: z.string().optional().openapi({ description: "The place, sub-area, category or target concerned (for not-a-suggestion: why not)." }),
    words: z.array(z.string()).optional().openapi({ description: "The words of the text that matched." }),
    rule: z.number().int().optional().openapi({ description: "1-based position of the rule in the directory's rule table." }),
    detail: z.string(),
  })
  .openapi("RouteReason");

/** POST /route answer. */
export const RouteResultSchema = z
  .object({
    category: z.string().nullable().openapi({ description: "Directory category id; null when the text is not a suggestion.", example: "roads-transport" }),
    place: z.string().openapi({ description: "Directory place id, or 'unknown' (never guessed).", example: "fengming" }),
    target: z.string().nullable().openapi({ description: "Directory target id; null when undecided.", example: "deputy-fengming" }),
    confidence: z.number().min(0).max(1),
    reasons: z.array(RouteReasonSchema),
  })
  .openapi("RouteResult");

/**
 * The directory as served (data/directory.json after validation and
 * defaults). zod's own `.meta()`: the schema may be built before `.openapi()`
 * is installed (zod copies prototype methods at construction), so it is
 * documented inline rather than as a named component.
 */
export const DirectoryJsonSchema = DirectorySchema.meta({ description: "Places (gazetteer), sub-areas, topics with keywords, targets and the ordered routing rules." });

/** The routing routes, with their description added to `docs`. */
export function createRoutingOpenApiRoutes(deps: RoutingRoutesDeps, docs: OpenAPIRegistry): Hono {
  docs.registerPath({
    method: "get",
    path: "/directory",
    tags: ["routing"],
    summary: "The routing directory",
    security: [{ [BEARER]: [] }],
    responses: { 200: jsonResponse(DirectoryJsonSchema, "The directory."), 401: commonErrors[401] },
  });
  docs.registerPath({
    method: "post",
    path: "/route",
    tags: ["routing"],
    summary: "Route a text with the deterministic router",
    description: "Answers the category, place and target the bots would choose for this text, with the reasons. Nothing is stored.",
    security: [{ [BEARER]: [] }],
    request: { body: { required: true, content: { "application/json": { schema: RouteRequestSchema } } } },
    responses: { 200: jsonResponse(RouteResultSchema, "The routing decision."), ...commonErrors },
  });
  return createRoutingRoutes(deps);
}
