import { describe, expect, it } from "vitest";
import { parseRating } from "../../../handlers/items/rating.js";
import type { MemberDirectory } from "../../../handlers/ports.js";
import { stageOf } from "../../../handlers/items/status.js";
import { createItemActions } from "../../../handlers/resident/item-actions.js";
import type { ItemAction } from "../../../handlers/resident/reducer.js";
import { makeItem } from "../../support/items.js";

/** A target with no deputies: the rating's notices go nowhere, which is not what these tests are about. */
const noMembers: MemberDirectory = {
  get: async () => ({ value: null }) as never,
  withRole: async () => [],
  deputiesOf: async () => [],
  deputyProfilesOf: async () => [],
  getMany: async () => [],
};

describe("ratings", () => {
  it.each(["1", "2", "3", "4", "5"])("parseRating(%j) is the digit", (s) => expect(parseRating(s)).toBe(Number(s)));
  it.each(["0", "6", "0x4", "1e0", "5:5", " 3", "3 ", "4.0", "+4", "-1", "", "٣", "３", "Infinity", "NaN"])("parseRating(%j) refuses", (s) => {
    expect(parseRating(s)).toBeNull();
  });

  const actions = createItemActions({ members: noMembers, staffLocale: "zh-CN" });
  const answered = makeItem({ status: "answered", answer: "已修好" });
  const press = (action: ItemAction) => actions({ item: answered, rev: answered.rev, action, residentId: 501, locale: "zh-CN", now: answered.createdAt + 1000 });

  it("a real button closes the item with its rating", async () => {
    const r = await press({ code: answered.id, kind: "rate", stars: 4, stage: stageOf(answered) });
    expect(r.replies.map((x) => x.key)).toEqual(["rated-thanks"]);
    expect(r.items?.[0]).toMatchObject({ kind: "update", item: { status: "closed", rating: 4 } });
  });

  it("a rating button sent before payloads carried the stage still rates", async () => {
    const r = await press({ code: answered.id, kind: "rate", stars: 2, stage: null });
    expect(r.items?.[0]).toMatchObject({ item: { status: "closed", rating: 2 } });
  });

  it("a rating or reopen button of an earlier stage (the item moved since) changes nothing", async () => {
    for (const action of [{ code: answered.id, kind: "rate", stars: 5, stage: stageOf(answered) - 1 }, { code: answered.id, kind: "reopen", stage: stageOf(answered) + 1 }] as const) {
      const r = await press(action);
      expect(r.replies.map((x) => x.key)).toEqual([action.kind === "rate" ? "rating-not-open" : "reopen-not-possible"]);
      expect(r.items ?? []).toEqual([]);
    }
  });

  it.each([0, 6, 2.5, Number.NaN])("a rating of %j (not a button we make) changes nothing", async (stars) => {
    const r = await press({ code: answered.id, kind: "rate", stars, stage: null });
    expect(r.replies.map((x) => x.key)).toEqual(["button-expired"]);
    expect(r.items ?? []).toEqual([]);
  });
});
