/**
 * Consultation topics over REST: open a topic with items, add items, give it
 * a session (residents invited), record its outcome (residents told, items
 * answered), read topics and their agenda packs, and the per-target
 * scorecards. Bodies are validated with zod (400 naming the field); refusals
 * of the topic's state machine answer 409 with the reason's key.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import * as z from "zod";
import { CODE_ALPHABET } from "../../handlers/items/model.js";
import type { Outbox, OutboxBatch } from "../../handlers/ports.js";
import { deferOf } from "./defer.js";
import { OUTCOME_TEXT_MAX, RESPONSIBLE_MAX, SESSION_KINDS, stageOfTopic, TOPIC_ITEMS_MAX, TOPIC_TITLE_MAX, type Topic } from "../../handlers/topics/model.js";
import { rsvpCounts } from "../../handlers/topics/pack.js";
import { anonymise } from "../../handlers/privacy/anonymise.js";
import type { TopicRefused, TopicService } from "../../handlers/topics/service.js";
import { BEARER, commonErrors, ErrorSchema, invalidBody, jsonResponse, openapiRoute, type OpenAPIRegistry, type RouteConfig } from "../openapi.js";
import { itemSummaryJson } from "../present.js";
import { ItemJsonSchema } from "../openapi.js";

const Iso = z.string().openapi({ format: "date-time" });
const Code = z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{6}$`), "an item code: six characters of the code alphabet");
const TopicIdParams = z.object({ id: z.string().regex(/^T[A-Z0-9]{4,11}$/, "a topic id (T and five characters)").openapi({ param: { name: "id", in: "path" }, example: "T3K9QX" }) });

/** POST /topics body. */
export const TopicCreateSchema = z
  .object({
    target: z.string().min(1).openapi({ description: "Directory target id.", example: "deputy-fengming" }),
    title: z.string().trim().min(1).max(TOPIC_TITLE_MAX),
    items: z.array(Code).min(1).max(TOPIC_ITEMS_MAX).openapi({ description: "Codes of the target's open items." }),
  })
  .openapi("TopicCreate");
/** POST /topics/{id}/items body. */
export const TopicItemsSchema = z.object({ items: z.array(Code).min(1).max(TOPIC_ITEMS_MAX) }).openapi("TopicItems");
/** POST /topics/{id}/session body. */
export const SessionRequestSchema = z
  .object({
    starts_at: z.iso.datetime({ offset: true }).openapi({ description: "ISO 8601 with an offset or Z.", example: "2026-06-10T19:30:00+08:00" }),
    venue: z.string().trim().min(1).max(TOPIC_TITLE_MAX).openapi({ example: "凤鸣镇人大代表之家" }),
    kind: z.enum(SESSION_KINDS),
  })
  .openapi("SessionRequest");
/** POST /topics/{id}/outcome body. */
export const OutcomeRequestSchema = z
  .object({
    text: z.string().trim().min(1).max(OUTCOME_TEXT_MAX).openapi({ description: "The decision, as residents will read it." }),
    responsible: z.string().trim().min(1).max(RESPONSIBLE_MAX).openapi({ example: "凤鸣镇人民政府" }),
    due_date: z.iso.date().openapi({ description: "County calendar day (YYYY-MM-DD).", example: "2026-07-31" }),
  })
  .openapi("OutcomeRequest");

/** A topic as the API shows it: counts of replies and evaluations, never who gave them. */
export const TopicJsonSchema = z
  .object({
    id: z.string(),
    target: z.string(),
    title: z.string(),
    stage: z.enum(["gathering", "scheduled", "decided", "evaluating"]),
    items: z.array(z.string()),
    created_at: Iso,
    updated_at: Iso,
    session: z.object({ starts_at: Iso, venue: z.string(), kind: z.enum(SESSION_KINDS), reminded_at: Iso.nullable() }).nullable(),
    rsvps: z.object({ attend: z.number().int(), absent: z.number().int(), written: z.number().int() }),
    views: z.array(z.object({ at: Iso, text: z.string().openapi({ description: "A resident's written view, anonymised, without who sent it." }) })),
    outcome: z.object({ text: z.string(), responsible: z.string(), due_date: z.string(), decided_at: Iso, evaluation_asked_at: Iso.nullable() }).nullable(),
    evaluation: z.object({ answers: z.number().int(), done: z.number().int(), partly: z.number().int(), not_done: z.number().int(), mean: z.number().nullable() }),
    history: z.array(z.object({ at: Iso, action: z.string(), by: z.string() })),
  })
  .openapi("Topic");
