import { Api, Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { toEnvelope } from "../../../bots/resident/map-update.js";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const ctxOf = (update: unknown) => new Context(update as Update, new Api("1:t"), me);
const from = { id: 42, is_bot: false, first_name: "芳" };
const message = (fields: Record<string, unknown>, chatType = "private") => ({ update_id: 9, message: { message_id: 1, date: 0, chat: { id: 42, type: chatType }, from, ...fields } });
const none = () => undefined;

describe("resident adapter: Telegram update → domain input", () => {
  it("commands lose their @botname and keep their arguments", () => {
    expect(toEnvelope(ctxOf(message({ text: "/status@yunyang_voice_bot  k7m3qx " })), none)?.input).toEqual({ type: "command", command: "status", args: "k7m3qx" });
  });

  it("a shared contact keeps Chinese names whole and knows whose number it is", () => {
    const own = toEnvelope(ctxOf(message({ contact: { phone_number: "+8613800000000", first_name: "王", last_name: "芳", user_id: 42 } })), none)?.input;
    expect(own).toEqual({ type: "contact", phone: "+8613800000000", name: "王芳", ownContact: true });
    const other = toEnvelope(ctxOf(message({ contact: { phone_number: "1", first_name: "Ann", last_name: "Lee", user_id: 7 } })), none)?.input;
    expect(other).toEqual({ type: "contact", phone: "1", name: "Ann Lee", ownContact: false });
  });

  it("the text of our own reply-keyboard buttons comes back as a keyboard input", () => {
    expect(toEnvelope(ctxOf(message({ text: "跳过" })), (t) => (t === "跳过" ? "kb-skip" : undefined))?.input).toEqual({ type: "keyboard", key: "kb-skip" });
  });

  it("stickers, voice and files become 'unsupported'; groups and bots are ignored", () => {
    expect(toEnvelope(ctxOf(message({ voice: { file_id: "v", file_unique_id: "u", duration: 1 } })), none)?.input).toEqual({ type: "unsupported", kind: "voice" });
    expect(toEnvelope(ctxOf(message({ text: "hi" }, "group")), none)).toBeNull();
    expect(toEnvelope(ctxOf({ update_id: 9, message: { message_id: 1, date: 0, chat: { id: 5, type: "private" }, from: { id: 5, is_bot: true, first_name: "B" }, text: "x" } }), none)).toBeNull();
  });

  it("a photo keeps its largest size and caption", () => {
    const photo = [{ file_id: "small", file_unique_id: "a", width: 90, height: 90 }, { file_id: "large", file_unique_id: "b", width: 1280, height: 1280 }];
    expect(toEnvelope(ctxOf(message({ photo, caption: "这里" })), none)?.input).toEqual({ type: "photo", fileId: "large", caption: "这里" });
  });
});
