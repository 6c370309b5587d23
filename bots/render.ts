import { CALLBACK_DATA_MAX_BYTES, CallbackDataTooLongError } from "../handlers/callback-data.js";
import type { Locale } from "../handlers/locale.js";
import type { Reply } from "../handlers/replies.js";
import { SafeText, type Translator } from "../locales/index.js";

/** A Bot API call as plain data, so both adapters (grammY and Telegraf) send the same thing. */
export type BotCall =
  | { method: "sendMessage"; payload: Record<string, unknown> }
  | { method: "sendPhoto"; payload: Record<string, unknown> }
  | { method: "sendLocation"; payload: Record<string, unknown> }
  | { method: "sendDocument"; payload: Record<string, unknown>; document: { filename: string; content: string; mime: string } }
  | { method: "editMessageText"; payload: Record<string, unknown> }
  | { method: "editMessageReplyMarkup"; payload: Record<string, unknown> }
  | { method: "setMyCommands"; payload: Record<string, unknown> }
  | { method: "deleteMyCommands"; payload: Record<string, unknown> };

export { CALLBACK_DATA_MAX_BYTES, CallbackDataTooLongError };

/** Telegram's limits. */
const MESSAGE_MAX = 4096;
const CAPTION_MAX = 1024;

/** Cuts text to Telegram's limit without leaving a broken HTML entity or tag behind; the result, closing tags included, fits `max`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let room = max - 1;
  for (;;) {
    let cut = text.slice(0, room);
    // Never half of a surrogate pair, a tag or an entity.
    if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
    cut = cut.replace(/<[^>]*$/, "").replace(/&[a-z#0-9]*$/i, "");
    // Close any tag left open by the cut.
    const open: string[] = [];
    for (const m of cut.matchAll(/<(\/?)([a-z]+)[^>]*>/gi)) {
      if (m[1]) open.pop();
      else open.push(m[2]!.toLowerCase());
    }
    const out = `${cut}…${open.reverse().map((t) => `</${t}>`).join("")}`;
    if (out.length <= max || room <= 0) return out;
    room -= out.length - max;
  }
}

/** Renders one domain reply into the Bot API calls that show it in `chatId`. */
export function renderReply(t: Translator, locale: Locale, chatId: number, r: Reply): BotCall[] {
  const parts: Record<string, SafeText> = {};
  for (const [name, part] of Object.entries(r.parts ?? {})) {
    parts[name] = new SafeText(part.items.map((p) => t.t(locale, p.key, p.args)).join(part.separator ?? "; "));
  }
  const text = [t.t(locale, r.key, { ...r.args, ...parts }), ...(r.lines ?? []).map((l) => t.t(locale, l.key, l.args))].join("\n");
  let reply_markup: Record<string, unknown> | undefined;
  if (r.buttons?.length) {
    reply_markup = {
      inline_keyboard: r.buttons.map((row) =>
        row.map((b) => {
          if (new TextEncoder().encode(b.action).length > CALLBACK_DATA_MAX_BYTES) throw new CallbackDataTooLongError(b.action);
          return { text: t.t(locale, b.key, b.args), callback_data: b.action };
        }),
      ),
    };
  } else if (r.request) {
    const ask = r.request.kind === "contact" ? { request_contact: true } : { request_location: true };
    reply_markup = {
      keyboard: [[{ text: t.t(locale, r.request.key), ...ask }], [{ text: t.t(locale, r.request.cancelKey) }]],
      resize_keyboard: true,
      one_time_keyboard: true,
    };
  } else if (r.removeKeyboard) {
    reply_markup = { remove_keyboard: true };
  }
  const calls: BotCall[] = [];
  if (r.menu) {
    // The menu first, so it is in place when the person reads the message about it.
    const scope = { type: "chat", chat_id: chatId };
    calls.push(r.menu.length ? { method: "setMyCommands", payload: { scope, commands: r.menu.map((c) => ({ command: c.command, description: t.t(locale, c.key).slice(0, 256) })) } } : { method: "deleteMyCommands", payload: { scope } });
  }
  if (r.photo) {
    calls.push({ method: "sendPhoto", payload: { chat_id: chatId, photo: r.photo, caption: clip(text, CAPTION_MAX), parse_mode: "HTML", ...(reply_markup && { reply_markup }) } });
  } else if (r.document) {
    calls.push({ method: "sendDocument", payload: { chat_id: chatId, caption: clip(text, CAPTION_MAX), parse_mode: "HTML" }, document: r.document });
  } else {
    calls.push({ method: "sendMessage", payload: { chat_id: chatId, text: clip(text, MESSAGE_MAX), parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(reply_markup && { reply_markup }) } });
  }
  if (r.location) calls.push({ method: "sendLocation", payload: { chat_id: chatId, latitude: r.location.latitude, longitude: r.location.longitude } });
  return calls;
}