/** GET /topics/{id}: with its items and how many residents it reaches. */
export const TopicDetailJsonSchema = TopicJsonSchema.extend({ residents: z.number().int().openapi({ description: "Residents who raised or follow its items (a count only)." }), item_details: z.array(ItemJsonSchema) }).openapi("TopicDetail");
/** A state change's answer: the topic and how many residents its messages reach. */
export const TopicChangeJsonSchema = TopicJsonSchema.extend({ reached: z.number().int().openapi({ description: "Residents the change's messages go to (invitations, outcome notices)." }) }).openapi("TopicChange");

/** GET /scorecards answer (the issue's contract shape). */
export const ScorecardsSchema = z
  .object({
    targets: z.array(
      z.object({
        target: z.string(),
        items: z.number().int(),
        median_days_to_answer: z.number().nullable(),
        mean_rating: z.number().nullable(),
        topics: z.number().int(),
        sessions_held: z.number().int(),
        outcomes_due: z.number().int(),
        outcomes_done: z.number().int(),
        evaluation_mean: z.number().nullable(),
      }),
    ),
    generated_at: Iso,
  })
  .openapi("Scorecards");

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The public JSON of a topic. */
export function topicJson(t: Topic): z.input<typeof TopicJsonSchema> {
  const c = rsvpCounts(t, 0);
  const scores = t.evaluations.map((e) => e.score).filter((s): s is number => s !== null);
  return {
    id: t.id,
    target: t.target,
    title: t.title,
    stage: stageOfTopic(t),
    items: t.items,
    created_at: iso(t.createdAt)!,
    updated_at: iso(t.updatedAt)!,
    session: t.session ? { starts_at: iso(t.session.startsAt)!, venue: t.session.venue, kind: t.session.kind, reminded_at: iso(t.session.remindedAt) } : null,
    rsvps: { attend: c.attend, absent: c.absent, written: c.written },
    views: t.views.map((v) => ({ at: iso(v.at)!, text: anonymise(v.text) })),
    outcome: t.outcome ? { text: t.outcome.text, responsible: t.outcome.responsible, due_date: t.outcome.dueDate, decided_at: iso(t.outcome.decidedAt)!, evaluation_asked_at: iso(t.outcome.evaluationAskedAt) } : null,
    evaluation: {
      answers: t.evaluations.length,
      done: t.evaluations.filter((e) => e.verdict === "done").length,
      partly: t.evaluations.filter((e) => e.verdict === "partly").length,
      not_done: t.evaluations.filter((e) => e.verdict === "not-done").length,
      mean: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
    },
    history: t.history.map((h) => ({ at: iso(h.at)!, action: h.action, by: h.by })),
  };
}

/** Refusals that mean "no such thing" rather than "not now". */
const NOT_FOUND = new Set(["topic-unknown", "topic-item-unknown", "topic-unknown-target"]);

function refusal(c: Context, r: TopicRefused): Response {
  const status = NOT_FOUND.has(r.refusal) ? 404 : 409;
  return c.json({ error: r.refusal, message: `${r.refusal}${r.args ? ` ${JSON.stringify(r.args)}` : ""}` }, status);
}

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: c.json({ error: "invalid_request", field: "body", message: "the body must be JSON" }, 400) };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: c.json(invalidBody(parsed.error), 400) };
}

const jsonBody = (schema: z.ZodType) => ({ body: { required: true, content: { "application/json": { schema } } } });
const conflict = { 409: jsonResponse(ErrorSchema, "The topic's state does not allow it now (the error names why)."), 404: jsonResponse(ErrorSchema, "No such topic, item or target.") };
const common = { tags: ["topics"], security: [{ [BEARER]: [] }] };

