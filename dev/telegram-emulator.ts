/**
 * A local Telegram: the Bot API the bots call (through `TELEGRAM_API_ROOT`)
 * and the user side that a Telegram client would drive, in one process.
 *
 * - Bot API per token: sendMessage/sendPhoto/sendLocation/sendDocument,
 *   answerCallbackQuery, editMessageText/ReplyMarkup/Caption, deleteMessage,
 *   getFile (+ file download), setWebhook/getWebhookInfo/deleteWebhook,
 *   setMyCommands/getMyCommands, getMe, getUpdates. Parameters may come as
 *   JSON, form or multipart (uploads are stored and downloadable). HTML is
 *   parsed into entities exactly where Telegram would, and refused where
 *   Telegram would refuse it.
 * - Per-chat history with Telegram's per-chat message ids, the chat's
 *   current reply keyboard, and the files sent.
 * - User actions (text, commands, button presses, contact, location, photo)
 *   become updates with increasing update_ids, POSTed to the bot's webhook
 *   with `X-Telegram-Bot-Api-Secret-Token`, retried on failure like Telegram
 *   (a few times, not for hours), one at a time per chat.
 * - Every change is an {@link EmulatorEvent}, for the playground page (SSE).
 *
 * A development tool: nothing under api/, bots/ or handlers/ imports it.
 */
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RecordedCall } from "./fake-telegram.js";
import { EntityParseError, parseTelegramHtml, type MessageEntity } from "./playground/telegram-html.js";

export type { MessageEntity } from "./playground/telegram-html.js";

// ---------------------------------------------------------------------------
// Telegram shapes (the subset the emulator produces)
// ---------------------------------------------------------------------------

/** A Telegram user as the emulator knows it; `phone_number` is what "share contact" sends. */
export interface EmulatorUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  phone_number?: string;
}

/** A bot the emulator serves: its token and getMe answer. */
export interface EmulatorBotConfig {
  /** Short name used by the user-side API and the page ("resident", "staff"). */
  name: string;
  token: string;
  info: { id: number; first_name: string; username: string };
}

/** An inline keyboard button. */
export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

/** A reply keyboard button. */
export interface KeyboardButton {
  text: string;
  request_contact?: boolean;
  request_location?: boolean;
}

/** A chat's reply keyboard, as the client shows it. */
export interface ReplyKeyboard {
  keyboard: KeyboardButton[][];
  one_time_keyboard?: boolean;
  resize_keyboard?: boolean;
  input_field_placeholder?: string;
}

/** One size of a photo. */
export interface PhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size: number;
}

/** A message in a chat, in Telegram's Message shape plus which side sent it. */
export interface ChatMessage {
  message_id: number;
  date: number;
  /** Who sent it: the person (user) or the bot. Not part of Telegram's Message. */
  side: "user" | "bot";
  from: { id: number; is_bot: boolean; first_name: string; last_name?: string; username?: string; language_code?: string };
  chat: { id: number; type: "private"; first_name?: string; last_name?: string; username?: string };
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  photo?: PhotoSize[];
  location?: { latitude: number; longitude: number };
  contact?: { phone_number: string; first_name: string; last_name?: string; user_id?: number };
  document?: { file_id: string; file_unique_id: string; file_name: string; mime_type: string; file_size: number };
  reply_markup?: { inline_keyboard: InlineButton[][] };
  edit_date?: number;
  /** What this bot message did to the chat's reply keyboard. Not part of Telegram's Message. */
  keyboard?: ReplyKeyboard | { remove_keyboard: true };
}

/** A stored file (uploaded photo, sent document, the sample photo). */
export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  mime: string;
  name: string;
  bytes: Buffer;
  width?: number;
  height?: number;
}

/** The outcome of delivering one update to a webhook. */
export interface Delivery {
  bot: string;
  update_id: number;
  chatId: number;
  ok: boolean;
  /** HTTP status of the last attempt (0 = no webhook or a network error). */
  status: number;
  attempts: number;
  ms: number;
  error?: string;
}

/** What a user action returns once the bot has handled it (the webhook answered). */
export interface ActionResult {
  update_id: number;
  /** The user's own message (absent for a button press). */
  message?: ChatMessage;
  delivery: Delivery;
  /** The bot's answerCallbackQuery, for a button press. */
  answer?: { text?: string; show_alert?: boolean } | null;
  /** Messages the bot sent in this chat while handling the update. */
  replies: ChatMessage[];
}

/** What changed, for the page. `seq` grows by one per event. */
export type EmulatorEvent = { seq: number; bot: string; chatId: number } & (
  | { type: "message"; message: ChatMessage }
  | { type: "edit"; message: ChatMessage }
  | { type: "delete"; message_id: number }
  | { type: "keyboard"; keyboard: ReplyKeyboard | null }
  | { type: "callback_answer"; callback_query_id: string; message_id: number; text?: string; show_alert?: boolean }
  | { type: "delivery"; delivery: Delivery }
  | { type: "api_error"; method: string; description: string }
);

