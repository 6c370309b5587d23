import { isRetryableLater, type BotCall } from "../bots/render.js";
import { errorLine, type Log } from "./log.js";
import type { Redis } from "./store/redis.js";

/** A Bot API call that Telegram refused for now (429 or 5xx after the in-line retries), kept to be sent again. */
export interface DeferredSend {
  bot: "resident" | "staff";
  call: BotCall;
  attempts: number;
  firstAt: number;
}

/** How long and how often a deferred call is tried before it is given up (and logged). */
const MAX_ATTEMPTS = 8;
const MAX_AGE_MS = 24 * 3600_000;
/** Calls sent per drain (one cron run), so a backlog cannot exhaust a Worker invocation. */
const DRAIN_BATCH = 100;

/** Where deferred calls wait: a Redis list, drained by the cron sweep. */
export interface DeferredSends {
  add(bot: DeferredSend["bot"], call: BotCall, now: number): Promise<void>;
  /** Sends what is waiting; what Telegram still refuses goes back, what is too old or tried too often is dropped. */
  drain(send: (d: DeferredSend) => Promise<unknown>, now: number): Promise<{ sent: number; requeued: number; dropped: number }>;
}

/** Builds the Redis-backed store of deferred sends. */
export function createDeferredSends(redis: Redis, prefix: string, log: Log): DeferredSends {
  const key = `${prefix}outbox:deferred`;
  return {
    async add(bot, call, now) {
      // Documents (CSV exports) are rebuilt on request; keeping their content here would bloat the list.
      if (call.method === "sendDocument") return;
      await redis.rpush(key, JSON.stringify({ bot, call, attempts: 1, firstAt: now } satisfies DeferredSend));
    },
    async drain(send, now) {
      const raw = ((await redis.lpop(key, DRAIN_BATCH)) as string[] | null) ?? [];
      let sent = 0;
      let requeued = 0;
      let dropped = 0;
      for (const text of raw) {
        let d: DeferredSend;
        try {
          d = JSON.parse(text) as DeferredSend;
        } catch {
          dropped++;
          continue;
        }
        try {
          await send(d);
          sent++;
        } catch (error) {
          if (isRetryableLater(error) && d.attempts + 1 < MAX_ATTEMPTS && now - d.firstAt < MAX_AGE_MS) {
            await redis.rpush(key, JSON.stringify({ ...d, attempts: d.attempts + 1 }));
            requeued++;
          } else {
            dropped++;
            log("deferred-send-dropped", { bot: d.bot, method: d.call.method, attempts: d.attempts, error: errorLine(error) });
          }
        }
      }
      return { sent, requeued, dropped };
    },
  };
}
