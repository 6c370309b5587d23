import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, BotError, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { LOCALES, type Locale } from "../../handlers/locale.js";
import { KEYBOARD_KEYS, type KeyboardKey } from "../../handlers/resident/prompts.js";
import type { ResidentService } from "../../handlers/resident/service.js";
import type { Translator } from "../../locales/index.js";
import { toastText, type BotCall } from "../render.js";
import { createUpdateOptions, type UpdateOptions } from "../update-options.js";
import { toEnvelope } from "./map-update.js";

/** What the resident adapter needs. */
export interface ResidentBotDeps {
  token: string;
  botInfo: UserFromGetMe;
  apiRoot: string;
  service: ResidentService;
  translator: Translator;
  log?: (event: string, data: Record<string, unknown>) => void;
  /** How long one Bot API call may take before it is abandoned (s); default 8. */
  timeoutSeconds?: number;
}

/** The resident bot as the webhook sees it. */
export interface ResidentBot {
  /** Handles one update; throws (so the webhook answers 5xx) when it must be redelivered. With `defer`, notices to others finish after it resolves. */
  handleUpdate(update: unknown, options?: UpdateOptions): Promise<void>;
  /** Sends a rendered call with the resident bot's token (notices outside the resident's own turn). */
  send(call: BotCall): Promise<unknown>;
}

/**
 * The grammY adapter: updates → domain envelopes → service → Bot API calls.
 * No domain decisions here; `botInfo` is preset so no getMe is ever made.
 */
export function createResidentBot(deps: ResidentBotDeps): ResidentBot {
  // A Bot API call that hangs must not hold the webhook past Telegram's timeout (grammY's default is 500 s).
  const bot = new Bot(deps.token, { botInfo: deps.botInfo, client: { apiRoot: deps.apiRoot, timeoutSeconds: deps.timeoutSeconds ?? 8 } });
  // Telegram 429/5xx are retried, but capped: a webhook must answer within Telegram's timeout.
  // Network errors are not: auto-retry would retry them forever (its cap counts only Bot API answers),
  // hanging the webhook while Telegram is unreachable (tests/faults/bot-api.test.ts).
  // One short in-line retry; anything longer is left to the outbox (the next update of the chat or the sweep).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 2, rethrowHttpErrors: true }));

  const keyboardKey = buildKeyboardLookup(deps.translator);
  const perUpdate = createUpdateOptions();

  bot.use(async (ctx: Context) => {
    const envelope = toEnvelope(ctx, keyboardKey);
    if (!envelope) return; // not for us: acknowledged, nothing stored
    // The service commits the turn with its messages (outbox) and delivers them; the button is answered first.
    const { defer } = perUpdate.of(ctx.update);
    await deps.service.handle(envelope, {
      ...(ctx.callbackQuery && { acknowledge: (toast) => ctx.answerCallbackQuery(toast ? { text: toastText(deps.translator, toast) } : {}) }),
      ...(defer && { defer }),
    });
  });

  return {
    send: (call) => bot.api.raw[call.method as "sendMessage"](call.payload as never),
    async handleUpdate(update, options) {
      perUpdate.put(update, options);
      try {
        await bot.handleUpdate(update as Parameters<Bot["handleUpdate"]>[0]);
      } catch (error) {
        // grammY wraps middleware errors in BotError; unwrap so the webhook sees the real cause.
        throw error instanceof BotError ? error.error : error;
      }
    },
  };
}

/** Maps the rendered text of our reply-keyboard buttons (in every locale) back to their keys. */
function buildKeyboardLookup(t: Translator): (text: string) => KeyboardKey | undefined {
  const map = new Map<string, KeyboardKey>();
  for (const key of KEYBOARD_KEYS) for (const locale of LOCALES as readonly Locale[]) map.set(t.t(locale, key), key);
  return (text) => map.get(text);
}
