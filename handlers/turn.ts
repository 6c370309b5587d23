import { TurnConflictError, UpdateBusyError } from "./errors.js";
import type { Locale } from "./locale.js";
import type { BotName, Defer, LimitCheck, Notice, Outbound, OutboxBatch, Party, TurnCommit, TurnStart, TurnStore } from "./ports.js";
import type { Reply } from "./replies.js";

/** What one decision of a turn wants written and said. */
export interface TurnDecision<N = never> {
  commit: Omit<TurnCommit, "bot" | "updateId" | "party" | "outbox" | "batchId">;
  replies: Reply[];
  /** Messages to others; written to the outbox with the commit, so nothing is announced that was not stored, and nothing stored goes unannounced. */
  notices?: N[];
  /** The language of `replies` (the sender's). */
  locale?: Locale;
  /** The pressed button's message: `edit` replies replace it; `clearKeyboard` removes its used keyboard. */
  origin?: { messageId: number; clearKeyboard: boolean };
  /** A short notice shown on the pressed button itself (a stale button), instead of a message. */
  toast?: Reply;
}

/** What an adapter does between a turn's commit and the delivery of its messages. */
export interface TurnHooks {
  /** Answers the pressed button (with a toast when given), so the person who pressed is answered before anyone is notified. */
  acknowledge?: (toast?: { reply: Reply; locale: Locale }) => Promise<unknown>;
  /**
   * Finishes work after the response (Workers' waitUntil): the notices to
   * others and a model's follow-up. Without it the request waits for them,
   * in the same order.
   */
  defer?: Defer;
}

/** The result of a turn. */
export type TurnResult<N = never> =
  | { outcome: "handled"; replies: Reply[]; notices: N[]; batches: OutboxBatch[]; direct: Outbound[]; toast?: { reply: Reply; locale: Locale } }
  | { outcome: "duplicate"; replies: []; notices: []; batches: OutboxBatch[]; direct: [] };

/** How many times a turn re-reads and re-decides after losing a race with another update of the same chat. */
const MAX_ATTEMPTS = 4;

/**
 * Runs one update exactly once: claim + load (one round trip), decide (pure),
 * commit atomically with the "handled" mark and the turn's outbox (one round
 * trip). On a lost compare-and-set it re-reads and decides again, so racing
 * updates of one chat both land and neither's text is lost. On any failure
 * the claim is released so Telegram's redelivery runs the update again.
 *
 * The result carries the outbox batches the caller must deliver: owed
 * batches of this party's earlier turns first (found by `begin`), then this
 * turn's own. A redelivered update that already ran returns "duplicate" with
 * whatever of its messages is still owed.
 *
 * @throws {UpdateBusyError} when another request holds the claim right now.
 * @throws {TurnConflictError} when every attempt lost the race.
 */
export async function runTurn<N extends Notice = never>(
  store: TurnStore,
  opts: { bot: BotName; updateId: number; party: Party; chatId: number; limits: LimitCheck[]; subscriptions?: boolean; similar?: { since: number } },
  decide: (start: TurnStart, attempt: number) => Promise<TurnDecision<N>> | TurnDecision<N>,
): Promise<TurnResult<N>> {
  const start = await store.begin(opts);
  if (start.claim === "done") return { outcome: "duplicate", replies: [], notices: [], batches: start.pending, direct: [] };
  if (start.claim === "busy") throw new UpdateBusyError(opts.updateId);
  try {
    let current: TurnStart = start;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const decision = await decide(current, attempt);
      const { kept, direct } = outboxOf(opts, decision);
      const result = await store.commit({ bot: opts.bot, updateId: opts.updateId, party: opts.party, ...decision.commit, ...(kept.length && { outbox: kept }) });
      if (result.ok) {
        const batches = [...start.pending, ...(result.batch ? [result.batch] : [])];
        return { outcome: "handled", replies: decision.replies, notices: decision.notices ?? [], batches, direct, ...(decision.toast && { toast: { reply: decision.toast, locale: decision.locale ?? "zh-CN" } }) };
      }
      if (result.reason === "conflict") current = { ...current, ...(await store.reload(opts.party)) };
      // "id-taken": the decision draws a fresh item code on the next attempt.
    }
    throw new TurnConflictError(opts.updateId);
  } catch (error) {
    await store.release(opts.bot, opts.updateId).catch(() => undefined);
    throw error;
  }
}

/** A notice as an outbox message. */
export function noticeMessage(n: Notice): Outbound {
  return { bot: n.bot, chatId: n.chatId, locale: n.locale, replies: [n.reply] };
}

/**
 * The turn's messages: its replies to the sender, then its notices. Replies
 * carrying a document (an export, rebuilt on request) are sent directly
 * instead of being copied into storage.
 */
function outboxOf(opts: { bot: BotName; chatId: number }, d: TurnDecision<Notice>): { kept: Outbound[]; direct: Outbound[] } {
  const locale = d.locale ?? "zh-CN";
  const documents = d.replies.filter((r) => r.document);
  const replies = d.replies.filter((r) => !r.document);
  const kept: Outbound[] = [];
  if (replies.length || d.origin?.clearKeyboard) kept.push({ bot: opts.bot, chatId: opts.chatId, locale, replies, ...(d.origin && { origin: d.origin.messageId, clearKeyboard: d.origin.clearKeyboard }) });
  for (const n of d.notices ?? []) kept.push(noticeMessage(n));
  return { kept, direct: documents.length ? [{ bot: opts.bot, chatId: opts.chatId, locale, replies: documents }] : [] };
}
