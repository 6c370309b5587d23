import { TurnConflictError, UpdateBusyError } from "./errors.js";
import type { BotName, LimitCheck, Party, TurnCommit, TurnStart, TurnStore } from "./ports.js";
import type { Reply } from "./replies.js";

/** What one decision of a turn wants written and said. */
export interface TurnDecision<N = never> {
  commit: Omit<TurnCommit, "bot" | "updateId" | "party">;
  replies: Reply[];
  /** Things to do once the commit has landed (notify others); never before, so nothing is announced that was not stored. */
  notices?: N[];
}

/** The result of a turn. */
export type TurnResult<N = never> =
  | { outcome: "handled"; replies: Reply[]; notices: N[] }
  | { outcome: "duplicate"; replies: []; notices: [] };

/** How many times a turn re-reads and re-decides after losing a race with another update of the same chat. */
const MAX_ATTEMPTS = 4;

/**
 * Runs one update exactly once: claim + load (one round trip), decide (pure),
 * commit atomically with the "handled" mark (one round trip). On a lost
 * compare-and-set it re-reads and decides again, so racing updates of one
 * chat both land and neither's text is lost. On any failure the claim is
 * released so Telegram's redelivery runs the update again.
 *
 * @throws {UpdateBusyError} when another request holds the claim right now.
 * @throws {TurnConflictError} when every attempt lost the race.
 */
export async function runTurn<N = never>(
  store: TurnStore,
  opts: { bot: BotName; updateId: number; party: Party; limits: LimitCheck[] },
  decide: (start: TurnStart, attempt: number) => Promise<TurnDecision<N>> | TurnDecision<N>,
): Promise<TurnResult<N>> {
  const start = await store.begin(opts);
  if (start.claim === "done") return { outcome: "duplicate", replies: [], notices: [] };
  if (start.claim === "busy") throw new UpdateBusyError(opts.updateId);
  try {
    let current: TurnStart = start;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const decision = await decide(current, attempt);
      const result = await store.commit({ bot: opts.bot, updateId: opts.updateId, party: opts.party, ...decision.commit });
      if (result.ok) return { outcome: "handled", replies: decision.replies, notices: decision.notices ?? [] };
      if (result.reason === "conflict") current = { ...current, ...(await store.reload(opts.party)) };
      // "id-taken": the decision draws a fresh item code on the next attempt.
    }
    throw new TurnConflictError(opts.updateId);
  } catch (error) {
    await store.release(opts.bot, opts.updateId).catch(() => undefined);
    throw error;
  }
}
