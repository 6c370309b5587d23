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
    expect(revoke(7, both, "deputy", null, [], dir, "en").write).toMatchObject({ value: { roles: ["staff"], targets: [], chatId: 5 }, previousRoles: ["staff", "deputy"], previousTargets: ["room-renhe"] });
    expect(revoke(7, both, null, null, [], dir, "en").write).toMatchObject({ value: null, roles: [], targets: [], expectedVersion: 3 });
    expect(revoke(7, both, "admin", null, [], dir, "en")).toMatchObject({ write: null, replies: [{ key: "staff-revoke-nothing" }], notices: [] });
    expect(revoke(7, empty, null, null, [7], dir, "en").replies.map((r) => r.key)).toEqual(["staff-revoke-nothing", "staff-revoke-bootstrap"]);
  });

  it("takes one target of a deputy's several; the role goes with the last one", () => {
    const two = { value: { roles: ["deputy"], targets: ["room-renhe", "deputy-fengming"], chatId: 5, locale: "zh-CN" }, version: 2 };
    const one = revoke(7, two, "deputy", "room-renhe", [], dir, "en");
    expect(one.write).toMatchObject({ value: { roles: ["deputy"], targets: ["deputy-fengming"] }, previousTargets: ["room-renhe", "deputy-fengming"] });
    expect(one.replies[0]).toMatchObject({ key: "staff-revoked", args: { role: "target" } });
    const last = revoke(7, { value: one.write!.value, version: 3 }, "deputy", "deputy-fengming", [], dir, "en");
    expect(last.write).toMatchObject({ value: null, roles: [], targets: [] });
    expect(revoke(7, two, "deputy", "room-panlong", [], dir, "en")).toMatchObject({ write: null, replies: [{ key: "staff-revoke-nothing" }] });
  });

  it("tells the person what they lost, in their language, and gives them the menu of what is left", () => {
    const both = { value: { roles: ["staff", "deputy"], targets: ["room-renhe"], chatId: 55, locale: "zh-TW" }, version: 3 };
    const r = revoke(7, both, "staff", null, [], dir, "en");
    expect(r.notices).toEqual([{ bot: "staff", chatId: 55, locale: "zh-TW", reply: expect.objectContaining({ key: "staff-you-were-revoked", args: expect.objectContaining({ role: "staff" }) }) }]);
    expect(r.notices[0]!.reply.menu!.map((c) => c.command)).toEqual(["show", "whoami", "help"]);
    // Nothing left: the menu goes back to the bot's default.
    expect(revoke(7, both, null, null, [], dir, "en").notices[0]!.reply.menu).toEqual([]);
  });

  it("a grant gives the person the menu of their roles: a deputy sees deputy commands only", () => {
    const r = grant(900002, empty, "deputy", "deputy-fengming", dir, "en", "zh-CN");
    expect(r.notices[0]!.reply.menu!.map((c) => c.command)).toEqual(["show", "whoami", "help"]);
    const staff = grant(900003, empty, "staff", null, dir, "en", "zh-CN");
    expect(staff.notices[0]!.reply.menu!.map((c) => c.command)).toEqual(expect.arrayContaining(["queue", "forward", "stats"]));
    expect(staff.notices[0]!.reply.menu!.map((c) => c.command)).not.toContain("grant");
  });
});
