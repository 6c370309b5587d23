import { describe, expect, it } from "vitest";
import { parseRating } from "../../../handlers/items/rating.js";
import type { MemberDirectory } from "../../../handlers/ports.js";
import { createItemActions } from "../../../handlers/resident/item-actions.js";
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
  const press = (action: string) => actions({ item: answered, rev: answered.rev, action, residentId: 501, locale: "zh-CN", now: answered.createdAt + 1000 });

  it("a real button closes the item with its rating", async () => {
    const r = await press("r:4");
    expect(r.replies.map((x) => x.key)).toEqual(["rated-thanks"]);
    expect(r.items?.[0]).toMatchObject({ kind: "update", item: { status: "closed" } });
  });

  it.each(["r:0x4", "r:1e0", "r:5:5", "r: 3", "r:0", "r:6", "r:"])("a hand-made %j is an expired button and changes nothing", async (action) => {
    const r = await press(action);
    expect(r.replies.map((x) => x.key)).toEqual(["button-expired"]);
    expect(r.items ?? []).toEqual([]);
  });
});
