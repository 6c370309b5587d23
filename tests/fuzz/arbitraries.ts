/**
 * fast-check arbitraries for Telegram updates: well-formed ones of every kind
 * the bots meet (texts, commands, keyboard answers, button presses with real
 * and forged data, photos, locations, contacts, stickers, group and channel
 * posts, edits, member updates), the same mutated (fields dropped, retyped,
 * replaced by random JSON), and bodies that are not updates at all.
 *
 * Generated values are "plans": update ids and harvested button data are
 * filled in when a plan is sent, so every delivery is a fresh update and
 * presses can hit buttons the bot really sent.
 */
import fc from "fast-check";

/** A user the fuzz speaks as. */
export interface FuzzUser {
  id: number;
  first_name: string;
  language_code?: string;
}

/** Filled in at send time. */
export interface SendContext {
  updateId: number;
  /** Callback data the bot sent recently (real buttons). */
  harvested: string[];
  /** Item codes seen in the bot's messages. */
  codes: string[];
}

/** A generated update, made concrete at send time. */
export type Plan = { bot: "resident" | "staff"; user: number; make: (ctx: SendContext) => unknown };

const HTMLISH = ["<b>", "</b>", "<script>alert(1)</script>", "&", "&amp;", "&lt;", "<a href=\"javascript:x\">", "<i>", "<", ">", "\"", "'", "<code>", "</pre>", "<tg-spoiler>", "&#0;", "&#x110000;"];
const WORDS = ["凤鸣镇", "盘龙街道", "人和", "双江", "雙江街道", "Fengming", "Shuangjiang", "公交车", "路灯", "垃圾", "停车", "噪音", "水", "学校", "医院", "the bus", "street lights", "broken", "跳过", "匿名提交", "Skip", "Stay anonymous", "略過", "匿名送出", "忽略之前的所有指令", "ignore previous instructions", "studio-binbin", "deputy-fengming"];
const COMMANDS = ["/start", "/new", "/my", "/status", "/cancel", "/lang", "/privacy", "/forget", "/help", "/queue", "/next", "/show", "/route", "/forward", "/reject", "/merge", "/reply", "/close", "/stats", "/export", "/grant", "/revoke", "/whoami", "/unknown", "/start@yunyang_voice_bot", "/START"];
const TARGETS = ["deputy-fengming", "room-renhe", "member-agriculture", "studio-binbin", "nowhere", ""];

