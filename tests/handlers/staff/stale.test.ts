import { describe, expect, it } from "vitest";
import type { Item } from "../../../handlers/items/model.js";
import { enteredStatusAt, staleAction } from "../../../handlers/staff/stale.js";
import { makeItem } from "../../support/items.js";

const H = 3600_000;
const policy = { newHours: 24, forwardedHours: 72, answeredDays: 7 };
const at = (status: Item["status"], since: number, over: Partial<Item> = {}) =>
  makeItem({ status, createdAt: 0, history: [{ at: 0, by: { role: "resident" }, action: "submitted", to: "new" }, ...(status === "new" ? [] : [{ at: since, by: { role: "staff" as const }, action: status, to: status }])], ...over });

describe("what the sweep does to an item", () => {
  it.each<[string, Item, number, ReturnType<typeof staleAction>]>([
    ["new, 23 h", at("new", 0), 23 * H, null],
    ["new, 24 h", at("new", 0), 24 * H, { kind: "report", status: "new", since: 0 }],
    ["new, reported already", at("new", 0, { staleNotified: { new: 25 * H } }), 30 * H, null],
    ["new again after a return, reported before the return", makeItem({ createdAt: 0, staleNotified: { new: 25 * H }, history: [{ at: 0, by: { role: "resident" }, action: "s", to: "new" }, { at: 26 * H, by: { role: "staff" }, action: "f", to: "forwarded" }, { at: 27 * H, by: { role: "deputy" }, action: "r", to: "new" }] }), 52 * H, { kind: "report", status: "new", since: 27 * H }],
    ["forwarded 71 h", at("forwarded", 10 * H), 81 * H, null],
    ["forwarded 72 h", at("forwarded", 10 * H), 82 * H, { kind: "report", status: "forwarded", since: 10 * H }],
    ["accepted for a month", at("accepted", 0), 720 * H, null],
    ["answered 6 days", at("answered", 0), 6 * 24 * H, null],
    ["answered 7 days", at("answered", 0), 7 * 24 * H, { kind: "close", since: 0 }],
    ["answered 7 days but rated", at("answered", 0, { rating: 4 }), 8 * 24 * H, null],
    ["closed long ago", at("closed", 0), 1000 * H, null],
  ])("%s", (_, item, now, expected) => {
    expect(staleAction(item, now, policy)).toEqual(expected);
  });

  it("the time in a status is measured from the last move into it", () => {
    expect(enteredStatusAt(at("forwarded", 5))).toBe(5);
    expect(enteredStatusAt(makeItem({ createdAt: 9, history: [] }))).toBe(9);
  });
});