/** A distributive Omit, so each event kind keeps its own fields. */
type EventInput = EmulatorEvent extends infer E ? (E extends EmulatorEvent ? Omit<E, "seq"> : never) : never;

/** A chat as the page sees it. */
export interface ChatView {
  bot: string;
  chatId: number;
  messages: ChatMessage[];
  keyboard: ReplyKeyboard | null;
}

/** Options for {@link startTelegramEmulator}. */
export interface EmulatorOptions {
  bots: EmulatorBotConfig[];
  /** Port on 127.0.0.1; 0 = a free port. */
  port?: number;
  /** The photo a user "takes" when none is given (bytes, type, size). */
  samplePhoto?: { bytes: Buffer; mime: string; width: number; height: number; name?: string };
  /** Redeliveries after a failed attempt. Telegram retries for hours; default 3. */
  retries?: number;
  /** Delay before the first redelivery, doubled each time. Default 300 ms. */
  retryDelayMs?: number;
  /** Per-attempt webhook timeout. Default 30 s. */
  webhookTimeoutMs?: number;
}

/** The running emulator. */
export interface TelegramEmulator {
  /** Bot API root for `TELEGRAM_API_ROOT`. */
  url: string;
  /** Every Bot API call received, in order (same shape as dev/fake-telegram.ts). */
  calls: RecordedCall[];
  bots: readonly EmulatorBotConfig[];
  /** Sets a bot's webhook directly (the same as the bot calling setWebhook). */
  setWebhook(bot: string, hook: { url: string; secret_token?: string; allowed_updates?: string[] }): void;
  /** The webhook a bot set, if any. */
  webhook(bot: string): { url: string; secret_token?: string; allowed_updates?: string[] } | null;
  /** The commands a bot set for a language (falling back to the default list). */
  commands(bot: string, languageCode?: string): Array<{ command: string; description: string }>;
  /** A chat's history and current reply keyboard. */
  chat(bot: string, chatId: number): ChatView;
  /** Every chat with at least one message. */
  chats(): Array<{ bot: string; chatId: number; count: number }>;
  file(fileId: string): StoredFile | undefined;
  /** Stores bytes as a file and returns it (e.g. an uploaded photo). */
  addFile(bytes: Buffer, mime: string, name: string, size?: { width: number; height: number }): StoredFile;

  sendText(bot: string, user: EmulatorUser, text: string): Promise<ActionResult>;
  /** Sends a photo: the sample photo unless `fileId` or `bytes` is given. */
  sendPhoto(bot: string, user: EmulatorUser, opts?: { caption?: string; fileId?: string; bytes?: Buffer; mime?: string }): Promise<ActionResult>;
  sendLocation(bot: string, user: EmulatorUser, location: { latitude: number; longitude: number }): Promise<ActionResult>;
  /** Shares a contact: the user's own (with their phone_number) unless another is given. */
  sendContact(bot: string, user: EmulatorUser, contact?: ChatMessage["contact"]): Promise<ActionResult>;
  /** Presses an inline button of a bot message (sends a callback_query carrying that message). */
  pressButton(bot: string, user: EmulatorUser, messageId: number, data: string): Promise<ActionResult>;
  /**
   * Presses a button of the chat's reply keyboard, as a client would: a
   * request_contact button shares the contact, request_location sends `location`,
   * any other button sends its text.
   */
  pressKeyboardButton(bot: string, user: EmulatorUser, text: string, location?: { latitude: number; longitude: number }): Promise<ActionResult>;

  /** Subscribes to events; returns the unsubscribe function. */
  subscribe(listener: (e: EmulatorEvent) => void): () => void;
  /** Events after `seq` still in the buffer (for SSE resume). */
  eventsSince(seq: number): EmulatorEvent[];
  /** Calls of one method, optionally for one token and chat. */
  sent(filter?: { method?: string; token?: string; chatId?: number }): RecordedCall[];
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Request parsing
// ---------------------------------------------------------------------------

/** A file part of a multipart request. */
interface Upload {
  filename: string;
  mime: string;
  bytes: Buffer;
}

type Params = Record<string, unknown>;

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}
const bad = (description: string): never => {
  throw new ApiError(400, `Bad Request: ${description}`);
};

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Binary-safe multipart/form-data: fields as strings, files as uploads. */
function parseMultipart(raw: Buffer, boundary: string): Params {
  const out: Params = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = raw.indexOf(delimiter);
  while (pos >= 0) {
    const start = pos + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === "--") break;
    const next = raw.indexOf(delimiter, start);
    if (next < 0) break;
    const part = raw.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const body = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      const mime = /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream";
      if (name !== undefined) out[name] = filename !== undefined ? ({ filename, mime, bytes: Buffer.from(body) } satisfies Upload) : body.toString("utf8");
    }
    pos = next;
  }
  return out;
}

