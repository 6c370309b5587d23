import { describe, expect, it } from "vitest";
import { ITEM_STATUSES, type Actor, type ItemStatus } from "../../../handlers/items/model.js";
import { canTransition, IllegalTransitionError, transition } from "../../../handlers/items/status.js";
import { makeItem } from "../../support/items.js";

type Role = Actor["role"];
const ROLES: Role[] = ["resident", "staff", "deputy", "admin", "system", "api"];

/** Every allowed edge, spelled out: anything not listed here must be refused. */
const ALLOWED: Array<[ItemStatus, ItemStatus, Role[]]> = [
  ["new", "forwarded", ["staff", "admin"]],
  ["new", "rejected", ["staff", "admin"]],
  ["new", "merged", ["staff", "admin"]],
  ["new", "closed", ["staff", "admin"]],
  ["forwarded", "accepted", ["deputy", "staff", "admin"]],
  ["forwarded", "new", ["deputy", "staff", "admin"]],
  ["forwarded", "rejected", ["staff", "admin"]],
  ["forwarded", "merged", ["staff", "admin"]],
  ["forwarded", "closed", ["staff", "admin"]],
  ["accepted", "answered", ["deputy", "staff", "admin"]],
  ["accepted", "new", ["deputy", "staff", "admin"]],
  ["accepted", "merged", ["staff", "admin"]],
  ["accepted", "closed", ["staff", "admin"]],
  ["answered", "closed", ["resident", "staff", "admin", "system"]],
  ["answered", "accepted", ["resident", "staff", "admin"]],
];

describe("the item status machine", () => {
  const cases = ITEM_STATUSES.flatMap((from) => ITEM_STATUSES.flatMap((to) => ROLES.map((role) => [from, to, role] as const)));
  it.each(cases)("%s → %s by %s", (from, to, role) => {
    const allowed = ALLOWED.some(([f, t, roles]) => f === from && t === to && roles.includes(role));
    expect(canTransition(from, to, role)).toBe(allowed);
  });

  it("closed, rejected and merged are final", () => {
    for (const from of ["closed", "rejected", "merged"] as const) for (const to of ITEM_STATUSES) for (const role of ROLES) expect(canTransition(from, to, role)).toBe(false);
  });

  it("a transition bumps rev and appends who, role, when and what", () => {
    const item = makeItem({ rev: 3 });
    const after = transition(item, "forwarded", { role: "staff", id: 7, name: "Zhang" }, 1234, "forwarded", "note");
    expect(after.rev).toBe(4);
    expect(after.updatedAt).toBe(1234);
    expect(after.history.at(-1)).toEqual({ at: 1234, by: { role: "staff", id: 7, name: "Zhang" }, action: "forwarded", from: "new", to: "forwarded", note: "note" });
    expect(item.history).toHaveLength(1); // pure: the input is untouched
  });

  it("an illegal move throws IllegalTransitionError naming it", () => {
    expect(() => transition(makeItem(), "accepted", { role: "deputy" }, 1, "accepted")).toThrow(IllegalTransitionError);
    expect(() => transition(makeItem({ status: "forwarded" }), "rejected", { role: "deputy" }, 1, "rejected")).toThrow(/deputy cannot move an item from forwarded to rejected/);
  });
});
