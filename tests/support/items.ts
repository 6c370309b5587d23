import { newItem, type Item } from "../../handlers/items/model.js";

let seq = 0;
/** A valid stored item with sensible defaults; override what the test is about. */
export function makeItem(over: Partial<Item> = {}): Item {
  const createdAt = over.createdAt ?? 1_760_000_000_000 + seq++ * 1000;
  return newItem({
    id: over.id ?? `T${String(100000 + seq).slice(-5)}`.replace(/[0125689]/g, "7"),
    text: "凤鸣镇到县城的公交车太少了，希望增加班次。",
    summary: "凤鸣镇到县城的公交车太少了",
    category: "roads-transport",
    place: "fengming",
    target: "deputy-fengming",
    urgent: false,
    locale: "zh-CN",
    source: "telegram",
    residentId: 501,
    residentChatId: 501,
    route: { category: "roads-transport", place: "fengming", target: "deputy-fengming", confidence: 0.9, reasons: [], source: "rules" },
    createdAt,
    history: [{ at: createdAt, by: { role: "resident", id: 501 }, action: "submitted", to: "new" }],
    ...over,
  });
}
