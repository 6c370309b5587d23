import { describe, expect, it } from "vitest";
import { renderReply } from "../../../bots/render.js";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { createRouter } from "../../../handlers/routing/router.js";
import { deputyCard, staffCard } from "../../../handlers/staff/cards.js";
import { directoryView } from "../../../handlers/directory/view.js";
import { createTranslator } from "../../../locales/index.js";
import { makeItem } from "../../support/items.js";
import { applyRoute, newDraft, withPinPlace, withResidentPlace, withResidentTopic } from "../../../handlers/resident/draft-rules.js";
import { itemFromDraft } from "../../../handlers/resident/submission.js";

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

  it("follow what the item ended as: a place the resident picked, or a pin gave, and the rule of that place", () => {
    const view = directoryView(directory);
    const r = createRouter(directory).route("路灯坏了好几盏");
    let d = applyRoute({ ...newDraft("n1", 1), parts: ["路灯坏了好几盏"] }, { ...r, source: "rules" }, view);
    const who = { residentId: 1, chatId: 1, code: "QQQQQQ", now: 1 };
    for (const [chosen, by] of [[withResidentPlace(d, "fengming", view), "居民选择"], [withPinPlace(d, "fengming", view), "定位在其辖区内"]] as const) {
      const item = itemFromDraft(chosen, who, { locale: "zh-CN", directory: view });
      const card = text("zh-CN", deputyCard(item, view, "zh-CN")[0]!);
      expect(card).toContain(`凤鸣镇（${by}）`);
      expect(card).toContain("规则 8 → 凤鸣镇人大代表之家");
      expect(card).not.toContain("暂无规则");
      // The router's own reading stays on record for staff: it had no place.
      expect(item.route.place).toBe("unknown");
    }
    // A topic the resident picked replaces the router's topic words, and the rule follows it.
    d = withResidentTopic(withResidentPlace(d, "fengming", view), "agriculture", view);
    const item = itemFromDraft(d, who, { locale: "en", directory: view });
    const card = text("en", deputyCard(item, view, "en")[0]!);
    expect(card).toMatch(/Agriculture and rural affairs \(chosen by the resident\)|\(chosen by the resident\)/);
    expect(card).toMatch(/rule 3 →/);
    expect(card).not.toMatch(/Public facilities/);
  });

  it("escape what the resident wrote even inside a reason", () => {
    const item = routed("凤鸣镇 <b>公交车</b> 太少");
    const card = text("zh-CN", deputyCard(item, directoryView(directory), "zh-CN")[0]!);
    expect(card).not.toContain("<b>公交车</b>");
  });
});
