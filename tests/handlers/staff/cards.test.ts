import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { directoryView } from "../../../handlers/directory/view.js";
import { deputyCard, staffCard } from "../../../handlers/staff/cards.js";
import { createTranslator } from "../../../locales/index.js";
import { makeItem } from "../../support/items.js";

const dir = directoryView(loadDefaultDirectory());
const t = createTranslator();

describe("cards of an item on a consultation topic (#16)", () => {
  it("deputies and staff see the topic, with the command that shows it; an item on none says nothing of topics", () => {
    const item = makeItem({ status: "forwarded", topic: "TK7M3Q" });
    for (const card of [deputyCard(item, dir, "en")[0]!, staffCard(item, dir, "en", item.createdAt)[0]!]) {
      expect(card.lines?.[0]).toEqual({ key: "card-topic-line", args: { topic: "TK7M3Q" } });
      for (const locale of ["zh-CN", "zh-TW", "en"] as const) expect(t.t(locale, "card-topic-line", { topic: "TK7M3Q" })).toContain("/topic show TK7M3Q");
    }
    expect(deputyCard(makeItem({ status: "forwarded" }), dir, "en")[0]!.lines?.map((l) => l.key)).not.toContain("card-topic-line");
  });
});
