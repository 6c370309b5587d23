import { describe, expect, it } from "vitest";
import type { HistoryEntry, Item } from "../../../handlers/items/model.js";
import { firstReached, itemStats, median, submittedAt } from "../../../handlers/items/stats.js";
import { makeItem } from "../../support/items.js";

const T0 = 1_780_000_000_000;
const H = 3600_000;
const staff = { role: "staff" as const, id: 900003 };
const deputy = { role: "deputy" as const, id: 900002 };

/** An item whose history walks through the given statuses at the given hours after submission. */
function walked(steps: Array<[Item["status"], number, string?]>, over: Partial<Item> = {}): Item {
  const history: HistoryEntry[] = [{ at: T0, by: { role: "resident", id: 1 }, action: "submitted", to: "new" }];
  let from: Item["status"] = "new";
  for (const [to, hours, note] of steps) {
    history.push({ at: T0 + hours * H, by: to === "accepted" || to === "answered" ? deputy : staff, action: to, from, to, ...(note && { note }) });
    from = to;
  }
  return makeItem({ createdAt: T0, updatedAt: history.at(-1)!.at, status: from, history, ...over });
}

describe("median", () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 1000], 10],
  ])("median(%j) = %j", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("itemStats (pure)", () => {
  it("counts nothing for no items", () => {
    const s = itemStats([]);
    expect(s.total).toBe(0);
    expect(s.byStatus).toEqual({ new: 0, forwarded: 0, accepted: 0, answered: 0, closed: 0, rejected: 0, merged: 0 });
    expect(s.toMilestone.forwarded).toEqual({ medianMs: null, count: 0 });
    expect(s.rating).toEqual({ mean: null, count: 0 });
  });

  const items = [
    // forwarded after 2h, accepted after 5h, answered after 26h, rated 4
    walked([["forwarded", 2], ["accepted", 5], ["answered", 26], ["closed", 30]], { rating: 4 }),
    // forwarded after 4h, accepted 8h, answered 50h, rated 5
    walked([["forwarded", 4], ["accepted", 8], ["answered", 50]], { rating: 5, target: "room-renhe", place: "renhe" }),
    // returned to triage and forwarded again: the first forward counts (1h)
    walked([["forwarded", 1], ["new", 3], ["forwarded", 10]], { category: "utilities" }),
    // rejected straight away: no milestones
    walked([["rejected", 0.5, "not a county matter"]], { target: null, place: "unknown", category: "other" }),
    // still new
    walked([], { target: null, place: "unknown" }),
  ];

  it.each([
    ["total", (s: ReturnType<typeof itemStats>) => s.total, 5],
    ["by status", (s: ReturnType<typeof itemStats>) => s.byStatus, { new: 1, forwarded: 1, accepted: 0, answered: 1, closed: 1, rejected: 1, merged: 0 }],
    ["by target (no target = undecided)", (s: ReturnType<typeof itemStats>) => s.byTarget, { "deputy-fengming": 2, "room-renhe": 1, undecided: 2 }],
    ["by category", (s: ReturnType<typeof itemStats>) => s.byCategory, { "roads-transport": 3, utilities: 1, other: 1 }],
    ["by place", (s: ReturnType<typeof itemStats>) => s.byPlace, { fengming: 2, renhe: 1, unknown: 2 }],
    ["median to forward: 1h, 2h, 4h → 2h", (s: ReturnType<typeof itemStats>) => s.toMilestone.forwarded, { medianMs: 2 * H, count: 3 }],
    ["median to accept: 5h, 8h → 6.5h", (s: ReturnType<typeof itemStats>) => s.toMilestone.accepted, { medianMs: 6.5 * H, count: 2 }],
    ["median to answer: 26h, 50h → 38h", (s: ReturnType<typeof itemStats>) => s.toMilestone.answered, { medianMs: 38 * H, count: 2 }],
    ["mean rating", (s: ReturnType<typeof itemStats>) => s.rating, { mean: 4.5, count: 2 }],
  ])("%s", (_name, pick, expected) => {
    expect(pick(itemStats(items))).toEqual(expected);
  });

  it("measures from the submitted entry, falls back to createdAt, and rounds the mean rating", () => {
    const late = makeItem({ createdAt: T0, history: [{ at: T0 + H, by: { role: "api" }, action: "submitted", to: "new" }, { at: T0 + 3 * H, by: staff, action: "forwarded", from: "new", to: "forwarded" }] });
    expect(submittedAt(late)).toBe(T0 + H);
    expect(itemStats([late]).toMilestone.forwarded.medianMs).toBe(2 * H);
    const noSubmit = makeItem({ createdAt: T0, history: [{ at: T0 + 2 * H, by: staff, action: "forwarded", to: "forwarded" }] });
    expect(submittedAt(noSubmit)).toBe(T0);
    expect(firstReached(noSubmit, "forwarded")).toBe(T0 + 2 * H);
    expect(firstReached(noSubmit, "accepted")).toBeNull();
    const ratings = [1, 2, 2].map((rating) => makeItem({ rating }));
    expect(itemStats(ratings).rating).toEqual({ mean: 1.67, count: 3 });
  });
});
