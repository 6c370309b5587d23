import { Telegraf, type Context, type Telegram } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import { unpackStaffButton } from "../../handlers/staff/callback.js";
import type { StaffEnvelope, StaffInput } from "../../handlers/staff/input.js";
import type { StaffService } from "../../handlers/staff/service.js";
import type { Translator } from "../../locales/index.js";
import { parseCommandText } from "../command.js";
import { personName } from "../names.js";
import { toastText, type BotCall } from "../render.js";
import { createUpdateOptions, type UpdateOptions } from "../update-options.js";
import { STAFF_RETRY, withCappedRetry, type RetryOptions } from "./retry.js";

/** What the staff adapter needs. */
export interface StaffBotDeps {
  token: string;
  botInfo: UserFromGetMe;
  apiRoot: string;
  service: StaffService;
  translator: Translator;
  log?: (event: string, data: Record<string, unknown>) => void;
  /** Bot API retry policy (default {@link STAFF_RETRY}). */
  retry?: RetryOptions;
  /** How long one Bot API call may take before it is abandoned (ms); default {@link BOT_API_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/**
 * One Bot API call's time limit. With two capped retries a call settles well
 * inside Telegram's webhook timeout, and delivery stops starting new calls
 * after its own budget (api/outbox.ts).
 */
export const BOT_API_TIMEOUT_MS = 8_000;

/** The staff bot as the webhook sees it. */
export interface StaffBot {
  /** Handles one update; throws (so the webhook answers 5xx) when it must be redelivered. With `defer`, notices to others finish after it resolves. */
  handleUpdate(update: unknown, options?: UpdateOptions): Promise<void>;
  /** Sends a rendered call with the staff bot's token (for notices outside a turn). */
  send(call: BotCall): Promise<unknown>;
}

/**
 * The Telegraf adapter: updates → domain envelopes → service → Bot API calls.
 * The webhook route checks the secret; botInfo is preset (no getMe).
 */
export function createStaffBot(deps: StaffBotDeps): StaffBot {
  const bot = new Telegraf(deps.token, { telegram: { apiRoot: deps.apiRoot, webhookReply: false } });
  bot.botInfo = deps.botInfo;
  // Every Bot API call gets the capped retry: replies and notices go through bot.telegram, answerCbQuery
  // through ctx.telegram (Telegraf makes a new instance per update).
  const timeoutMs = deps.timeoutMs ?? BOT_API_TIMEOUT_MS;
  const timed = (tg: Telegram): Telegram["callApi"] => {
    const call = tg.callApi.bind(tg);
    return ((method: string, payload: unknown, opts: { signal?: AbortSignal } = {}) =>
      call(method as never, payload as never, { signal: (opts.signal ?? AbortSignal.timeout(timeoutMs)) as never })) as Telegram["callApi"];
  };
  const retrying = (tg: Telegram) => void (tg.callApi = withCappedRetry(timed(tg), deps.retry ?? STAFF_RETRY) as Telegram["callApi"]);
  retrying(bot.telegram);
  bot.use((ctx, next) => {
    retrying(ctx.telegram);
    return next();
  });

  const send = async (call: BotCall): Promise<unknown> => {
    if (call.method === "sendDocument") return uploadDocument(deps.apiRoot, deps.token, call.payload, call.document, timeoutMs * 3);
    return bot.telegram.callApi(call.method, call.payload as never);
  };

  const perUpdate = createUpdateOptions();
  bot.use(async (ctx) => {
    const envelope = toEnvelope(ctx);
    if (!envelope) return;
    const { defer } = perUpdate.of(ctx.update);
    // The service commits the turn with its messages (outbox) and delivers them; the button is answered first.
    await deps.service.handle(envelope, {
      ...(ctx.callbackQuery && { acknowledge: (toast) => ctx.answerCbQuery(toast ? toastText(deps.translator, toast) : undefined) }),
      ...(defer && { defer }),
    });
  });

  // Telegraf logs and swallows by default in some paths; rethrow so the webhook answers 5xx and Telegram retries.
  bot.catch((error) => {
    throw error;
  });

  return {
    handleUpdate(update, options) {
      perUpdate.put(update, options);
      return bot.handleUpdate(update as Parameters<Telegraf["handleUpdate"]>[0]);
    },
    send,
  };
}

function toEnvelope(ctx: Context): StaffEnvelope | null {
  const from = ctx.from;
  const chatId = ctx.chat?.id ?? from?.id;
  if (!from || from.is_bot || chatId === undefined) return null;
  if (ctx.chat && ctx.chat.type !== "private") return null;
  let input: StaffInput;
  const cb = ctx.callbackQuery;
  const msg = ctx.message;
  // Unpacked here, by the staff codec: the domain never sees raw callback data.
  if (cb) input = { type: "button", button: unpackStaffButton("data" in cb ? cb.data : ""), ...(cb.message?.message_id !== undefined && { messageId: cb.message.message_id }) };
  else if (msg && "text" in msg) {
    const command = parseCommandText(msg.text);
    input = command ? { type: "command", ...command } : { type: "text", text: msg.text };
  } else if (msg) input = { type: "other" };
  else return null;
  return { updateId: ctx.update.update_id, chatId, user: { id: from.id, languageCode: from.language_code, firstName: personName(from.first_name, from.last_name), username: from.username }, input };
}

/** Thrown when the Bot API refuses a document upload; carries Telegram's status and description (never the token). */
export class DocumentUploadError extends Error {
  override name = "DocumentUploadError";
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(`sendDocument failed (${status}): ${description}`);
  }
}

/**
 * Uploads a document with fetch + FormData + Blob. Telegraf's own multipart
 * upload is built on Node streams, which workerd does not run reliably; this
 * works the same under Node and in a Worker.
 * @throws {DocumentUploadError} when Telegram answers with ok: false.
 */
export async function uploadDocument(apiRoot: string, token: string, payload: Record<string, unknown>, document: { filename: string; content: string; mime: string }, timeoutMs = 3 * BOT_API_TIMEOUT_MS): Promise<unknown> {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    if (value !== undefined) form.append(key, typeof value === "string" ? value : JSON.stringify(value));
  }
  form.append("document", new Blob([document.content], { type: `${document.mime}; charset=utf-8` }), document.filename);
  const res = await fetch(`${apiRoot}/bot${token}/sendDocument`, { method: "POST", body: form, signal: AbortSignal.timeout(timeoutMs) });
  const body = (await res.json().catch(() => ({ ok: false, description: "response is not JSON" }))) as { ok?: boolean; result?: unknown; description?: string };
  if (!body.ok) throw new DocumentUploadError(res.status, body.description ?? "unknown error");
  return body.result;
}
