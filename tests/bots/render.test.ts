import { describe, expect, it } from "vitest";
import { CallbackDataTooLongError, clip, renderReplies, renderReply } from "../../bots/render.js";
import { reply } from "../../handlers/replies.js";
import { createTranslator } from "../../locales/index.js";

const t = createTranslator();

describe("rendering domain replies as Bot API calls", () => {
  it("folds a plain message into the next one, so a text turn costs one Telegram message", () => {
    const calls = renderReplies(t, "en", 7, [reply("draft-extended"), reply("ask-place", {}, { buttons: [[{ key: "button-not-sure", action: "p:n1:?" }]] })]);
    expect(calls).toHaveLength(1);
    expect(String(calls[0]!.payload.text)).toMatch(/^Added to your item\.\n\nWhere is this\?/);
    expect(calls[0]!.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "I'm not sure", callback_data: "p:n1:?" }]] });
  });

  it("never folds away a keyboard, a photo or a location pin", () => {
    const withButtons = reply("edit-menu", {}, { buttons: [[{ key: "button-back", action: "b:n1" }]] });
    expect(renderReplies(t, "en", 7, [withButtons, reply("ok")])).toHaveLength(2);
    expect(renderReplies(t, "en", 7, [reply("ok"), reply("card-photo", { code: "A", n: 1, total: 1 }, { photo: "FILE" })]).map((c) => c.method)).toEqual(["sendMessage", "sendPhoto"]);
    // Removing a reply keyboard folds only into a message that sets a new one.
    const removal = reply("anonymous-ok", {}, { removeKeyboard: true });
    expect(renderReplies(t, "en", 7, [removal, reply("review-card", { summary: "s", place: "unknown", topic: "t", target: "undecided", photos: 0, location: "no", contact: "anonymous", text: "x" }, { buttons: [[{ key: "button-submit", action: "s:n1" }]] })])).toHaveLength(2);
    expect(renderReplies(t, "en", 7, [removal, reply("ask-contact", {}, { request: { kind: "contact", key: "kb-share-contact", cancelKey: "kb-anonymous" } })])).toHaveLength(1);
  });

  it("refuses callback data over Telegram's 64 bytes", () => {
    expect(() => renderReply(t, "en", 7, reply("ok", {}, { buttons: [[{ key: "button-back", action: "x".repeat(65) }]] }))).toThrow(CallbackDataTooLongError);
  });

  it("clips long text without leaving a broken tag or entity", () => {
    const clipped = clip(`<b>${"路".repeat(5000)}</b>`, 4096);
    // Closing tags included: Telegram refuses anything over 4,096.
    expect(clipped.length).toBeLessThanOrEqual(4096);
    expect(clipped.endsWith("…</b>")).toBe(true);
    const nested = clip(`<b><i><u>${"x".repeat(5000)}</u></i></b>`, 4096);
    expect(nested.length).toBeLessThanOrEqual(4096);
    expect(nested.endsWith("…</u></i></b>")).toBe(true);
    expect(clip(`${"a".repeat(4095)}😀😀`, 4096)).not.toMatch(/[\ud800-\udbff]…$/);
    expect(clip(`${"a".repeat(4094)}&amp;`, 4096)).not.toMatch(/&[a-z]*…$/);
  });
});
