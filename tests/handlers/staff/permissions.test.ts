import { describe, expect, it } from "vitest";
import { deputyAction, stageOf, unpackStaffButton } from "../../../handlers/staff/callback.js";
import { COMMAND_ROLES, commandsFor, mayRun, STAFF_COMMANDS } from "../../../handlers/staff/commands.js";
import { effectiveRoles, MemberSchema, type RoleName } from "../../../handlers/staff/roles.js";
import { deputyMaySee } from "../../../handlers/staff/service.js";
import { transition } from "../../../handlers/items/status.js";
import { makeItem } from "../../support/items.js";

/** Who may run what: the contract of issue 5, as a table. */
const TABLE: Record<string, { admin: boolean; staff: boolean; deputy: boolean }> = {
  queue: { admin: true, staff: true, deputy: false },
  next: { admin: true, staff: true, deputy: false },
  show: { admin: true, staff: true, deputy: true },
  route: { admin: true, staff: true, deputy: false },
  forward: { admin: true, staff: true, deputy: false },
  reject: { admin: true, staff: true, deputy: false },
  merge: { admin: true, staff: true, deputy: false },
  reply: { admin: true, staff: true, deputy: false },
  close: { admin: true, staff: true, deputy: false },
  stats: { admin: true, staff: true, deputy: false },
  export: { admin: true, staff: true, deputy: false },
  subscribe: { admin: true, staff: true, deputy: false },
  unsubscribe: { admin: true, staff: true, deputy: false },
  // Consultation topics (#16): staff work, like triage.
  topic: { admin: true, staff: true, deputy: false },
  outcome: { admin: true, staff: true, deputy: false },
  pack: { admin: true, staff: true, deputy: false },
  grant: { admin: true, staff: false, deputy: false },
  revoke: { admin: true, staff: false, deputy: false },
  whoami: { admin: true, staff: true, deputy: true },
  help: { admin: true, staff: true, deputy: true },
};

