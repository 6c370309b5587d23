import { describe, expect, it } from "vitest";
import { StaffRefusal } from "../../../handlers/staff/errors.js";
import { grant, revoke } from "../../../handlers/staff/members.js";
import { dir } from "./support.js";

const empty = { value: null, version: 0 };

describe("/grant and /revoke", () => {
  it("grants a deputy a target, keeping the indexes' previous values for cleanup", () => {
    const r = grant(900002, empty, "deputy", "deputy-fengming", dir, "en", "zh-CN");
    expect(r.write).toEqual({ userId: 900002, expectedVersion: 0, value: { roles: ["deputy"], targets: ["deputy-fengming"] }, roles: ["deputy"], targets: ["deputy-fengming"], previousRoles: [], previousTargets: [] });
    expect(r.notices).toEqual([expect.objectContaining({ bot: "staff", chatId: 900002, locale: "zh-CN", reply: expect.objectContaining({ key: "staff-you-were-granted" }) })]);
    const second = grant(900002, { value: r.write!.value, version: 1 }, "deputy", "room-renhe", dir, "en", "zh-CN");
    expect(second.write).toMatchObject({ expectedVersion: 1, targets: ["deputy-fengming", "room-renhe"], previousTargets: ["deputy-fengming"] });
    expect(grant(900002, { value: r.write!.value, version: 1 }, "deputy", "deputy-fengming", dir, "en", "zh-CN")).toMatchObject({ write: null, replies: [{ key: "staff-grant-exists" }] });
  });

  it("refuses a deputy target that is not in the directory", () => {
    expect(() => grant(1, empty, "deputy", "nowhere", dir, "en", "en")).toThrow(StaffRefusal);
  });

  it("revokes one role or all; a member with no role left is removed", () => {
    const both = { value: { roles: ["staff", "deputy"], targets: ["room-renhe"], chatId: 5 }, version: 3 };
    expect(revoke(7, both, "deputy", []).write).toMatchObject({ value: { roles: ["staff"], targets: [], chatId: 5 }, previousRoles: ["staff", "deputy"], previousTargets: ["room-renhe"] });
    expect(revoke(7, both, null, []).write).toMatchObject({ value: null, roles: [], targets: [], expectedVersion: 3 });
    expect(revoke(7, both, "admin", [])).toMatchObject({ write: null, replies: [{ key: "staff-revoke-nothing" }] });
    expect(revoke(7, empty, null, [7]).replies.map((r) => r.key)).toEqual(["staff-revoke-nothing", "staff-revoke-bootstrap"]);
  });
});
