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

describe("followers' item buttons", () => {
  const actions = createItemActions({ members: noMembers, staffLocale: "zh-CN" });
  const follower = { residentId: 602, chatId: 602, locale: "en" as const, note: "me too" };
  const answered = makeItem({ status: "answered", answer: "已修好", followers: [follower] });
  const press = (action: ItemAction, residentId = 602, item = answered) => actions({ item, rev: item.rev, action, residentId, locale: "en", now: item.createdAt + 1000 });
  const rate = (stars: number): ItemAction => ({ code: answered.id, kind: "rate", stars, stage: null });

  it("a follower's rating is kept beside them and does not close the item", async () => {
    const r = await press(rate(5));
    expect(r.replies.map((x) => x.key)).toEqual(["rated-thanks-follower"]);
    const after = r.items?.[0]?.item as typeof answered;
    expect(after.status).toBe("answered");
    expect(after.rating).toBeNull();
    expect(after.followers).toEqual([{ ...follower, rating: 5 }]);
    // After the raiser closed it by rating, a follower's button of the answer (no stage) still rates it.
    expect((await press(rate(2), 602, { ...answered, status: "closed", rating: 4 })).replies.map((x) => x.key)).toEqual(["rated-thanks-follower"]);
  });

  it("a stranger's press is an expired button and changes nothing", async () => {
    const r = await press(rate(5), 999);
    expect(r.replies.map((x) => x.key)).toEqual(["button-expired"]);
    expect(r.items ?? []).toEqual([]);
  });

  it("only the raiser answers a deputy's question", async () => {
    const asked = makeItem({ status: "accepted", followers: [follower] });
    const r = await actions({ item: asked, rev: asked.rev, action: { code: asked.id, kind: "reply", text: "hi" }, residentId: 602, locale: "en", now: asked.createdAt });
    expect(r.replies.map((x) => x.key)).toEqual(["button-expired"]);
  });
});