async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  const raw = await readRaw(req);
  if (raw.length === 0) return params;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) {
    try {
      return { ...params, ...(JSON.parse(raw.toString("utf8")) as Params) };
    } catch {
      return bad("can't parse JSON object");
    }
  }
  if (type.includes("multipart/form-data")) {
    const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
    return boundary ? { ...params, ...parseMultipart(raw, boundary) } : params;
  }
  if (type.includes("application/x-www-form-urlencoded")) return { ...params, ...Object.fromEntries(new URLSearchParams(raw.toString("utf8"))) };
  return params;
}

/** A parameter that may arrive as JSON (object) or as a JSON string (form, multipart). */
function jsonParam<T>(p: Params, name: string): T | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "string") return v as T;
  try {
    return JSON.parse(v) as T;
  } catch {
    return bad(`can't parse ${name} JSON object`);
  }
}

function numParam(p: Params, name: string, required = true): number | undefined {
  const v = p[name];
  if (v === undefined || v === "") return required ? bad(`${name} is empty`) : undefined;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n)) return bad(`invalid ${name} specified`);
  return n;
}

function strParam(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  return typeof v === "string" ? v : String(v);
}

const byteLength = (s: string) => Buffer.byteLength(s, "utf8");
const now = () => Math.floor(Date.now() / 1000);
const newFileId = (prefix: string) => `${prefix}${randomBytes(24).toString("base64url")}`;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The body of a message after parse_mode: plain text and entities. */
function formatted(text: string, parseMode: string | undefined, entities: MessageEntity[] | undefined): { text: string; entities?: MessageEntity[] } {
  if (parseMode === undefined || parseMode === "") return entities?.length ? { text, entities } : { text };
  if (parseMode.toUpperCase() !== "HTML") {
    // The bots only use HTML; show other modes verbatim rather than guess at them.
    return { text };
  }
  try {
    const parsed = parseTelegramHtml(text);
    return parsed.entities.length ? parsed : { text: parsed.text };
  } catch (e) {
    if (e instanceof EntityParseError) return bad(`can't parse entities: ${e.message}`);
    throw e;
  }
}

function validateInlineKeyboard(markup: unknown): { inline_keyboard: InlineButton[][] } | undefined {
  const kb = (markup as { inline_keyboard?: unknown })?.inline_keyboard;
  if (!Array.isArray(kb)) return undefined;
  for (const row of kb) {
    if (!Array.isArray(row)) bad("can't parse inline keyboard: field \"inline_keyboard\" must be an Array of Array");
    for (const b of row as InlineButton[]) {
      if (!b || typeof b.text !== "string" || b.text === "") bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      if (b.callback_data === undefined && b.url === undefined) bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      if (b.callback_data !== undefined && (byteLength(b.callback_data) === 0 || byteLength(b.callback_data) > 64)) bad("BUTTON_DATA_INVALID");
    }
  }
  return { inline_keyboard: kb as InlineButton[][] };
}

function normaliseKeyboard(markup: unknown): ReplyKeyboard | { remove_keyboard: true } | undefined {
  const m = markup as { keyboard?: unknown; remove_keyboard?: boolean; one_time_keyboard?: boolean; resize_keyboard?: boolean; input_field_placeholder?: string } | undefined;
  if (m?.remove_keyboard) return { remove_keyboard: true };
  if (!Array.isArray(m?.keyboard)) return undefined;
  const keyboard = (m.keyboard as unknown[]).map((row) => {
    if (!Array.isArray(row)) return bad("can't parse reply keyboard markup JSON object");
    return row.map((b) => (typeof b === "string" ? { text: b } : (b as KeyboardButton)));
  });
  return { keyboard, one_time_keyboard: m.one_time_keyboard, resize_keyboard: m.resize_keyboard, input_field_placeholder: m.input_field_placeholder };
}

/** A Telegram Message without the emulator's own fields. */
function telegramMessage(m: ChatMessage): Omit<ChatMessage, "side" | "keyboard"> {
  const { side: _side, keyboard: _keyboard, ...rest } = m;
  return rest;
}

// ---------------------------------------------------------------------------
// The emulator
// ---------------------------------------------------------------------------

interface ChatState {
  bot: string;
  chatId: number;
  messages: ChatMessage[];
  lastMessageId: number;
  keyboard: ReplyKeyboard | null;
  user: EmulatorUser | null;
  /** Updates to this chat are delivered one after another. */
  queue: Promise<unknown>;
}