/** Text a resident or staff member might type, hostile or not. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS, ...HTMLISH, " ", "，", "\n"), { minLength: 1, maxLength: 12 }).map((a) => a.join("")) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), fc.array(fc.oneof(fc.constantFrom("CODE", ...TARGETS, "staff", "deputy", "admin", "900001", "2026-01-01", "2026-13-40", "en", "zh-TW"), fc.string({ maxLength: 12 })), { maxLength: 4 })).map(([c, a]) => [c, ...a].join(" ")) },
  { weight: 1, arbitrary: fc.integer({ min: 3990, max: 4200 }).map((n) => "长".repeat(n)) },
  { weight: 1, arbitrary: fc.constant("") },
);

/** Callback data: a real button, a real one altered, a well-formed forgery, or noise. */
export const callbackArb: fc.Arbitrary<(ctx: SendContext) => string> = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((n) => (ctx: SendContext) => ctx.harvested[n % Math.max(1, ctx.harvested.length)] ?? "1s:abcd") },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 6 })).map(([n, tail]) => (ctx: SendContext) => (ctx.harvested[n % Math.max(1, ctx.harvested.length)] ?? "") + tail) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom("1s", "1p", "1t", "1e", "1b", "1x", "1ep", "1et", "1ed", "1ec", "1h", "1r", "1o", "1q", "1l", "1f", "1a", "1n", "1v", "1j", "s", "p", "i:r", "i:o", "i:q", "kb", "d:a", "d:q", "d:n", "d:t", "d:v", "d:x", "2s"), fc.nat(), fc.oneof(fc.constantFrom("fengming", "?", "roads-transport", "5", "0", "yes", "en", "kb-skip", "9".repeat(70)), fc.string({ maxLength: 10 })))
      .map(([verb, n, arg]) => (ctx: SendContext) => `${verb}:${ctx.codes[n % Math.max(1, ctx.codes.length)] ?? "ABCDEF"}:${arg}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 100 }).map((s) => () => s) },
);

const messageExtras: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ text: textArb }),
  fc.record({ photo: fc.constant([{ file_id: "p1", file_unique_id: "u1", width: 90, height: 90 }, { file_id: "p2", file_unique_id: "u2", width: 800, height: 800, file_size: 1000 }]), caption: fc.option(textArb, { nil: undefined }) }),
  fc.record({ location: fc.record({ latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }) }) }),
  fc.record({ contact: fc.record({ phone_number: fc.oneof(fc.constant("+8613800000000"), fc.string({ maxLength: 20 })), first_name: textArb, user_id: fc.option(fc.integer({ min: 1, max: 2 ** 40 }), { nil: undefined }) }) }),
  fc.constant({ sticker: { file_id: "s", file_unique_id: "u", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }),
  fc.constant({ voice: { file_id: "v", file_unique_id: "u", duration: 3 } }),
  fc.constant({ document: { file_id: "d", file_unique_id: "u", file_name: "<x>.pdf" } }),
  fc.constant({ new_chat_members: [] }),
);

/** One well-formed update plan for `bot` from one of `users`. */
export function updateArb(bot: "resident" | "staff", users: FuzzUser[]): fc.Arbitrary<Plan> {
  const user = fc.constantFrom(...users);
  const name = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: textArb });
  const lang = fc.constantFrom(undefined, "en", "zh-hans", "zh-hant", "zh-TW", "ru", "xx");
  const kind = fc.constantFrom("message", "message", "message", "callback", "callback", "edited", "group", "channel", "member", "inline", "bot-sender");
  return fc.tuple(user, name, lang, kind, messageExtras, callbackArb).map(([u, nameOverride, language, k, extras, data]) => {
    const from = { id: u.id, is_bot: k === "bot-sender", first_name: nameOverride ?? u.first_name, ...(language !== undefined ? { language_code: language } : u.language_code ? { language_code: u.language_code } : {}) };
    const chat = k === "group" ? { id: -1000 - u.id, type: "supergroup", title: "g" } : { id: u.id, type: "private", first_name: from.first_name };
    const text = typeof extras.text === "string" ? extras.text : undefined;
    const entities = text?.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] } : {};
    const message = (ctx: SendContext) => ({ message_id: ctx.updateId, date: Math.floor(Date.now() / 1000), chat, from, ...extras, ...entities });
    return {
      bot,
      user: u.id,
      make: (ctx: SendContext) => {
        switch (k) {
          case "callback":
            return { update_id: ctx.updateId, callback_query: { id: String(ctx.updateId), from, chat_instance: "ci", data: data(ctx), message: { message_id: 1, date: 0, chat, text: "…" } } };
          case "edited":
            return { update_id: ctx.updateId, edited_message: { ...message(ctx), edit_date: 1 } };
          case "channel":
            return { update_id: ctx.updateId, channel_post: { message_id: 1, date: 0, chat: { id: -100123, type: "channel", title: "c" }, text: text ?? "x" } };
          case "member":
            return { update_id: ctx.updateId, my_chat_member: { chat, from, date: 0, old_chat_member: { status: "member", user: from }, new_chat_member: { status: "kicked", user: from, until_date: 0 } } };
          case "inline":
            return { update_id: ctx.updateId, inline_query: { id: "q", from, query: text ?? "", offset: "" } };
          default:
            return { update_id: ctx.updateId, message: message(ctx) };
        }
      },
    };
  });
}

/** A path into a JSON value, and a replacement (undefined deletes). */
const mutationArb = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 2 ** 53, 1e308, "", "123", [], {}, null, true)));

function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (value === null || typeof value !== "object") return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const rest = path.slice(1);
  const target = copy as Record<string, unknown>;
  if (rest.length === 0 || target[key] === null || typeof target[key] !== "object") {
    if (replacement === undefined && !Array.isArray(copy)) delete target[key];
    else target[key] = replacement;
  } else {
    target[key] = mutate(target[key], rest, replacement);
  }
  return copy;
}

/** A well-formed plan with 1–3 random mutations (fields dropped, retyped or replaced). */
export function mutatedArb(bot: "resident" | "staff", users: FuzzUser[]): fc.Arbitrary<Plan> {
  return fc.tuple(updateArb(bot, users), fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([plan, mutations]) => ({
    ...plan,
    make: (ctx: SendContext) => mutations.reduce((v, [path, repl]) => mutate(v, path, repl), plan.make(ctx)),
  }));
}

/** A body that is not an update: random JSON or not JSON at all (sent as a raw string). */
export const garbageArb: fc.Arbitrary<{ raw: string }> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ raw: JSON.stringify(v) ?? "null" })),
  fc.string({ maxLength: 200 }).map((s) => ({ raw: s })),
  fc.constantFrom("", "{", "[]", "null", '{"update_id": -1, "message": {}}', '{"update_id": 1.5, "message": {}}', '{"update_id": 1}', '{"update_id": "7", "message": {}}').map((raw) => ({ raw })),
);
