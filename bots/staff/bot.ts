import { Telegraf, type Context, type Telegram } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import type { StaffEnvelope, StaffInput } from "../../handlers/staff/input.js";
import type { StaffService } from "../../handlers/staff/service.js";
import type { Translator } from "../../locales/index.js";
import { parseCommandText } from "../command.js";
import { isRetryableLater, renderReplies, type BotCall } from "../render.js";
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
  /** Keeps a reply Telegram refused for now, to be sent again later (see api/deferred.ts). */
  defer?: (call: BotCall) => Promise<void>;
}

/** The staff bot as the webhook sees it. */
export interface StaffBot {
  /** Handles one update; throws (so the webhook answers 5xx) when it must be redelivered. */
  handleUpdate(update: unknown): Promise<void>;
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
  const retrying = (tg: Telegram) => void (tg.callApi = withCappedRetry(tg.callApi.bind(tg), deps.retry ?? STAFF_RETRY) as Telegram["callApi"]);
  retrying(bot.telegram);
  bot.use((ctx, next) => {
    retrying(ctx.telegram);
    return next();
  });

  const send = async (call: BotCall): Promise<unknown> => {
    if (call.method === "sendDocument") return uploadDocument(deps.apiRoot, deps.token, call.payload, call.document);
    return bot.telegram.callApi(call.method, call.payload as never);
  };

  bot.use(async (ctx) => {
    const envelope = toEnvelope(ctx);
    if (!envelope) return;
    const turn = await deps.service.handle(envelope);
    if (ctx.callbackQuery) await ctx.answerCbQuery().catch(() => undefined);
    if (turn.outcome !== "handled") return;
    for (const call of renderReplies(deps.translator, turn.locale, envelope.chatId, turn.replies)) {
      await send(call).catch(async (error: unknown) => {
        deps.log?.("reply-failed", { method: call.method, error: String(error) });
        // Telegram said "not now" (429/5xx after the retries): keep the reply and send it on the next sweep.
        if (isRetryableLater(error)) await deps.defer?.(call).catch(() => undefined);
      });
    }
  });

  // Telegraf logs and swallows by default in some paths; rethrow so the webhook answers 5xx and Telegram retries.
  bot.catch((error) => {
    throw error;
  });

  return { handleUpdate: (update) => bot.handleUpdate(update as Parameters<Telegraf["handleUpdate"]>[0]), send };
}

function toEnvelope(ctx: Context): StaffEnvelope | null {
  const from = ctx.from;
  const chatId = ctx.chat?.id ?? from?.id;
  if (!from || from.is_bot || chatId === undefined) return null;
  if (ctx.chat && ctx.chat.type !== "private") return null;
  let input: StaffInput;
  const cb = ctx.callbackQuery;
  const msg = ctx.message;
  if (cb) input = { type: "button", action: "data" in cb ? cb.data : "" };
  else if (msg && "text" in msg) {
    const command = parseCommandText(msg.text);
    input = command ? { type: "command", ...command } : { type: "text", text: msg.text };
  } else if (msg) input = { type: "other" };
  else return null;
  return { updateId: ctx.update.update_id, chatId, user: { id: from.id, languageCode: from.language_code, firstName: from.first_name, username: from.username }, input };
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
export async function uploadDocument(apiRoot: string, token: string, payload: Record<string, unknown>, document: { filename: string; content: string; mime: string }): Promise<unknown> {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    if (value !== undefined) form.append(key, typeof value === "string" ? value : JSON.stringify(value));
  }
  form.append("document", new Blob([document.content], { type: `${document.mime}; charset=utf-8` }), document.filename);
  const res = await fetch(`${apiRoot}/bot${token}/sendDocument`, { method: "POST", body: form });
  const body = (await res.json().catch(() => ({ ok: false, description: "response is not JSON" }))) as { ok?: boolean; result?: unknown; description?: string };
  if (!body.ok) throw new DocumentUploadError(res.status, body.description ?? "unknown error");
  return body.result;
}
