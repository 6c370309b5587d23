import { describe, expect, it } from "vitest";
import { renderReply } from "../../../bots/render.js";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { createRouter } from "../../../handlers/routing/router.js";
import { deputyCard, staffCard } from "../../../handlers/staff/cards.js";
import { directoryView } from "../../../handlers/directory/view.js";
import { createTranslator } from "../../../locales/index.js";
import { makeItem } from "../../support/items.js";

const directory = loadDefaultDirectory();
const t = createTranslator();
const routed = (text: string) => {
  const r = createRouter(directory).route(text);
  return makeItem({ text, route: { category: r.category, place: r.place, target: r.target, confidence: r.confidence, reasons: r.reasons.map((x) => ({ ...x })), source: "rules" } });
};
const text = (locale: "zh-CN" | "zh-TW" | "en", reply: ReturnType<typeof deputyCard>[number]) => String(renderReply(t, locale, 1, reply)[0]!.payload.text);

describe("route reasons on cards", () => {
  it("are shown in the reader's language: the words that matched and the rule that fired", () => {
    const item = routed("凤鸣镇到县城的公交车太少了，希望增加班次。");
    expect(text("zh-CN", deputyCard(item, directoryView(directory), "zh-CN")[0]!)).toContain("“凤鸣镇” → 凤鸣镇 · “公交车” → 道路交通 · 规则 8 → 凤鸣镇人大代表之家");
    expect(text("en", staffCard(item, directoryView(directory), "en", Date.now())[0]!)).toMatch(/rule 8 → Fengming Town/);
    expect(text("zh-TW", deputyCard(item, directoryView(directory), "zh-TW")[0]!)).toContain("規則 8 → 鳳鳴鎮人大代表之家");
  });

  it("escape what the resident wrote even inside a reason", () => {
    const item = routed("凤鸣镇 <b>公交车</b> 太少");
    const card = text("zh-CN", deputyCard(item, directoryView(directory), "zh-CN")[0]!);
    expect(card).not.toContain("<b>公交车</b>");
  });
});
