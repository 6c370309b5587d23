import { describe, expect, it } from "vitest";
import { withPageLinks } from "../../api/outbox.js";
import { renderReplies } from "../../bots/render.js";
import { reply } from "../../handlers/replies.js";
import { createTranslator } from "../../locales/index.js";

const page = (code: string) => `https://yy.example/t/${code}`;

describe("links to the public page (PUBLIC_BASE_URL)", () => {
  it("the code message and every notice to a resident end with the item's page; nothing else changes", () => {
    const m = { bot: "resident" as const, chatId: 1, locale: "en" as const, replies: [reply("submitted", { code: "AAAAAA", target: "x" }), reply("notice-forwarded", { code: "AAAAAA", summary: "s", target: "t" }), reply("help-resident")] };
    const out = withPageLinks(m, page);
    expect(out.replies.map((r) => r.lines)).toEqual([[{ key: "public-page-link", args: { url: page("AAAAAA") } }], [{ key: "public-page-link", args: { url: page("AAAAAA") } }], undefined]);
    const text = JSON.stringify(renderReplies(createTranslator(), "en", 1, out.replies));
    expect(text).toContain("Follow it online: https://yy.example/t/AAAAAA");
  });

  it("without PUBLIC_BASE_URL, or to staff, nothing is added", () => {
    const m = { bot: "resident" as const, chatId: 1, locale: "en" as const, replies: [reply("submitted", { code: "AAAAAA" })] };
    expect(withPageLinks(m, undefined)).toBe(m);
    const staff = { ...m, bot: "staff" as const };
    expect(withPageLinks(staff, page)).toBe(staff);
  });
});
