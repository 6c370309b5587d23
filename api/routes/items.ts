import { Hono } from "hono";
import { z } from "zod";
import { ITEM_STATUSES, parseItem, type Item } from "../../handlers/items/model.js";
import type { ItemRepository } from "../../handlers/ports.js";
import { itemJson } from "../present.js";
import { InvalidCursorError } from "../store/item-repo.js";

const ListQuery = z.object({
  status: z.enum(ITEM_STATUSES).optional(),
  target: z.string().max(64).optional(),
  category: z.string().max(64).optional(),
  place: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** Turns a zod error into the API's 400 body naming the field. */
export function invalid(error: z.ZodError) {
  const first = error.issues[0];
  return { error: "invalid request", field: first?.path.join(".") || null, message: first?.message ?? "invalid" };
}

/** `GET /items` and `GET /items/:id` (mounted under /api/v1, behind the bearer token). */
export function createItemRoutes(deps: { items: ItemRepository }): Hono {
  const app = new Hono();
  app.get("/items", async (c) => {
    const q = ListQuery.safeParse(c.req.query());
    if (!q.success) return c.json(invalid(q.error), 400);
    const { from, to, ...rest } = q.data;
    try {
      const page = await deps.items.list({ ...rest, ...(from && { from: Date.parse(from) }), ...(to && { to: Date.parse(to) }) });
      const items = page.items.map(parseItem).filter((i): i is Item => i !== null);
      return c.json({ items: items.map((i) => itemJson(i, { history: false })), next_cursor: page.nextCursor });
    } catch (error) {
      if (error instanceof InvalidCursorError) return c.json({ error: "invalid request", field: "cursor", message: "unknown cursor" }, 400);
      throw error;
    }
  });
  app.get("/items/:id", async (c) => {
    const id = c.req.param("id").toUpperCase();
    if (!/^[A-Z0-9]{4,12}$/.test(id)) return c.json({ error: "invalid request", field: "id", message: "not an item code" }, 400);
    const found = await deps.items.get(id);
    const item = found ? parseItem(found.item) : null;
    if (!item) return c.json({ error: "not found" }, 404);
    return c.json(itemJson(item));
  });
  return app;
}