/**
 * Renders a turn's replies and folds a plain text message into the message
 * after it ("Added to your item." + the next question become one message).
 * Every Bot API call costs the resident a notification and us a round trip;
 * a reply-keyboard removal folds too when the next message sets a new one.
 */
export function renderReplies(t: Translator, locale: Locale, chatId: number, replies: Reply[], origin?: { messageId: number; clearKeyboard?: boolean }): BotCall[] {
  const out: BotCall[] = [];
  let edited = false;
  for (const r of replies) {
    if (r.edit && origin && !edited && !r.photo && !r.document) {
      // The pressed message becomes this reply (text and keyboard); a pin still follows as its own message.
      const [first, ...rest] = renderReply(t, locale, chatId, { ...r, edit: false });
      // An edit can carry only an inline keyboard (none = the old one goes).
      const { reply_markup: markup, ...payload } = first!.payload as { reply_markup?: { inline_keyboard?: unknown } };
      // Said explicitly when it has none: the used keyboard goes with the edit.
      out.push({ method: "editMessageText", payload: { ...payload, message_id: origin.messageId, reply_markup: markup?.inline_keyboard !== undefined ? markup : { inline_keyboard: [] } } });
      out.push(...rest);
      edited = true;
      continue;
    }
    for (const call of renderReply(t, locale, chatId, r)) {
      const prev = out.at(-1);
      if (prev && canFold(prev, call)) {
        const text = `${String(prev.payload.text)}\n\n${String(call.payload.text)}`;
        if (text.length <= MESSAGE_MAX) {
          out[out.length - 1] = { method: "sendMessage", payload: { ...call.payload, text } };
          continue;
        }
      }
      out.push(call);
    }
  }
  if (origin?.clearKeyboard && !edited) out.unshift({ method: "editMessageReplyMarkup", payload: { chat_id: chatId, message_id: origin.messageId, reply_markup: { inline_keyboard: [] } } });
  return out;
}

/** A callback answer's text: plain (no HTML), at most Telegram's 200 characters. */
export function toastText(t: Translator, toast: { reply: Reply; locale: Locale }): string {
  const html = t.t(toast.locale, toast.reply.key, toast.reply.args);
  const plain = html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return plain.length <= 200 ? plain : `${plain.slice(0, 199)}…`;
}

/** The message to send instead when an edit is refused for good (too old, deleted): the same text and keyboard. */
export function asNewMessage(call: BotCall): BotCall | null {
  if (call.method !== "editMessageText") return null;
  const { message_id: _drop, ...payload } = call.payload;
  return { method: "sendMessage", payload };
}

function canFold(prev: BotCall, next: BotCall): boolean {
  if (prev.method !== "sendMessage" || next.method !== "sendMessage") return false;
  const markup = prev.payload.reply_markup as Record<string, unknown> | undefined;
  if (!markup) return true;
  const nextMarkup = next.payload.reply_markup as Record<string, unknown> | undefined;
  return markup.remove_keyboard === true && nextMarkup?.keyboard !== undefined;
}

/**
 * True when Telegram answered that the call failed for now (429, 5xx) — so
 * sending it later cannot double it. A network error is not: the message may
 * have gone out. Reads grammY's `error_code` and Telegraf's `response.error_code`.
 */
export function isRetryableLater(error: unknown): boolean {
  const e = error as { error_code?: unknown; response?: { error_code?: unknown } } | null;
  const code = typeof e?.error_code === "number" ? e.error_code : typeof e?.response?.error_code === "number" ? e.response.error_code : undefined;
  return code === 429 || (code !== undefined && code >= 500);
}
