import { Hono } from "hono";
import { TurnConflictError, UpdateBusyError } from "../../handlers/errors.js";
import { secretsEqual } from "../secure-compare.js";
import { TelegramUpdate } from "../telegram-update.js";
import { errorLine } from "../log.js";
import type { UpdateOptions } from "../../bots/update-options.js";
import { deferOf } from "./defer.js";

/** A Telegram update: an id, one update object, and well-typed fields where the bots read them (api/telegram-update.ts). */
const UpdateEnvelope = TelegramUpdate;

/** A bot as the webhook sees it. */
export interface WebhookBot {
  handleUpdate(update: unknown, options?: UpdateOptions): Promise<void>;
}

/** Dependencies of the webhook routes; `bots` is resolved lazily so a wrong secret runs no bot code at all. */
export interface TelegramRoutesDeps {
  secret: string;
  bots: () => { resident: WebhookBot; staff: WebhookBot };
  log: (event: string, data: Record<string, unknown>) => void;
}

/**
 * `POST /telegram/resident` and `POST /telegram/staff`. Order matters: the
 * secret is checked first (401, nothing stored), then the body (400), then
 * the bot runs. Failures answer 5xx so Telegram redelivers; a duplicate that
 * is still being handled elsewhere answers 503 for the same reason.
 */
export function createTelegramRoutes(deps: TelegramRoutesDeps): Hono {
  const app = new Hono();
  app.post("/:bot{resident|staff}", async (c) => {
    if (!(secretsEqual(c.req.header("X-Telegram-Bot-Api-Secret-Token"), deps.secret))) {
      return c.json({ ok: false, error: "unauthorized" }, 401);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ ok: false, error: "body is not JSON" }, 400);
    }
    const parsed = UpdateEnvelope.safeParse(body);
    if (!parsed.success) return c.json({ ok: false, error: "body is not a Telegram update" }, 400);

    const name = c.req.param("bot") as "resident" | "staff";
    try {
      // Under Workers, notices to others (and a model's follow-up) finish after this response.
      const defer = deferOf(c);
      await deps.bots()[name].handleUpdate(parsed.data, defer ? { defer } : undefined);
      return c.json({ ok: true });
    } catch (error) {
      if (error instanceof UpdateBusyError || error instanceof TurnConflictError) {
        c.header("Retry-After", "5");
        return c.json({ ok: false, error: "busy, retry later" }, 503);
      }
      deps.log("update-failed", { bot: name, update_id: parsed.data.update_id, error: errorLine(error) });
      return c.json({ ok: false, error: "temporarily unavailable" }, 500);
    }
  });
  return app;
}
