import type { BotCall } from "../bots/render.js";
import { isRetryableLater, renderReply } from "../bots/render.js";
import type { Notice, Outbox } from "../handlers/ports.js";
import type { Translator } from "../locales/index.js";
import { errorLine, type Log } from "./log.js";

/** Senders per bot: each takes a rendered Bot API call and performs it with that bot's token. */
export interface BotSenders {
  resident: (call: BotCall) => Promise<unknown>;
  staff: (call: BotCall) => Promise<unknown>;
}

/**
 * Delivers notices (to residents through the resident bot, to staff and
 * deputies through the staff bot) after a turn has committed. One failed
 * recipient (blocked the bot, deleted account) never stops the others.
 */
export function createOutbox(senders: () => BotSenders, translator: Translator, log: Log, defer?: (bot: "resident" | "staff", call: BotCall) => Promise<void>): Outbox {
  return {
    async send(notices: Notice[]) {
      await Promise.all(
        notices.map(async (n) => {
          const calls = renderReply(translator, n.locale, n.chatId, n.reply);
          for (const call of calls) {
            try {
              await senders()[n.bot](call);
            } catch (error) {
              log("notice-failed", { bot: n.bot, method: call.method, error: errorLine(error) });
              // Telegram said "not now": keep the notice for the next sweep (the rest of this chat's calls too, in order).
              if (isRetryableLater(error) && defer) {
                for (const rest of calls.slice(calls.indexOf(call))) await defer(n.bot, rest).catch(() => undefined);
              }
              return;
            }
          }
        }),
      );
    },
  };
}
