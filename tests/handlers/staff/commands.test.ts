import { describe, expect, it } from "vitest";
import { countyDay, dayStart, parseCommand, type StaffCommandName } from "../../../handlers/staff/commands.js";

const NOW = Date.parse("2026-05-20T10:00:00Z");
const parse = (name: StaffCommandName, args: string) => parseCommand(name, args, NOW);

describe("parsing staff commands", () => {
  it.each<[StaffCommandName, string, unknown]>([
    ["show", "k7m3qx", { name: "show", code: "K7M3QX" }],
    ["show", "#K7M3QX", { name: "show", code: "K7M3QX" }],
    ["forward", "K7M3QX", { name: "forward", code: "K7M3QX" }],
    ["route", "K7M3QX Room-Renhe about the market", { name: "route", code: "K7M3QX", target: "room-renhe", reason: "about the market" }],
    ["route", "K7M3QX room-renhe", { name: "route", code: "K7M3QX", target: "room-renhe", reason: "" }],
    ["reject", "K7M3QX not a county matter\nsecond line", { name: "reject", code: "K7M3QX", reason: "not a county matter\nsecond line" }],
    ["reply", "K7M3QX <b>hi</b>", { name: "reply", code: "K7M3QX", text: "<b>hi</b>" }],
    ["close", "K7M3QX done", { name: "close", code: "K7M3QX", note: "done" }],
    ["merge", "K7M3QX A3C4DE", { name: "merge", code: "K7M3QX", into: "A3C4DE" }],
    ["grant", "900002 deputy deputy-fengming", { name: "grant", userId: 900002, role: "deputy", target: "deputy-fengming" }],
    ["grant", "900003 STAFF", { name: "grant", userId: 900003, role: "staff", target: null }],
    ["revoke", "900003", { name: "revoke", userId: 900003, role: null, target: null }],
    ["revoke", "900003 deputy", { name: "revoke", userId: 900003, role: "deputy", target: null }],
    ["revoke", "900003 deputy Room-Renhe", { name: "revoke", userId: 900003, role: "deputy", target: "room-renhe" }],
    ["queue", "", { name: "queue" }],
    ["topic", "", { name: "topic", sub: "list" }],
    ["topic", "new Deputy-Fengming 凤鸣 老街路灯", { name: "topic", sub: "new", target: "deputy-fengming", title: "凤鸣 老街路灯" }],
    ["topic", "add tk7m3q k7m3qx, A3C4DE、#B2C3D4", { name: "topic", sub: "add", topic: "TK7M3Q", codes: ["K7M3QX", "A3C4DE", "B2C3D4"] }],
    ["topic", "show TK7M3Q", { name: "topic", sub: "show", topic: "TK7M3Q" }],
    ["topic", "session TK7M3Q 2026-06-10 19:30 Courtyard 老街 3 号院坝", { name: "topic", sub: "session", topic: "TK7M3Q", startsAt: Date.parse("2026-06-10T19:30:00+08:00"), kind: "courtyard", venue: "老街 3 号院坝" }],
    ["outcome", "TK7M3Q 2026-07-31 凤鸣镇 人民政府 | 七月底前 | 更换路灯", { name: "outcome", topic: "TK7M3Q", dueDate: "2026-07-31", responsible: "凤鸣镇 人民政府", text: "七月底前 | 更换路灯" }],
    ["pack", "Deputy-Fengming 2026q3", { name: "pack", target: "deputy-fengming", quarter: "2026Q3" }],
    ["pack", "deputy-fengming 2026-Q4", { name: "pack", target: "deputy-fengming", quarter: "2026Q4" }],
  ])("/%s %s", (name, args, expected) => {
    expect(parse(name, args)).toEqual({ ok: true, command: expected });
  });

  it.each<[StaffCommandName, string, string]>([
    ["show", "", "staff-usage"],
    ["topic", "new deputy-fengming", "staff-usage"],
    ["topic", "add TK7M3Q", "staff-usage"],
    ["topic", "add K7M3QX A3C4DE", "staff-bad-topic"],
    ["topic", "add TK7M3Q K7M3QX !!", "staff-bad-code"],
    ["topic", "show TK7M3Q more", "staff-usage"],
    ["topic", "rename TK7M3Q x", "staff-usage"],
    ["topic", "session TK7M3Q 2026-06-10 19:30 party 老街", "staff-bad-session-kind"],
    ["topic", "session TK7M3Q 2026-02-30 19:30 field 老街", "staff-bad-date"],
    ["topic", "session TK7M3Q 2026-06-10 25:30 field 老街", "staff-bad-date"],
    ["topic", "session TK7M3Q 2026-06-10 19:30 field", "staff-usage"],
    ["outcome", "TK7M3Q 2026-07-31 凤鸣镇人民政府 七月底前更换路灯", "staff-usage"],
    ["outcome", "TK7M3Q 2026-07-31 | 七月底前更换路灯", "staff-usage"],
    ["outcome", "TK7M3Q 2026-07-31 凤鸣镇人民政府 |  ", "staff-usage"],
    ["outcome", "TK7M3Q 31.07.2026 凤鸣镇人民政府 | 更换路灯", "topic-bad-due-date"],
    ["outcome", "K7M3QX 2026-07-31 凤鸣镇人民政府 | 更换路灯", "staff-bad-topic"],
    ["pack", "deputy-fengming", "staff-usage"],
    ["pack", "deputy-fengming 2026Q5", "topic-bad-quarter"],
    ["show", "K7M3QX extra", "staff-usage"],
    ["show", "not-a-code!", "staff-bad-code"],
    ["route", "K7M3QX", "staff-usage"],
    ["reject", "K7M3QX", "staff-usage"],
    ["reply", "", "staff-usage"],
    ["close", "K7M3QX   ", "staff-usage"],
    ["merge", "K7M3QX", "staff-usage"],
    ["merge", "K7M3QX k7m3qx", "staff-merge-self"],
    ["grant", "900002 deputy", "staff-grant-needs-target"],
    ["grant", "900002 staff deputy-fengming", "staff-usage"],
    ["grant", "abc staff", "staff-usage"],
    ["grant", "900002 king", "staff-usage"],
    ["revoke", "", "staff-usage"],
    ["revoke", "900002 king", "staff-usage"],
    ["revoke", "900002 staff room-renhe", "staff-usage"],
    ["revoke", "900002 deputy room-renhe extra", "staff-usage"],
    ["export", "2026-02-30", "staff-bad-date"],
    ["export", "yesterday", "staff-bad-date"],
    ["export", "2026-05-02 2026-05-01", "staff-bad-range"],
    ["export", "2000-01-01 2026-05-01", "staff-range-too-long"],
    ["export", "2026-05-01 2026-05-02 2026-05-03", "staff-usage"],
  ])("/%s %j is refused with %s", (name, args, key) => {
    const parsed = parse(name, args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reply.key).toBe(key);
  });

  it("a usage line names the command's own help line", () => {
    const parsed = parse("route", "");
    expect(parsed).toEqual({ ok: false, reply: { key: "staff-usage", args: {}, lines: [{ key: "help-route" }] } });
  });

  it("refuses free text over the limit", () => {
    const parsed = parse("reply", `K7M3QX ${"x".repeat(4000)}`);
    expect(parsed.ok || parsed.reply.key).toBe("staff-text-too-long");
  });

  it("/export reads county dates (UTC+8) and defaults to the last 30 days", () => {
    expect(countyDay(Date.parse("2026-05-20T17:00:00Z"))).toBe("2026-05-21");
    expect(dayStart("2026-05-21")).toBe(Date.parse("2026-05-20T16:00:00Z"));
    const parsed = parse("export", "");
    expect(parsed).toEqual({ ok: true, command: { name: "export", fromDay: "2026-04-21", toDay: "2026-05-20", from: dayStart("2026-04-21"), to: dayStart("2026-05-21") } });
    const one = parse("export", "2026-05-01 2026-05-01");
    expect(one.ok && one.command).toMatchObject({ from: dayStart("2026-05-01"), to: dayStart("2026-05-02") });
  });
});