const routes = {
  create: { ...common, method: "post", path: "/topics", summary: "Open a consultation topic with items of one target", request: jsonBody(TopicCreateSchema), responses: { 201: jsonResponse(TopicJsonSchema, "The topic."), ...commonErrors, ...conflict } },
  list: { ...common, method: "get", path: "/topics", summary: "Topics, newest first", request: { query: z.object({ target: z.string().optional() }) }, responses: { 200: jsonResponse(z.object({ topics: z.array(TopicJsonSchema) }), "The topics."), ...commonErrors } },
  suggestions: {
    ...common,
    method: "get",
    path: "/topics/suggestions",
    summary: "Candidate topics for a target, from the similarity of its open items",
    description: "Groups of at least two open items of the target on no topic yet that look like the same matter (the rules residents' \"me too\" uses: same place, alike words), largest support first. Accept one with POST /topics.",
    request: { query: z.object({ target: z.string().min(1) }) },
    responses: { 200: jsonResponse(z.object({ target: z.string(), suggestions: z.array(z.object({ items: z.array(z.string()), support: z.number().int(), title: z.string() })) }), "The suggestions."), ...commonErrors },
  },
  get: { ...common, method: "get", path: "/topics/{id}", summary: "One topic with its items", request: { params: TopicIdParams }, responses: { 200: jsonResponse(TopicDetailJsonSchema, "The topic."), ...commonErrors, ...conflict } },
  items: { ...common, method: "post", path: "/topics/{id}/items", summary: "Add items to a topic", request: { params: TopicIdParams, ...jsonBody(TopicItemsSchema) }, responses: { 200: jsonResponse(TopicJsonSchema, "The topic."), ...commonErrors, ...conflict } },
  session: {
    ...common,
    method: "post",
    path: "/topics/{id}/session",
    summary: "Set the topic's session: every resident of its items is invited",
    description: "Residents who raised or follow one of the items get an invitation in the resident bot (attend / not attend / send a view in writing) and a reminder the day before; the target's deputies are told and get the agenda pack the day before. A new time invites everyone again.",
    request: { params: TopicIdParams, ...jsonBody(SessionRequestSchema) },
    responses: { 200: jsonResponse(TopicChangeJsonSchema, "The topic."), ...commonErrors, ...conflict },
  },
  outcome: {
    ...common,
    method: "post",
    path: "/topics/{id}/outcome",
    summary: "Record the session's decision: residents told, items answered",
    description: "Every resident of the topic gets the decision; each open item moves to `answered` with it as the answer (the raiser rates it, and may reopen it, as any answer). EVALUATION_DAYS after the due date residents are asked whether it was done.",
    request: { params: TopicIdParams, ...jsonBody(OutcomeRequestSchema) },
    responses: { 200: jsonResponse(TopicChangeJsonSchema, "The topic."), ...commonErrors, ...conflict },
  },
  agenda: {
    ...common,
    method: "get",
    path: "/topics/{id}/agenda",
    summary: "The deputies' agenda pack (Markdown, or CSV with ?format=csv)",
    description: "Items, support, the residents' words anonymised, replies to the invitation and written views. No resident identity.",
    request: { params: TopicIdParams, query: z.object({ format: z.enum(["md", "csv"]).default("md") }) },
    responses: { 200: { description: "The document.", content: { "text/markdown": { schema: z.string() }, "text/csv": { schema: z.string() } } }, ...commonErrors, ...conflict },
  },
  scorecards: {
    method: "get",
    path: "/scorecards",
    tags: ["stats"],
    security: [{ [BEARER]: [] }],
    summary: "Per-target scorecards",
    description: "Per target: items received, median days to answer, mean rating (from the aggregates), topics consulted, sessions held (their time has passed, or their outcome was recorded), outcomes due (due day over) and done (most evaluations said done), evaluation mean (1-5).",
    request: { query: z.object({ target: z.string().optional() }) },
    responses: { 200: jsonResponse(ScorecardsSchema, "The scorecards."), ...commonErrors },
  },
} satisfies Record<string, RouteConfig>;

/** What the topic routes need. */
export interface TopicRoutesDeps {
  topics: TopicService;
  outbox: Outbox;
  now?: () => number;
}

/**
 * Delivers a change's messages: after the answer under Workers (waitUntil),
 * before it under Node (there is no execution context to outlive the request).
 */