describe("staff permissions", () => {
  it("keeps every command of the contract (SPEC's list), each with its permissions; later issues add to it", () => {
    expect(STAFF_COMMANDS).toEqual(expect.arrayContaining(["close", "export", "forward", "grant", "help", "merge", "next", "queue", "reject", "reply", "revoke", "route", "show", "stats", "whoami"]));
    expect(STAFF_COMMANDS).toEqual(expect.arrayContaining(["subscribe", "unsubscribe"]));
    expect(STAFF_COMMANDS).toEqual(expect.arrayContaining(["topic", "outcome", "pack"]));
    expect(Object.keys(COMMAND_ROLES).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(Object.entries(TABLE))("/%s", (command, who) => {
    const name = command as (typeof STAFF_COMMANDS)[number];
    for (const role of ["admin", "staff", "deputy"] as RoleName[]) expect(mayRun(name, [role]), role).toBe(who[role]);
    expect(mayRun(name, [])).toBe(false);
  });

  it("/help lists different commands per role", () => {
    expect(commandsFor(["deputy"])).toEqual(["show", "whoami", "help"]);
    expect(commandsFor(["staff"])).not.toContain("grant");
    expect(commandsFor(["admin"])).toEqual([...STAFF_COMMANDS]);
    expect(commandsFor([])).toEqual([]);
  });

  it("bootstrap ids are admins even with nothing stored", () => {
    const none = MemberSchema.parse({});
    expect(effectiveRoles(none, 1, [1])).toEqual(["admin"]);
    expect(effectiveRoles(none, 2, [1])).toEqual([]);
    expect(effectiveRoles(MemberSchema.parse({ roles: ["deputy", "staff"] }), 1, [1])).toEqual(["admin", "staff", "deputy"]);
  });

  it("a deputy sees only forwarded-or-later items of their own targets", () => {
    const li = MemberSchema.parse({ roles: ["deputy"], targets: ["deputy-fengming"] });
    const item = makeItem({ target: "deputy-fengming" });
    const forwarded = transition(item, "forwarded", { role: "staff" }, 2, "forwarded");
    expect(deputyMaySee(item, li)).toBe(false); // still in triage
    expect(deputyMaySee(forwarded, li)).toBe(true);
    expect(deputyMaySee({ ...forwarded, target: "room-renhe" }, li)).toBe(false);
    expect(deputyMaySee(forwarded, MemberSchema.parse({ roles: ["staff"], targets: ["deputy-fengming"] }))).toBe(false);
    const closed = transition(transition(forwarded, "accepted", { role: "deputy" }, 3, "a"), "closed", { role: "staff" }, 4, "c");
    expect(deputyMaySee(closed, li)).toBe(true);
    expect(deputyMaySee(transition(item, "closed", { role: "staff" }, 2, "c"), li)).toBe(false);
  });
});

describe("deputy callback data", () => {
  const item = makeItem({ id: "K7M3QX" });
  it.each([
    ["1a:K7M3QX:1", { kind: "deputy", verb: "accept", code: "K7M3QX", stage: 1 }],
    ["1q:K7M3QX:12", { kind: "deputy", verb: "ask", code: "K7M3QX", stage: 12 }],
    ["1n:K7M3QX:3", { kind: "deputy", verb: "answer", code: "K7M3QX", stage: 3 }],
    ["1t:K7M3QX:2", { kind: "deputy", verb: "return", code: "K7M3QX", stage: 2 }],
    ["1f:K7M3QX:0", { kind: "triage", verb: "forward", code: "K7M3QX", stage: 0 }],
    ["1j:K7M3QX:1", { kind: "triage", verb: "reject", code: "K7M3QX", stage: 1 }],
    ["1v:K7M3QX", { kind: "show", code: "K7M3QX" }],
    ["1x", { kind: "cancel-pending" }],
    ["1ta:deputy-bayang:1x2y3z", { kind: "topic-accept", target: "deputy-bayang", check: "1x2y3z" }],
    // Cards sent before payloads were versioned, still in deputies' chats.
    ["d:a:K7M3QX:1", { kind: "deputy", verb: "accept", code: "K7M3QX", stage: 1 }],
    ["d:t:K7M3QX:2", { kind: "deputy", verb: "return", code: "K7M3QX", stage: 2 }],
    ["d:v:K7M3QX", { kind: "show", code: "K7M3QX" }],
    ["d:x", { kind: "cancel-pending" }],
  ])("unpacks %s", (data, expected) => {
    expect(unpackStaffButton(data)).toEqual(expected);
  });

  it.each(["", "d:", "d:a", "d:a:K7M3QX", "d:x:K7M3QX:1", "d:a:k7m3qx:1", "d:a:K7M3QX:-1", "d:a:K7M3QX:1:2", "d:a:K7M3QX:1234567", "d:v:K7M3QX:1", "i:r:K7M3QX:5", " d:a:K7M3QX:1", `d:a:${"A".repeat(60)}:1`, "x".repeat(65), "1a:K7M3QX", "1a:K7M3QX:1:2", "2a:K7M3QX:1", "1z:K7M3QX:1", "1x:1", "1v:k7m3qx", "1p:n1:?", "1r:K7M3QX:1:5", "1ta:deputy-bayang", "1ta:Deputy:abc", "1ta:deputy-bayang:abcdefghij"])("refuses %j", (data) => {
    expect(unpackStaffButton(data)).toBeNull();
  });

  it("encodes the item's status stage, which only status changes move", () => {
    const action = deputyAction("accept", item);
    expect(action).toBe("1a:K7M3QX:1");
    expect(new TextEncoder().encode(deputyAction("accept", { ...item, id: "ABCDEFGHJKMN", history: Array.from({ length: 999_999 }, () => item.history[0]!) })).length).toBeLessThanOrEqual(64);
    const forwarded = transition(item, "forwarded", { role: "staff" }, 2, "forwarded");
    expect(stageOf(forwarded)).toBe(2);
    expect(stageOf({ ...forwarded, history: [...forwarded.history, { at: 3, by: { role: "system" }, action: "stale-reported" }] })).toBe(2);
  });
});
