import type { Context } from "grammy";
import type { ResidentEnvelope, ResidentInput } from "../../handlers/resident/input.js";
import { clipUnits, NAME_MAX, PHONE_MAX } from "../../handlers/items/model.js";
import { unpackResidentButton } from "../../handlers/resident/callback.js";
import type { KeyboardKey } from "../../handlers/resident/prompts.js";
import { parseCommandText } from "../command.js";
import { personName } from "../names.js";

/** Telegram's own caption limit; anything longer is not from Telegram. */
const CAPTION_MAX = 1024;

/** Message kinds we answer kindly but cannot take (stickers, voice, files…). */
const UNSUPPORTED = ["sticker", "voice", "video", "video_note", "audio", "document", "animation", "poll", "dice", "game", "venue", "story", "invoice"] as const;

/**
 * Translates a grammY context into the domain's envelope; null for updates the
 * resident bot ignores (edits, membership changes, groups…).
 * `keyboardKey` recognises the text of our own reply-keyboard buttons.
 */
export function toEnvelope(ctx: Context, keyboardKey: (text: string) => KeyboardKey | undefined): ResidentEnvelope | null {
  const from = ctx.from;
  const chatId = ctx.chat?.id ?? from?.id;
  if (!from || from.is_bot || chatId === undefined) return null;
  if (ctx.chat && ctx.chat.type !== "private") return null;
  const input = toInput(ctx, keyboardKey);
  if (!input) return null;
  return {
    updateId: ctx.update.update_id,
    chatId,
    // Limits at entry, the same as the stored model's: nothing accepted here can later fail to parse.
    user: { id: from.id, languageCode: from.language_code?.slice(0, 35), firstName: from.first_name === undefined ? undefined : clipUnits(from.first_name, NAME_MAX) },
    input,
  };
}

function toInput(ctx: Context, keyboardKey: (text: string) => KeyboardKey | undefined): ResidentInput | null {
  if (ctx.callbackQuery) {
    const messageId = ctx.callbackQuery.message?.message_id;
    // Unpacked here, by the resident codec: the domain never sees raw callback data.
    return { type: "button", button: unpackResidentButton(ctx.callbackQuery.data ?? ""), ...(messageId !== undefined && { messageId }) };
  }
  const msg = ctx.message;
  if (!msg) return null;
  if (msg.text !== undefined) {
    const command = parseCommandText(msg.text);
    if (command) return { type: "command", ...command };
    const key = keyboardKey(msg.text);
    if (key) return { type: "keyboard", key };
    return { type: "text", text: msg.text };
  }
  if (msg.photo && msg.photo.length > 0) {
    const largest = msg.photo[msg.photo.length - 1]!;
    return { type: "photo", fileId: largest.file_id.slice(0, 300), caption: msg.caption === undefined ? undefined : clipUnits(msg.caption, CAPTION_MAX) };
  }
  if (msg.location && !msg.venue) return { type: "location", latitude: msg.location.latitude, longitude: msg.location.longitude };
  if (msg.contact) {
    const name = personName(msg.contact.first_name, msg.contact.last_name);
    return { type: "contact", phone: clipUnits(msg.contact.phone_number, PHONE_MAX), name: clipUnits(name, NAME_MAX), ownContact: msg.contact.user_id === ctx.from?.id };
  }
  const kind = UNSUPPORTED.find((k) => k in msg) ?? "other";
  return { type: "unsupported", kind };
}