async function deliverAfter(c: Context, outbox: Outbox, batches: OutboxBatch[]): Promise<void> {
  if (batches.length === 0) return;
  const defer = deferOf(c);
  if (defer) defer(outbox.deliver(batches));
  else await outbox.deliver(batches);
}

/** The topic and scorecard routes, registered in `docs` too. */
export function createTopicRoutes(deps: TopicRoutesDeps, docs: OpenAPIRegistry): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;
  const svc = deps.topics;

  openapiRoute(app, docs, routes.create, async (c) => {
    const b = await body(c, TopicCreateSchema);
    if (!b.ok) return b.response;
    const r = await svc.create({ target: b.data.target, title: b.data.title, items: b.data.items, by: "api", at: now() });
    return r.ok ? c.json(topicJson(r.topic), 201) : refusal(c, r);
  });
  openapiRoute(app, docs, routes.list, async (c, input) => c.json({ topics: (await svc.list(input.query.target)).map(topicJson) }));
  // Before /topics/{id}, which would refuse "suggestions" as an id.
  openapiRoute(app, docs, routes.suggestions, async (c, input) => {
    if (!svc.knowsTarget(input.query.target)) return c.json({ error: "invalid_request", field: "target", message: "unknown target" }, 400);
    return c.json({ target: input.query.target, suggestions: await svc.suggestions(input.query.target, now()) });
  });
  openapiRoute(app, docs, routes.get, async (c, input) => {
    const topic = await svc.get(input.params.id);
    if (!topic) return refusal(c, { ok: false, refusal: "topic-unknown" });
    const items = await svc.itemsOf(topic);
    const residents = new Set(items.flatMap((i) => [i.residentChatId, ...(i.followers ?? []).map((f) => f.chatId)].filter((x) => x !== null))).size;
    return c.json({ ...topicJson(topic), residents, item_details: items.map(itemSummaryJson) });
  });
  openapiRoute(app, docs, routes.items, async (c, input) => {
    const b = await body(c, TopicItemsSchema);
    if (!b.ok) return b.response;
    const r = await svc.addItems(input.params.id, b.data.items, "api", now());
    return r.ok ? c.json(topicJson(r.topic)) : refusal(c, r);
  });
  openapiRoute(app, docs, routes.session, async (c, input) => {
    const b = await body(c, SessionRequestSchema);
    if (!b.ok) return b.response;
    const r = await svc.schedule(input.params.id, { startsAt: Date.parse(b.data.starts_at), venue: b.data.venue, kind: b.data.kind }, "api", now());
    if (!r.ok) return refusal(c, r);
    await deliverAfter(c, deps.outbox, r.batches);
    return c.json({ ...topicJson(r.topic), reached: r.reached });
  });
  openapiRoute(app, docs, routes.outcome, async (c, input) => {
    const b = await body(c, OutcomeRequestSchema);
    if (!b.ok) return b.response;
    const r = await svc.decide(input.params.id, { text: b.data.text, responsible: b.data.responsible, dueDate: b.data.due_date }, "api", now());
    if (!r.ok) return refusal(c, r);
    await deliverAfter(c, deps.outbox, r.batches);
    return c.json({ ...topicJson(r.topic), reached: r.reached });
  });
  openapiRoute(app, docs, routes.agenda, async (c, input) => {
    const docsOut = await svc.agenda(input.params.id);
    if (!docsOut) return refusal(c, { ok: false, refusal: "topic-unknown" });
    const doc = docsOut.find((d) => d.filename.endsWith(input.query.format === "csv" ? ".csv" : ".md"))!;
    return c.body(doc.content, 200, { "content-type": `${doc.mime}; charset=utf-8`, "content-disposition": `attachment; filename="${doc.filename}"` });
  });
  openapiRoute(app, docs, routes.scorecards, async (c, input) => {
    const at = now();
    if (input.query.target !== undefined && !svc.knowsTarget(input.query.target)) return c.json({ error: "invalid_request", field: "target", message: "unknown target" }, 400);
    return c.json({ targets: await svc.scorecards(at, input.query.target ? { target: input.query.target } : {}), generated_at: new Date(at).toISOString() });
  });
  return app;
}
