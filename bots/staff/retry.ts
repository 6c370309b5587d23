/**
 * A capped retry for the staff bot's Bot API calls. Telegraf has none, while
 * the resident bot (grammY) uses @grammyjs/auto-retry with two retries: the
 * staff bot behaves the same way, so a 429 or a Telegram hiccup does not drop
 * a deputy card or a notice.
 *
 * Retried: 429 with retry_after ≤ maxDelaySeconds (after retry_after), and
 * 5xx (after a short backoff). Not retried: other 4xx (the call is wrong) and
 * network errors (the message may have gone out: a retry could double it).
 * At most `maxRetries` retries, so a webhook answers within bounded time.
 */

/** What a Telegraf TelegramError carries. */
interface BotApiFailure {
  response?: { error_code?: number; parameters?: { retry_after?: number } };
}

/** Options of {@link withCappedRetry}. */
export interface RetryOptions {
  maxRetries: number;
  maxDelaySeconds: number;
  /** Backoff before retrying a 5xx, by retry number (0-based), ms. */
  backoffMs: (retry: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Like the resident bot's autoRetry cap (1 retry, retry_after of at most 2 s), with a shorter 5xx backoff (0.5 s) than its 3 s; longer waits are the outbox's. */
export const STAFF_RETRY: RetryOptions = { maxRetries: 1, maxDelaySeconds: 2, backoffMs: (n) => 500 * 2 ** n };

/** How long to wait before retrying `error`, or null when it must not be retried. */
export function retryDelayMs(error: unknown, retry: number, opts: RetryOptions): number | null {
  if (retry >= opts.maxRetries) return null;
  const response = (error as BotApiFailure | null)?.response;
  const code = response?.error_code;
  if (typeof code !== "number") return null;
  if (code === 429) {
    const after = response?.parameters?.retry_after;
    return typeof after === "number" && after <= opts.maxDelaySeconds ? after * 1000 : null;
  }
  return code >= 500 ? opts.backoffMs(retry) : null;
}

/** Wraps a `callApi`-shaped function with the capped retry. */
export function withCappedRetry<A extends unknown[], R>(call: (...args: A) => Promise<R>, opts: RetryOptions = STAFF_RETRY): (...args: A) => Promise<R> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (...args: A) => {
    for (let retry = 0; ; retry++) {
      try {
        return await call(...args);
      } catch (error) {
        const delay = retryDelayMs(error, retry, opts);
        if (delay === null) throw error;
        await sleep(delay);
      }
    }
  };
}