interface BotState {
  config: EmulatorBotConfig;
  webhook: { url: string; secret_token?: string; allowed_updates?: string[] } | null;
  commands: Map<string, Array<{ command: string; description: string }>>;
  lastUpdateId: number;
  /** Updates kept for getUpdates while no webhook is set. */
  pending: unknown[];
}

const EVENT_BUFFER = 5000;

/**
 * Starts the emulator on 127.0.0.1. Point both bots' `TELEGRAM_API_ROOT` at
 * `url`, set their webhooks (or let the app's setup call setWebhook), then
 * drive it with the user-side methods or through the playground page.
 */
export async function startTelegramEmulator(opts: EmulatorOptions): Promise<TelegramEmulator> {
  const retries = opts.retries ?? 3;
  const retryDelayMs = opts.retryDelayMs ?? 300;
  const webhookTimeoutMs = opts.webhookTimeoutMs ?? 30_000;
  const calls: RecordedCall[] = [];
  const bots = new Map<string, BotState>();
  const byToken = new Map<string, BotState>();
  // Telegram's update ids are large and only ever grow; start somewhere unlikely to meet an old one.
  const updateBase = 100_000 + Math.floor(Math.random() * 100_000_000);
  for (const config of opts.bots) {
    const state: BotState = { config, webhook: null, commands: new Map(), lastUpdateId: updateBase, pending: [] };
    bots.set(config.name, state);
    byToken.set(config.token, state);
  }
  const chatsByKey = new Map<string, ChatState>();
  const files = new Map<string, StoredFile>();
  const callbacks = new Map<string, { bot: string; chatId: number; messageId: number; answered: boolean; answer: { text?: string; show_alert?: boolean } | null }>();
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const buffer: EmulatorEvent[] = [];
  let seq = 0;
  let fileCounter = 0;

  const emit = (e: EventInput): void => {
    const event = { ...e, seq: ++seq } as EmulatorEvent;
    buffer.push(event);
    if (buffer.length > EVENT_BUFFER) buffer.splice(0, buffer.length - EVENT_BUFFER);
    emitter.emit("event", event);
  };

  const botState = (name: string): BotState => {
    const b = bots.get(name);
    if (!b) throw new Error(`unknown bot ${name}; known: ${[...bots.keys()].join(", ")}`);
    return b;
  };

  const chatState = (bot: string, chatId: number): ChatState => {
    const key = `${bot}:${chatId}`;
    let c = chatsByKey.get(key);
    if (!c) {
      c = { bot, chatId, messages: [], lastMessageId: 0, keyboard: null, user: null, queue: Promise.resolve() };
      chatsByKey.set(key, c);
    }
    return c;
  };

  const addFile = (bytes: Buffer, mime: string, name: string, size?: { width: number; height: number }): StoredFile => {
    const kind = mime.startsWith("image/") ? "photos" : "documents";
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1] ?? (mime.split("/")[1] ?? "bin").replace(/[^a-z0-9]/gi, "");
    const file: StoredFile = {
      file_id: newFileId(kind === "photos" ? "AgACAgUAAxk" : "BQACAgUAAxk"),
      file_unique_id: randomBytes(8).toString("base64url"),
      file_path: `${kind}/file_${++fileCounter}.${ext}`,
      mime,
      name,
      bytes,
      ...size,
    };
    files.set(file.file_id, file);
    return file;
  };

  const sample = opts.samplePhoto;
  const photoSizes = (f: StoredFile): PhotoSize[] => {
    const w = f.width ?? 1280;
    const h = f.height ?? 960;
    // Telegram offers several sizes; bots take the last (largest). One stored file serves all.
    return [
      { file_id: f.file_id, file_unique_id: `${f.file_unique_id}s`, width: Math.round(w / 4), height: Math.round(h / 4), file_size: Math.round(f.bytes.length / 8) },
      { file_id: f.file_id, file_unique_id: f.file_unique_id, width: w, height: h, file_size: f.bytes.length },
    ];
  };

  // -- bot side ---------------------------------------------------------------

  const botMessage = (bot: BotState, chatId: number, fields: Partial<ChatMessage>): ChatMessage => {
    const chat = chatState(bot.config.name, chatId);
    const msg: ChatMessage = {
      message_id: ++chat.lastMessageId,
      date: now(),
      side: "bot",
      from: { id: bot.config.info.id, is_bot: true, first_name: bot.config.info.first_name, username: bot.config.info.username },
      chat: { id: chatId, type: "private", ...(chat.user && { first_name: chat.user.first_name }) },
      ...fields,
    };
    chat.messages.push(msg);
    emit({ type: "message", bot: bot.config.name, chatId, message: msg });
    if (msg.keyboard) {
      chat.keyboard = "remove_keyboard" in msg.keyboard ? null : msg.keyboard;
      emit({ type: "keyboard", bot: bot.config.name, chatId, keyboard: chat.keyboard });
    }
    return msg;
  };

  const targetChat = (bot: BotState, p: Params): number => {
    const raw = p.chat_id;
    if (typeof raw === "string" && raw.startsWith("@")) return bad("chat not found");
    const id = numParam(p, "chat_id")!;
    if (!Number.isInteger(id) || id === 0) return bad("chat not found");
    return id;
  };

  const markupFields = (p: Params): Pick<ChatMessage, "reply_markup" | "keyboard"> => {
    const markup = jsonParam<unknown>(p, "reply_markup");
    if (markup === undefined) return {};
    const inline = validateInlineKeyboard(markup);
    if (inline) return { reply_markup: inline };
    const keyboard = normaliseKeyboard(markup);
    return keyboard ? { keyboard } : {};
  };

  const resolveFile = (p: Params, field: string, defaultName: string): StoredFile => {
    const v = p[field];
    if (v && typeof v === "object" && "bytes" in (v as Upload)) {
      const u = v as Upload;
      return addFile(u.bytes, u.mime, u.filename || defaultName);
    }
    if (typeof v === "string" && v) {
      const known = files.get(v);
      if (known) return known;
      if (/^https?:\/\//.test(v)) return bad("wrong file identifier/HTTP URL specified (the offline emulator fetches no URLs)");
      // attach://name refers to another multipart part
      const attached = /^attach:\/\/(.+)$/.exec(v)?.[1];
      if (attached && p[attached] && typeof p[attached] === "object") return resolveFile(p, attached, defaultName);
    }
    return bad("wrong file identifier/HTTP URL specified");
  };

  const caption = (p: Params): Pick<ChatMessage, "caption" | "caption_entities"> => {
    const text = strParam(p, "caption");
    if (!text) return {};
    const f = formatted(text, strParam(p, "parse_mode"), jsonParam(p, "caption_entities"));
    if (f.text.length > 1024) bad("message caption is too long");
    return { caption: f.text, ...(f.entities && { caption_entities: f.entities }) };
  };

  const findBotMessage = (bot: BotState, p: Params): ChatMessage => {
    const chatId = targetChat(bot, p);
    const messageId = numParam(p, "message_id")!;
    const msg = chatsByKey.get(`${bot.config.name}:${chatId}`)?.messages.find((m) => m.message_id === messageId);
    if (!msg) return bad("message to edit not found");
    if (msg.side !== "bot") return bad("message can't be edited");
    return msg;
  };

  /** Applies an edit; a field given as undefined is removed (Telegram drops the keyboard unless it is sent again). */
  const editMessage = (bot: BotState, msg: ChatMessage, change: Partial<Pick<ChatMessage, "text" | "entities" | "caption" | "caption_entities" | "reply_markup">>): ChatMessage => {
    const next: ChatMessage = { ...msg };
    for (const [field, value] of Object.entries(change) as Array<[keyof typeof change, unknown]>) {
      if (value === undefined) delete next[field];
      else (next as unknown as Record<string, unknown>)[field] = value;
    }
    const content = (m: ChatMessage) => JSON.stringify([m.text, m.entities, m.caption, m.caption_entities, m.reply_markup]);
    if (content(next) === content(msg)) {
      bad("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    next.edit_date = now();
    const chat = chatState(bot.config.name, msg.chat.id);
    chat.messages[chat.messages.indexOf(msg)] = next;
    emit({ type: "edit", bot: bot.config.name, chatId: msg.chat.id, message: next });
    return next;
  };

  async function callMethod(bot: BotState, method: string, p: Params): Promise<unknown> {
    switch (method.toLowerCase()) {
      case "getme":
        return { ...bot.config.info, is_bot: true, can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
      case "setwebhook": {
        const url = strParam(p, "url") ?? "";
        const secret = strParam(p, "secret_token");
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) bad("secret token contains unallowed characters");
        if (url === "") {
          bot.webhook = null;
          return true;
        }
        if (!/^https?:\/\//.test(url)) bad("invalid webhook URL specified");
        bot.webhook = { url, ...(secret && { secret_token: secret }), ...(jsonParam<string[]>(p, "allowed_updates") && { allowed_updates: jsonParam<string[]>(p, "allowed_updates") }) };
        if (p.drop_pending_updates === true || p.drop_pending_updates === "true") bot.pending.length = 0;
        return true;
      }
      case "deletewebhook":
        bot.webhook = null;
        return true;
      case "getwebhookinfo":
        return { url: bot.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: bot.pending.length, max_connections: 40, ...(bot.webhook?.allowed_updates && { allowed_updates: bot.webhook.allowed_updates }) };
      case "getupdates": {
        if (bot.webhook) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        return bot.pending.splice(0);
      }
      case "setmycommands": {
        const commands = jsonParam<Array<{ command: string; description: string }>>(p, "commands") ?? bad("commands must be non-empty");
        for (const c of commands) if (!/^[a-z0-9_]{1,32}$/.test(c.command) || !c.description || c.description.length > 256) bad("BOT_COMMAND_INVALID");
        bot.commands.set(strParam(p, "language_code") ?? "", commands);
        return true;
      }
      case "getmycommands":
        return bot.commands.get(strParam(p, "language_code") ?? "") ?? [];
      case "deletemycommands":
        bot.commands.delete(strParam(p, "language_code") ?? "");
        return true;
      case "setmydescription":
      case "setmyshortdescription":
      case "setmyname":
      case "setchatmenubutton":
      case "sendchataction":
        return true;
      case "sendmessage": {
        const chatId = targetChat(bot, p);
        const raw = strParam(p, "text") ?? "";
        const f = formatted(raw, strParam(p, "parse_mode"), jsonParam(p, "entities"));
        if (f.text.trim() === "") bad("message text is empty");
        if (f.text.length > 4096) bad("message is too long");
        return telegramMessage(botMessage(bot, chatId, { text: f.text, ...(f.entities && { entities: f.entities }), ...markupFields(p) }));
      }
      case "sendphoto": {
        const chatId = targetChat(bot, p);
        const file = resolveFile(p, "photo", "photo.jpg");
        return telegramMessage(botMessage(bot, chatId, { photo: photoSizes(file), ...caption(p), ...markupFields(p) }));
      }
      case "senddocument": {
        const chatId = targetChat(bot, p);
        const file = resolveFile(p, "document", "document.bin");
        const document = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_name: file.name, mime_type: file.mime, file_size: file.bytes.length };
        return telegramMessage(botMessage(bot, chatId, { document, ...caption(p), ...markupFields(p) }));
      }
      case "sendlocation": {
        const chatId = targetChat(bot, p);
        const latitude = numParam(p, "latitude")!;
        const longitude = numParam(p, "longitude")!;
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) bad("wrong latitude or longitude");
        return telegramMessage(botMessage(bot, chatId, { location: { latitude, longitude }, ...markupFields(p) }));
      }
      case "answercallbackquery": {
        const id = strParam(p, "callback_query_id") ?? "";
        const cb = callbacks.get(id);
        if (!cb || cb.answered || cb.bot !== bot.config.name) bad("query is too old and response timeout expired or query ID is invalid");
        const text = strParam(p, "text");
        const showAlert = p.show_alert === true || p.show_alert === "true";
        cb!.answered = true;
        cb!.answer = { ...(text && { text }), ...(showAlert && { show_alert: true }) };
        emit({ type: "callback_answer", bot: bot.config.name, chatId: cb!.chatId, callback_query_id: id, message_id: cb!.messageId, ...cb!.answer });
        return true;
      }
      case "editmessagetext": {
        const msg = findBotMessage(bot, p);
        if (msg.text === undefined) bad("there is no text in the message to edit");
        const f = formatted(strParam(p, "text") ?? "", strParam(p, "parse_mode"), jsonParam(p, "entities"));
        if (f.text.trim() === "") bad("message text is empty");
        const markup = markupFields(p);
        return telegramMessage(editMessage(bot, msg, { text: f.text, entities: f.entities, reply_markup: markup.reply_markup }));
      }
      case "editmessagecaption": {
        const msg = findBotMessage(bot, p);
        const markup = markupFields(p);
        const c = caption(p);
        return telegramMessage(editMessage(bot, msg, { caption: c.caption, caption_entities: c.caption_entities, reply_markup: markup.reply_markup }));
      }
      case "editmessagereplymarkup": {
        const msg = findBotMessage(bot, p);
        return telegramMessage(editMessage(bot, msg, { reply_markup: markupFields(p).reply_markup }));
      }
      case "deletemessage": {
        const chatId = targetChat(bot, p);
        const messageId = numParam(p, "message_id")!;
        const chat = chatsByKey.get(`${bot.config.name}:${chatId}`);
        const index = chat?.messages.findIndex((m) => m.message_id === messageId) ?? -1;
        if (!chat || index < 0) bad("message to delete not found");
        chat!.messages.splice(index, 1);
        emit({ type: "delete", bot: bot.config.name, chatId, message_id: messageId });
        return true;
      }
      case "getfile": {
        const file = files.get(strParam(p, "file_id") ?? "") ?? bad("invalid file_id");
        return { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.bytes.length, file_path: file.file_path };
      }
      default:
        throw new ApiError(404, "Not Found: method not found");
    }
  }

  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__calls") return sendJson(res, 200, calls);
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      const file = byToken.has(download[1]!) ? [...files.values()].find((f) => f.file_path === download[2]) : undefined;
      if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": file.mime, "content-length": file.bytes.length }).end(file.bytes);
      return;
    }
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = m as unknown as [string, string, string];
    const bot = byToken.get(token);
    let params: Params = {};
    try {
      params = await readParams(req, url);
    } catch (e) {
      if (e instanceof ApiError) return sendJson(res, e.code, { ok: false, error_code: e.code, description: e.description });
      throw e;
    }
    calls.push({ token, method, params: recordable(params), at: Date.now() });
    if (!bot) return sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    try {
      const result = await callMethod(bot, method, params);
      sendJson(res, 200, { ok: true, result });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const chatId = Number(params.chat_id ?? 0);
      // Shown in the chat on the page: a refused call is a bug worth seeing.
      emit({ type: "api_error", bot: bot.config.name, chatId: Number.isFinite(chatId) ? chatId : 0, method, description: e.description });
      sendJson(res, e.code, { ok: false, error_code: e.code, description: e.description });
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(e)}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // -- user side ---------------------------------------------------------------

  async function deliver(bot: BotState, chatId: number, update: Record<string, unknown>): Promise<Delivery> {
    const started = Date.now();
    const updateId = update.update_id as number;
    const hook = bot.webhook;
    const kind = Object.keys(update).find((k) => k !== "update_id")!;
    const result = (ok: boolean, status: number, attempts: number, error?: string): Delivery => ({ bot: bot.config.name, update_id: updateId, chatId, ok, status, attempts, ms: Date.now() - started, ...(error && { error }) });
    if (!hook) {
      bot.pending.push(update);
      return result(false, 0, 0, "no webhook set: the update waits for getUpdates");
    }
    if (hook.allowed_updates?.length && !hook.allowed_updates.includes(kind)) return result(true, 0, 0, `not delivered: ${kind} is not in allowed_updates`);
    let last: Delivery = result(false, 0, 0);
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      try {
        const res = await fetch(hook.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(hook.secret_token && { "X-Telegram-Bot-Api-Secret-Token": hook.secret_token }) },
          body: JSON.stringify(update),
          signal: AbortSignal.timeout(webhookTimeoutMs),
        });
        const body = await res.text();
        if (res.ok) {
          // A webhook may answer with a Bot API call, which Telegram then performs.
          const reply = safeJson(body) as { method?: string } | null;
          if (reply && typeof reply.method === "string") await callMethod(bot, reply.method, reply as Params).catch(() => undefined);
          return result(true, res.status, attempt);
        }
        last = result(false, res.status, attempt, `webhook answered ${res.status}: ${body.slice(0, 200)}`);
      } catch (e) {
        last = result(false, 0, attempt, `webhook unreachable: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (attempt <= retries) await sleep(retryDelayMs * 2 ** (attempt - 1));
    }
    return last;
  }

  /** Runs a user action in the chat's queue: records the user's message, delivers the update, collects the bot's replies. */
  function act(botName: string, user: EmulatorUser, build: (chat: ChatState, updateId: number) => { update: Record<string, unknown>; message?: ChatMessage; callbackId?: string }): Promise<ActionResult> {
    const bot = botState(botName);
    const chat = chatState(botName, user.id);
    chat.user = user;
    const run = async (): Promise<ActionResult> => {
      const updateId = ++bot.lastUpdateId;
      const { update, message, callbackId } = build(chat, updateId);
      if (message) {
        chat.messages.push(message);
        emit({ type: "message", bot: botName, chatId: user.id, message });
      }
      const before = chat.messages.length;
      const delivery = await deliver(bot, user.id, { update_id: updateId, ...update });
      if (!delivery.ok) emit({ type: "delivery", bot: botName, chatId: user.id, delivery });
      const replies = chat.messages.slice(before).filter((m) => m.side === "bot");
      const answer = callbackId ? (callbacks.get(callbackId)?.answer ?? null) : undefined;
      return { update_id: updateId, ...(message && { message }), delivery, replies, ...(answer !== undefined && { answer }) };
    };
    const next = chat.queue.then(run, run);
    chat.queue = next.catch(() => undefined);
    return next;
  }

  const userFrom = (u: EmulatorUser) => ({ id: u.id, is_bot: false, first_name: u.first_name, ...(u.last_name && { last_name: u.last_name }), ...(u.username && { username: u.username }), ...(u.language_code && { language_code: u.language_code }) });
  const userMessage = (chat: ChatState, user: EmulatorUser, fields: Partial<ChatMessage>): ChatMessage => ({
    message_id: ++chat.lastMessageId,
    date: now(),
    side: "user",
    from: userFrom(user),
    chat: { id: user.id, type: "private", first_name: user.first_name, ...(user.last_name && { last_name: user.last_name }), ...(user.username && { username: user.username }) },
    ...fields,
  });
  const messageAction = (botName: string, user: EmulatorUser, fields: Partial<ChatMessage>, afterSend?: (chat: ChatState) => void) =>
    act(botName, user, (chat) => {
      const message = userMessage(chat, user, fields);
      afterSend?.(chat);
      return { update: { message: telegramMessage(message) }, message };
    });

  /** A one-time reply keyboard hides once used, as in the Telegram apps. */
  const spendKeyboard = (chat: ChatState) => {
    if (chat.keyboard?.one_time_keyboard) {
      chat.keyboard = null;
      emit({ type: "keyboard", bot: chat.bot, chatId: chat.chatId, keyboard: null });
    }
  };

  const emulator: TelegramEmulator = {
    url,
    calls,
    bots: opts.bots,
    setWebhook(name, hook) {
      botState(name).webhook = { ...hook };
    },
    webhook: (name) => botState(name).webhook,
    commands(name, languageCode) {
      const b = botState(name);
      const lang = (languageCode ?? "").slice(0, 2).toLowerCase();
      return b.commands.get(lang) ?? b.commands.get("") ?? [];
    },
    chat(name, chatId) {
      botState(name);
      const c = chatsByKey.get(`${name}:${chatId}`);
      return { bot: name, chatId, messages: c ? [...c.messages] : [], keyboard: c?.keyboard ?? null };
    },
    chats: () => [...chatsByKey.values()].filter((c) => c.messages.length).map((c) => ({ bot: c.bot, chatId: c.chatId, count: c.messages.length })),
    file: (id) => files.get(id),
    addFile,

    sendText(name, user, text) {
      if (text.trim() === "") return Promise.reject(new Error("Telegram clients do not send empty messages"));
      const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
      const entities: MessageEntity[] | undefined = command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : undefined;
      return messageAction(name, user, { text, ...(entities && { entities }) });
    },
    sendPhoto(name, user, o = {}) {
      let file: StoredFile | undefined;
      if (o.fileId) file = files.get(o.fileId);
      else if (o.bytes) file = addFile(o.bytes, o.mime ?? "image/jpeg", "photo.jpg");
      else if (sample) file = addFile(sample.bytes, sample.mime, sample.name ?? "photo.svg", { width: sample.width, height: sample.height });
      if (!file) return Promise.reject(new Error("no photo: give fileId or bytes, or start the emulator with samplePhoto"));
      return messageAction(name, user, { photo: photoSizes(file), ...(o.caption && { caption: o.caption }) });
    },
    sendLocation: (name, user, location) => messageAction(name, user, { location: { ...location } }, spendKeyboard),
    sendContact(name, user, contact) {
      const own = contact ?? { phone_number: user.phone_number ?? "+8613800000000", first_name: user.first_name, ...(user.last_name && { last_name: user.last_name }), user_id: user.id };
      return messageAction(name, user, { contact: own }, spendKeyboard);
    },
    pressButton(name, user, messageId, data) {
      const chat = chatState(name, user.id);
      const msg = chat.messages.find((m) => m.message_id === messageId);
      const exists = msg?.reply_markup?.inline_keyboard.some((row) => row.some((b) => b.callback_data === data));
      if (!msg || !exists) return Promise.reject(new Error(`message ${messageId} in ${name}:${user.id} has no button with callback_data ${JSON.stringify(data)}`));
      return act(name, user, (_chat, updateId) => {
        const id = `${updateId}${randomBytes(4).readUInt32BE(0)}`;
        callbacks.set(id, { bot: name, chatId: user.id, messageId, answered: false, answer: null });
        return { update: { callback_query: { id, from: userFrom(user), message: telegramMessage(msg), chat_instance: `ci${user.id}`, data } }, callbackId: id };
      });
    },
    pressKeyboardButton(name, user, text, location) {
      const chat = chatState(name, user.id);
      const button = chat.keyboard?.keyboard.flat().find((b) => b.text === text);
      if (button?.request_contact) return emulator.sendContact(name, user);
      if (button?.request_location) {
        if (!location) return Promise.reject(new Error("this button asks for a location: pass one"));
        return emulator.sendLocation(name, user, location);
      }
      return messageAction(name, user, { text }, spendKeyboard);
    },

    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    eventsSince: (after) => buffer.filter((e) => e.seq > after),
    sent: (f = {}) => calls.filter((c) => (!f.method || c.method === f.method) && (!f.token || c.token === f.token) && (f.chatId === undefined || Number(c.params.chat_id) === f.chatId)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return emulator;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Uploads are recorded by name and size, not bytes. */
function recordable(p: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(p)) {
    out[k] = v && typeof v === "object" && "bytes" in (v as Upload) ? { filename: (v as Upload).filename, mime: (v as Upload).mime, size: (v as Upload).bytes.length, content: (v as Upload).bytes.toString("utf8") } : v;
  }
  return out;
}
