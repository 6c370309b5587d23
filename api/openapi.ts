/**
 * The OpenAPI side of the REST API (/api/v1): zod schemas of what it answers,
 * the error bodies, and `openapiRoute`, which registers a route both in Hono
 * (validating its query and path with zod, 400 naming the field) and in the
 * OpenAPI registry the document is generated from.
 *
 * Why not @hono/zod-openapi: it does `import { z } from "zod"` and passes the
 * namespace to a function, which drags every zod locale into the Worker
 * (~69 KiB gzip more than this, measured with wrangler). Its engine,
 * @asteasolutions/zod-to-openapi, does not import zod at all, so it is used
 * directly, with `.openapi()` installed on zod's base class only. zod copies
 * prototype methods onto each schema when it is built, so only schemas built
 * after this module ran have `.openapi()`: modules that call it import this
 * one (schemas from handlers/ use zod's own `.meta()` instead).
 */
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV3, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { Context, Hono } from "hono";
import * as z from "zod";
import { ITEM_STATUSES } from "../handlers/items/model.js";
import { LOCALES } from "../handlers/locale.js";

// Only `ZodType` is read by the extension; passing the class (not the namespace) keeps the bundle lean.
extendZodWithOpenApi({ ZodType: z.ZodType } as unknown as Parameters<typeof extendZodWithOpenApi>[0]);

export { OpenAPIRegistry };
export type { RouteConfig };

/** Name of the bearer security scheme in the document. */
export const BEARER = "bearerAuth";

/** 400 body: which field was wrong and why. */
export const ValidationErrorSchema = z
  .object({
    error: z.string().openapi({ example: "invalid_request" }),
    field: z.string().nullable().openapi({ description: "The query parameter, path parameter or body field that was wrong ('body' when the body as a whole was).", example: "status" }),
    message: z.string(),
  })
  .openapi("ValidationError");

/** 401/404 body. */
export const ErrorSchema = z.object({ error: z.string().openapi({ example: "not_found" }), message: z.string() }).openapi("Error");

/** The 400 body for a zod error: the first issue's path names the field. */
export function invalidBody(error: z.ZodError): z.infer<typeof ValidationErrorSchema> {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join(".") : "body";
  return { error: "invalid_request", field, message: first?.message ?? "invalid" };
}

/** A JSON response for a route definition. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });

/** Responses every authenticated route can give. */
export const commonErrors = {
  400: jsonResponse(ValidationErrorSchema, "Invalid input; `field` names the parameter."),
  401: jsonResponse(ErrorSchema, "Missing or wrong bearer token."),
};

/** A 404 response. */
export const notFound = { 404: jsonResponse(ErrorSchema, "No such item.") };

type Part<R extends RouteConfig, K extends "query" | "params"> = NonNullable<R["request"]>[K] extends infer S extends z.ZodType ? z.output<S> : undefined;

/** What a handler gets: the validated query and path parameters. */
export interface RouteInput<R extends RouteConfig> {
  query: Part<R, "query">;
  params: Part<R, "params">;
}

/**
 * Registers `route` in the OpenAPI registry and in the Hono app. Query and
 * path parameters are validated with the route's own zod schemas before the
 * handler runs; a failure answers 400 `{"error","field","message"}`. (Bodies
 * are not validated here: the one POST of /api/v1 validates its own.)
 */
export function openapiRoute<R extends RouteConfig>(app: Hono, registry: OpenAPIRegistry, route: R, handler: (c: Context, input: RouteInput<R>) => Response | Promise<Response>): void {
  registry.registerPath(route);
  const querySchema = route.request?.query;
  const paramsSchema = route.request?.params;
  app.on(route.method.toUpperCase(), route.path.replace(/\{([^}]+)\}/g, ":$1"), async (c) => {
    const query = querySchema ? querySchema.safeParse(c.req.query()) : { success: true as const, data: undefined };
    if (!query.success) return c.json(invalidBody(query.error), 400);
    const params = paramsSchema ? paramsSchema.safeParse(c.req.param()) : { success: true as const, data: undefined };
    if (!params.success) return c.json(invalidBody(params.error), 400);
    return handler(c, { query: query.data, params: params.data } as RouteInput<R>);
  });
}

