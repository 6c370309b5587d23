import type { BotCall } from "../bots/render.js";
import { asNewMessage, isRetryableLater, renderReplies } from "../bots/render.js";
import type { Outbound, Outbox, OutboxBatch, OutboxStore } from "../handlers/ports.js";
import type { Translator } from "../locales/index.js";
import { errorLine, type Log } from "./log.js";

/** Senders per bot: each takes a rendered Bot API call and performs it with that bot's token. */
export interface BotSenders {
  resident: (call: BotCall) => Promise<unknown>;
  staff: (call: BotCall) => Promise<unknown>;
}

/** Limits of delivery. */
export interface DeliveryOptions {
  /** Attempts before an owed batch is given up (each is one delivery that Telegram refused for now). */
  maxAttempts: number;
  /** Age after which an owed batch is given up (ms). */
  maxAgeMs: number;
  /** No new call is started after this long in one delivery, so a webhook answers within Telegram's timeout (ms). */
  budgetMs: number;
  /** Most Bot API calls one bot starts in any second (Telegram allows about 30 messages a second per bot). */
  perSecond: number;
  now: () => number;
  /** Waits (injected so tests run on a virtual clock). */
  sleep: (ms: number) => Promise<void>;
  /** The public page of an item (PUBLIC_BASE_URL set): the code message and every notice to a resident link to it. */
  publicPage?: (code: string) => string;
}

/** Resident messages about one item that carry its public page: the code message and the status notices. */
function linksPage(key: string): boolean {
  return key === "submitted" || key === "joined" || key.startsWith("notice-");
}

/** Adds the item's public page as a last line to the resident messages that concern one item. */
export function withPageLinks(m: Outbound, publicPage: ((code: string) => string) | undefined): Outbound {
  if (!publicPage || m.bot !== "resident") return m;
  const replies = m.replies.map((r) => {
    const code = r.args?.code;
    if (!linksPage(r.key) || typeof code !== "string" || !code) return r;
    return { ...r, lines: [...(r.lines ?? []), { key: "public-page-link", args: { url: publicPage(code) } }] };
  });
  return { ...m, replies };
}

