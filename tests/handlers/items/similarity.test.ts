import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { directoryView } from "../../../handlers/directory/view.js";
import { newItem, type Item } from "../../../handlers/items/model.js";
import { dice, similarItems, textFeatures, textSimilarity } from "../../../handlers/items/similarity.js";
import { createRouter } from "../../../handlers/routing/router.js";

const directory = loadDefaultDirectory();
const router = createRouter(directory);
const dir = directoryView(directory);
const DAY = 24 * 3600_000;
const NOW = Date.parse("2026-05-01T10:00:00+08:00");

/** An open item as the resident bot would have stored it: place and topic from the router. */
function routedItem(id: string, text: string, fields: Partial<Item> = {}): Item {
  const d = router.route(text);
  return newItem({ id, text, summary: d.summary, category: d.category ?? directory.fallbackCategory, place: d.place, target: d.target, urgent: false, locale: "zh-CN", source: "telegram", route: { category: d.category, place: d.place, target: d.target, confidence: d.confidence, reasons: [], source: "rules" }, createdAt: NOW - DAY, history: [], ...fields });
}

/** What a resident writing `text` is offered among `items`. */
function offered(text: string, items: Item[], days = 90): string[] {
  const d = router.route(text);
  return similarItems({ texts: [text], place: d.place, category: d.category }, items, { now: NOW, days, strip: dir.placeWords(d.place) }).map((m) => m.item.id);
}

const LAMPS = routedItem("AAAAAA", "凤鸣镇老街的路灯坏了好几盏，晚上很黑");

describe("similarity: the same matter in other words and scripts is offered", () => {
  it.each([
    ["凤鸣镇老街路灯不亮了"],
    ["鳳鳴鎮老街路燈不亮了"],
    ["鳳鳴鎮老街的路燈壞了好幾盞，晚上很黑"],
    ["凤鸣老街晚上黑漆漆的，路灯都不亮"],
    ["凤 鸣 镇 老街 的 路灯 坏了"],
  ])("%s → the street-lamp item", (text) => {
    expect(offered(text, [LAMPS])).toEqual(["AAAAAA"]);
  });

  it("English about the same matter meets an English item", () => {
    const en = routedItem("EEEEEE", "The street lights on Old Street in Fengming are broken, it is very dark at night", { locale: "en" });
    expect(offered("Street lights in Fengming old street are out", [en])).toEqual(["EEEEEE"]);
  });
});

describe("similarity: other matters, other places, closed or old items are not offered", () => {
  it.each([
    ["巴阳镇老街的路灯坏了好几盏，晚上很黑", "the same words in another town"],
    ["凤鸣镇老街的垃圾好几天没人收了", "another matter in the same street"],
    ["凤鸣镇老街有人占道经营", "another matter in the same street"],
    ["凤鸣镇中学食堂饭菜太贵", "another matter in the same town"],
    ["老街的路灯坏了好几盏", "no place: never guessed"],
  ])("%s (%s)", (text) => {
    expect(offered(text, [LAMPS])).toEqual([]);
  });

  it.each(["closed", "rejected", "merged"] as const)("a %s item is not offered", (status) => {
    expect(offered("凤鸣镇老街路灯不亮了", [{ ...LAMPS, status }])).toEqual([]);
  });

  it("an item merged into another is not offered (the survivor is)", () => {
    expect(offered("凤鸣镇老街路灯不亮了", [{ ...LAMPS, mergedInto: "CCCCCC" }])).toEqual([]);
  });

  it("answered, forwarded and accepted items are still open to join", () => {
    for (const status of ["forwarded", "accepted", "answered"] as const) expect(offered("凤鸣镇老街路灯不亮了", [{ ...LAMPS, status }])).toEqual(["AAAAAA"]);
  });

  it("an item older than SIMILAR_DAYS is not offered", () => {
    const old = { ...LAMPS, createdAt: NOW - 91 * DAY };
    expect(offered("凤鸣镇老街路灯不亮了", [old])).toEqual([]);
    expect(offered("凤鸣镇老街路灯不亮了", [old], 120)).toEqual(["AAAAAA"]);
  });

  it("excluded codes (the resident's own, the ones they follow) are not offered", () => {
    const d = router.route("凤鸣镇老街路灯不亮了");
    expect(similarItems({ texts: ["凤鸣镇老街路灯不亮了"], place: d.place, category: d.category }, [LAMPS], { now: NOW, days: 90, exclude: new Set(["AAAAAA"]) })).toEqual([]);
  });
});

describe("similarity: ranking and the measure itself", () => {
  it("offers at most three, the closest first, ties to the older item", () => {
    const items = [
      routedItem("AAAAA1", "凤鸣镇老街路灯不亮了", { createdAt: NOW - 3 * DAY }),
      routedItem("AAAAA2", "凤鸣镇老街路灯不亮了", { createdAt: NOW - 5 * DAY }),
      routedItem("AAAAA3", "凤鸣镇老街的路灯坏了好几盏", { createdAt: NOW - 2 * DAY }),
      routedItem("AAAAA4", "凤鸣镇老街的路灯坏了好几盏，晚上很黑", { createdAt: NOW - 2 * DAY }),
    ];
    expect(offered("凤鸣镇老街路灯不亮了", items)).toEqual(["AAAAA2", "AAAAA1", "AAAAA3"]);
  });

  it("a model's reading is a second text, judged by the same rules", () => {
    const d = router.route("凤鸣镇老街那边一到晚上就伸手不见五指");
    const probe = { texts: ["凤鸣镇老街那边一到晚上就伸手不见五指"], place: d.place, category: LAMPS.category };
    const opts = { now: NOW, days: 90, strip: dir.placeWords("fengming") };
    expect(similarItems(probe, [LAMPS], opts)).toEqual([]);
    expect(similarItems({ ...probe, texts: [...probe.texts, "老街路灯坏了"] }, [LAMPS], opts).map((m) => m.item.id)).toEqual(["AAAAAA"]);
  });

  it("is deterministic, symmetric, 1 for the same text and 0 for nothing shared", () => {
    const a = "凤鸣镇老街的路灯坏了好几盏";
    const b = "鳳鳴鎮老街路燈不亮了";
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, "Rubbish bins overflow")).toBe(0);
    expect(dice(new Set(), new Set(["x"]))).toBe(0);
  });

  it("leaves out the place's names and function characters, stems English words", () => {
    expect([...textFeatures("凤鸣镇老街的路灯", dir.placeWords("fengming"))].sort()).toEqual(["老街", "街路", "路灯"]);
    expect([...textFeatures("The lights are flooding")].sort()).toEqual(["w:flood", "w:light"]);
  });
});