/** Generates the OpenAPI 3.0 document of everything registered. */
export function openApiDocument(registry: OpenAPIRegistry, config: Parameters<OpenApiGeneratorV3["generateDocument"]>[0]) {
  return new OpenApiGeneratorV3(registry.definitions).generateDocument(config);
}

const Iso = z.string().openapi({ format: "date-time", example: "2026-05-01T08:30:00.000Z" });

/** One line of an item's history. */
export const HistoryJsonSchema = z
  .object({
    at: Iso,
    by: z.string().openapi({ description: "The actor's role: resident, staff, deputy, admin, system or api. Never a person's id." }),
    action: z.string().openapi({ example: "forwarded" }),
    from: z.enum(ITEM_STATUSES).optional(),
    to: z.enum(ITEM_STATUSES).optional(),
    note: z.string().optional(),
  })
  .openapi("HistoryEntry");

/** The Item JSON of the SPEC (api/present.ts), as lists show it (no history). */
export const ItemJsonSchema = z
  .object({
    id: z.string().openapi({ description: "Short human code.", example: "K7XMRP" }),
    status: z.enum(ITEM_STATUSES),
    text: z.string().openapi({ description: "The resident's own words." }),
    summary: z.string(),
    category: z.string().openapi({ description: "Directory category id.", example: "roads-transport" }),
    place: z.string().openapi({ description: "Directory place id, or 'unknown'.", example: "fengming" }),
    target: z.string().nullable().openapi({ description: "Directory target id; null while undecided.", example: "deputy-fengming" }),
    urgent: z.boolean(),
    locale: z.enum(LOCALES),
    source: z.enum(["telegram", "open311", "api"]),
    created_at: Iso,
    updated_at: Iso,
    photos: z.number().int().openapi({ description: "How many photos the resident attached." }),
    location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    contact: z
      .object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })
      .nullable()
      .openapi({ description: "Only when the resident agreed to share it; otherwise null." }),
    route: z
      .object({
        category: z.string().nullable(),
        place: z.string(),
        target: z.string().nullable(),
        confidence: z.number(),
        reasons: z.array(z.string()),
        source: z.enum(["rules", "model", "resident"]),
      })
      .openapi({ description: "The router's decision at submission (kept beside staff overrides)." }),
    overrides: z.array(z.object({ at: Iso, by: z.string(), from: z.string().nullable(), to: z.string(), reason: z.string() })),
    merged_into: z.string().nullable(),
    topic: z.string().nullable().openapi({ description: "The consultation topic the item is on (GET /topics/{id}); null when none." }),
    answer: z.string().nullable(),
    rating: z.number().int().min(1).max(5).nullable(),
    support: z.number().int().min(1).openapi({ description: "Residents backing the item, its raiser included (followers who said \"this is mine too\", residents of merged items)." }),
  })
  .openapi("ItemSummary");

/** A follower's supporting note (never their ids). */
export const SupporterJsonSchema = z
  .object({
    at: Iso.optional(),
    note: z.string().nullable().openapi({ description: "The follower's own words about the matter." }),
    contact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable().openapi({ description: "Only when the follower agreed to share it; otherwise null." }),
    rating: z.number().int().min(1).max(5).nullable(),
    merged_from: z.string().optional().openapi({ description: "The code of the follower's own item, when it was merged into this one." }),
  })
  .openapi("Supporter");

/** An item with its history (GET /items/{id}). */
export const ItemDetailJsonSchema = ItemJsonSchema.extend({ supporters: z.array(SupporterJsonSchema), history: z.array(HistoryJsonSchema) }).openapi("Item");