const DEFAULTS: DeliveryOptions = {
  maxAttempts: 12,
  maxAgeMs: 24 * 3600_000,
  budgetMs: 25_000,
  perSecond: 30,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Paces one bot's calls: at most `perSecond` starts in any window of one
 * second. A turn's few messages go out at once; a fan-out (invitations to a
 * topic's residents) settles at `perSecond`. Slots are reserved synchronously,
 * so chats delivered in parallel share the one budget.
 */
export function createPacer(perSecond: number, now: () => number, sleep: (ms: number) => Promise<void>): () => Promise<void> {
  const starts: number[] = [];
  return async () => {
    const t = now();
    while (starts.length && starts[0]! <= t - 1000) starts.shift();
    const at = starts.length >= perSecond ? Math.max(t, starts[starts.length - perSecond]! + 1000) : t;
    starts.push(at);
    if (at > t) await sleep(at - t);
  };
}

/**
 * Delivers committed outbox batches. In a batch, the first message (a turn's
 * reply to its sender) goes first; the others are grouped by chat, each
 * chat's calls in order (a card before its photos), chats in parallel.
 * Progress is recorded per message, so a batch interrupted by Telegram
 * (429/5xx after the in-line retries) resumes where it stopped when the next
 * comer (the redelivered update, the next update of the chat, the sweep)
 * picks it up: nothing sent twice, nothing skipped. A refusal that will not
 * change (blocked bot, 400) or a network error (the call may have gone out)
 * is not retried.
 */
export function createOutbox(senders: () => BotSenders, translator: Translator, log: Log, store: OutboxStore, options: Partial<DeliveryOptions> = {}): Outbox {
  const opts = { ...DEFAULTS, ...options };
  // One pacer per bot and per process (or isolate): the outbox is built once per container.
  const pacers = { resident: createPacer(opts.perSecond, opts.now, opts.sleep), staff: createPacer(opts.perSecond, opts.now, opts.sleep) };

  const callsOf = (raw: Outbound): BotCall[] => {
    // Decorated at delivery, not stored: the link follows the configuration of the Worker that sends it.
    const m = withPageLinks(raw, opts.publicPage);
    return renderReplies(translator, m.locale, m.chatId, m.replies, m.origin !== undefined ? { messageId: m.origin, clearKeyboard: m.clearKeyboard } : undefined);
  };

  /**
   * What a refused call leaves: "done" (an edit of what was already shown, an
   * edit sent instead as a new message, a keyboard that could not be removed),
   * "later" (Telegram said not now) or "given-up" (refused for good).
   */
  async function afterFailure(m: Outbound, call: BotCall, error: unknown): Promise<"done" | "later" | "given-up"> {
    if (call.method.startsWith("edit") && /message is not modified/i.test(descriptionOf(error))) return "done";
    log("notice-failed", { bot: m.bot, method: call.method, error: errorLine(error) });
    if (isRetryableLater(error)) return "later";
    if (call.method === "editMessageReplyMarkup") return "done";
    // An edit refused for good (message too old or gone): the same as a new message.
    const alt = asNewMessage(call);
    if (alt && (await senders()[m.bot](alt).then(() => true, () => false))) return "done";
    return "given-up";
  }

  /** Delivers one batch; `answered` is called once its first message is out (the sender answered, before the others). */
  async function deliverOne(batch: OutboxBatch, started: number, answered?: () => void): Promise<void> {
    let retryAfterMs = 0;
    let interrupted = false;
    const sendMessage = async (i: number) => {
      const m = batch.messages[i];
      if (!m || batch.sent[i] === -1) return true;
      const calls = callsOf(m);
      for (let c = batch.sent[i] ?? 0; c < calls.length; c++) {
        await pacers[m.bot]();
        if (opts.now() - started > opts.budgetMs) {
          interrupted = true;
          return false;
        }
        const call = calls[c]!;
        try {
          await senders()[m.bot](call);
          batch.sent[i] = c + 1;
        } catch (error) {
          const outcome = await afterFailure(m, call, error);
          if (outcome === "later") {
            interrupted = true;
            retryAfterMs = Math.max(retryAfterMs, retryAfterOf(error));
            return false;
          }
          if (outcome === "given-up") {
            batch.sent[i] = -1;
            return true;
          }
          batch.sent[i] = c + 1;
        }
      }
      return true;
    };
    if (batch.messages.length) await sendMessage(0);
    answered?.();
    const chats = new Map<string, number[]>();
    batch.messages.forEach((m, i) => {
      if (i === 0 || !m) return;
      const key = `${m.bot}:${m.chatId}`;
      chats.set(key, [...(chats.get(key) ?? []), i]);
    });
    await Promise.all(
      [...chats.values()].map(async (indexes) => {
        // A chat's later messages wait for its earlier ones.
        for (const i of indexes) if (!(await sendMessage(i))) return;
      }),
    );
    let finished = !interrupted && batch.messages.every((m, i) => !m || batch.sent[i] === -1 || batch.sent[i]! >= callsOf(m).length);
    const now = opts.now();
    if (!finished && (batch.attempts + 1 >= opts.maxAttempts || now - batch.createdAt > opts.maxAgeMs)) {
      log("outbox-given-up", { batch: batch.id, attempts: batch.attempts + 1 });
      finished = true;
    }
    await store.settle(batch, finished, now + retryAfterMs).catch((error: unknown) => log("outbox-settle-failed", { batch: batch.id, error: errorLine(error) }));
  }

  return {
    async deliver(batches, options = {}) {
      const started = opts.now();
      const { defer, sender } = options;
      if (!defer) {
        for (const batch of batches) await deliverOne(batch, started);
        return;
      }
      // The person who acted is answered by the first message of the last batch that opens with a message to their chat
      // (the turn's own; owed batches of their earlier turns come before it, what a topic write owes after it).
      const isTheirs = (b: OutboxBatch) => {
        const m = b.messages[0];
        return !!m && !!sender && m.bot === sender.bot && m.chatId === sender.chatId;
      };
      const own = batches.findLast(isTheirs);
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const all = (async () => {
        for (const batch of batches) await deliverOne(batch, started, batch === own ? answer : undefined);
      })()
        .catch((error: unknown) => log("outbox-deferred-failed", { error: errorLine(error) }))
        .finally(answer);
      if (!own) answer();
      defer(all);
      await answered;
    },
    async sendNow(messages: Outbound[]) {
      for (const m of messages) {
        for (const call of callsOf(m)) {
          await senders()[m.bot](call).catch((error: unknown) => log("reply-failed", { bot: m.bot, method: call.method, error: errorLine(error) }));
        }
      }
    },
  };
}

/** Telegram's error description (grammY's `description`, Telegraf's `response.description`). */
function descriptionOf(error: unknown): string {
  const e = error as { description?: unknown; response?: { description?: unknown } } | null;
  return String(e?.description ?? e?.response?.description ?? "");
}

/** Telegram's retry_after (grammY's `parameters`, Telegraf's `response.parameters`), in ms. */
function retryAfterOf(error: unknown): number {
  const e = error as { parameters?: { retry_after?: unknown }; response?: { parameters?: { retry_after?: unknown } } } | null;
  const s = e?.parameters?.retry_after ?? e?.response?.parameters?.retry_after;
  return typeof s === "number" && s > 0 && s < 3600 ? s * 1000 : 0;
}

/** Delivers what the sweep finds owed (batches whose delivery was interrupted and that nobody picked up). */
export async function deliverOwed(outbox: Outbox, store: OutboxStore, now: number, limit = 100): Promise<number> {
  const owed = await store.claimDue(now, limit);
  if (owed.length) await outbox.deliver(owed);
  return owed.length;
}
