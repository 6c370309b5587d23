import { normalizeCode } from "../items/model.js";
import { isCalendarDay } from "../topics/machine.js";
import { SESSION_KINDS, TOPIC_ID, type SessionKind } from "../topics/model.js";
import { quarterRange } from "../topics/scorecard.js";
import { reply, type Reply } from "../replies.js";
import { RoleNameSchema, type RoleName } from "./roles.js";

/** Every staff-bot command (a contract: SPEC "Commands"), in the order /help lists them. */
export const STAFF_COMMANDS = ["queue", "next", "show", "route", "forward", "reject", "merge", "reply", "close", "stats", "export", "subscribe", "unsubscribe", "topic", "outcome", "pack", "grant", "revoke", "whoami", "help"] as const;
export type StaffCommandName = (typeof STAFF_COMMANDS)[number];

/** A staff command with its arguments parsed and checked for shape (not yet against stored data). */
export type StaffCommand =
  | { name: "help" | "whoami" | "queue" | "next" | "stats" | "unsubscribe" }
  /** targets null = every new item. */
  | { name: "subscribe"; targets: string[] | null; digest: boolean }
  | { name: "show" | "forward"; code: string }
  | { name: "route"; code: string; target: string; reason: string }
  | { name: "reject"; code: string; reason: string }
  | { name: "merge"; code: string; into: string }
  | { name: "reply"; code: string; text: string }
  | { name: "close"; code: string; note: string }
  | { name: "export"; from: number; to: number; fromDay: string; toDay: string }
  /** Consultation topics (#16): list the open ones, open one, put items on it, set its session, show it. */
  | { name: "topic"; sub: "list" }
  | { name: "topic"; sub: "new"; target: string; title: string }
  | { name: "topic"; sub: "add"; topic: string; codes: string[] }
  | { name: "topic"; sub: "session"; topic: string; startsAt: number; kind: SessionKind; venue: string }
  | { name: "topic"; sub: "show"; topic: string }
  | { name: "topic"; sub: "suggest"; target: string }
  | { name: "outcome"; topic: string; dueDate: string; responsible: string; text: string }
  | { name: "pack"; target: string; quarter: string }
  | { name: "grant"; userId: number; role: RoleName; target: string | null }
  | { name: "revoke"; userId: number; role: RoleName | null; target: string | null };

/** A parse: the command, or the one line that explains the misuse. */
export type ParsedCommand = { ok: true; command: StaffCommand } | { ok: false; reply: Reply };

/** Who may run each command. Deputies see /show only for their own targets' items. */
export const COMMAND_ROLES: Record<StaffCommandName, readonly RoleName[]> = {
  queue: ["staff", "admin"],
  next: ["staff", "admin"],
  show: ["deputy", "staff", "admin"],
  route: ["staff", "admin"],
  forward: ["staff", "admin"],
  reject: ["staff", "admin"],
  merge: ["staff", "admin"],
  reply: ["staff", "admin"],
  close: ["staff", "admin"],
  stats: ["staff", "admin"],
  export: ["staff", "admin"],
  subscribe: ["staff", "admin"],
  unsubscribe: ["staff", "admin"],
  topic: ["staff", "admin"],
  outcome: ["staff", "admin"],
  pack: ["staff", "admin"],
  grant: ["admin"],
  revoke: ["admin"],
  whoami: ["deputy", "staff", "admin"],
  help: ["deputy", "staff", "admin"],
};

/** True when a name is one of the staff commands. */
export function isStaffCommand(name: string): name is StaffCommandName {
  return (STAFF_COMMANDS as readonly string[]).includes(name);
}

/** True when someone holding `roles` may run `name`. */
export function mayRun(name: StaffCommandName, roles: readonly RoleName[]): boolean {
  return COMMAND_ROLES[name].some((r) => roles.includes(r));
}

/** The commands /help lists for someone holding `roles`. */
export function commandsFor(roles: readonly RoleName[]): StaffCommandName[] {
  return STAFF_COMMANDS.filter((c) => mayRun(c, roles));
}

/** The longest free text a command takes (a reason, a note, a reply to a resident). */
export const MAX_COMMAND_TEXT = 3500;
/** The county's clock for export dates: China Standard Time, UTC+8, no daylight saving. */
const TZ_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** The default export range when no dates are given: the last 30 days. */
const DEFAULT_EXPORT_DAYS = 30;
/** The longest range one export may cover (its rows are capped as well). */
const MAX_EXPORT_DAYS = 3660;

const usage = (name: StaffCommandName): ParsedCommand => ({ ok: false, reply: reply("staff-usage", {}, { lines: [{ key: `help-${name}` }] }) });
const CODE = /^[A-Z0-9]{4,12}$/;
/** The most item codes one /topic add takes (a topic holds at most 50). */
const MAX_TOPIC_CODES = 50;
/** A session's time as the county writes it: "2026-07-01 19:30" (China Standard Time). */
const SESSION_TIME = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}):(\d{2})$/;

/** Splits off the first `n` words; the rest is free text (may be empty). */
function words(args: string, n: number): { head: string[]; rest: string } {
  const head: string[] = [];
  let rest = args.trim();
  for (let i = 0; i < n && rest; i++) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(rest)!;
    head.push(m[1]!);
    rest = m[2]!.trim();
  }
  return { head, rest };
}

/** Formats epoch ms as the county's calendar day, YYYY-MM-DD. */
export function countyDay(at: number): string {
  return new Date(at + TZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** The epoch ms at which a county calendar day (YYYY-MM-DD) starts, or null if it is not a real date. */
export function dayStart(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return null;
  return ms - TZ_OFFSET_MS;
}

/**
 * Parses a command's arguments. Pure; `now` sets the default export range.
 * Only call it for a command the person may run, so nobody learns a usage they cannot use.
 */
export function parseCommand(name: StaffCommandName, args: string, now: number): ParsedCommand {
  const ok = (command: StaffCommand): ParsedCommand => ({ ok: true, command });
  const codeOf = (raw: string | undefined): string | null => {
    if (!raw) return null;
    const code = normalizeCode(raw);
    return CODE.test(code) ? code : null;
  };
  const badCode = (raw: string): ParsedCommand => ({ ok: false, reply: reply("staff-bad-code", { code: raw.slice(0, 40) }) });
  const tooLong = (): ParsedCommand => ({ ok: false, reply: reply("staff-text-too-long", { max: MAX_COMMAND_TEXT }) });

  switch (name) {
    case "help":
    case "whoami":
    case "queue":
    case "next":
    case "stats":
      return ok({ name });
    case "show":
    case "forward": {
      const { head, rest } = words(args, 1);
      if (!head[0] || rest) return usage(name);
      const code = codeOf(head[0]);
      return code ? ok({ name, code }) : badCode(head[0]);
    }
    case "route": {
      const { head, rest } = words(args, 2);
      if (head.length < 2) return usage(name);
      const code = codeOf(head[0]);
      if (!code) return badCode(head[0]!);
      if (rest.length > 500) return { ok: false, reply: reply("staff-text-too-long", { max: 500 }) };
      return ok({ name, code, target: head[1]!.toLowerCase(), reason: rest });
    }
    case "reject":
    case "reply":
    case "close": {
      const { head, rest } = words(args, 1);
      if (!head[0] || !rest) return usage(name);
      const code = codeOf(head[0]);
      if (!code) return badCode(head[0]);
      if (rest.length > MAX_COMMAND_TEXT) return tooLong();
      if (name === "reject") return ok({ name, code, reason: rest });
      if (name === "reply") return ok({ name, code, text: rest });
      return ok({ name, code, note: rest });
    }
    case "merge": {
      const { head, rest } = words(args, 2);
      if (head.length < 2 || rest) return usage(name);
      const code = codeOf(head[0]);
      if (!code) return badCode(head[0]!);
      const into = codeOf(head[1]);
      if (!into) return badCode(head[1]!);
      if (code === into) return { ok: false, reply: reply("staff-merge-self", { code }) };
      return ok({ name, code, into });
    }
    case "export": {
      const { head, rest } = words(args, 2);
      if (rest) return usage(name);
      const toDay = head[1] ?? countyDay(now);
      const to = dayStart(toDay);
      if (to === null) return { ok: false, reply: reply("staff-bad-date", { date: toDay.slice(0, 20) }) };
      const fromDay = head[0] ?? countyDay(to - (DEFAULT_EXPORT_DAYS - 1) * DAY_MS);
      const from = dayStart(fromDay);
      if (from === null) return { ok: false, reply: reply("staff-bad-date", { date: fromDay.slice(0, 20) }) };
      if (from > to) return { ok: false, reply: reply("staff-bad-range", { from: fromDay, to: toDay }) };
      if (to - from > MAX_EXPORT_DAYS * DAY_MS) return { ok: false, reply: reply("staff-range-too-long", { days: MAX_EXPORT_DAYS }) };
      return ok({ name, from, to: to + DAY_MS, fromDay, toDay });
    }
    case "topic":
      return parseTopic(args);
    case "outcome": {
      // /outcome <topic> <due YYYY-MM-DD> <responsible…> | <decision…>: the bar ends the responsible body (it may have spaces).
      const bar = args.indexOf("|");
      if (bar < 0) return usage(name);
      const { head, rest } = words(args.slice(0, bar), 2);
      const text = args.slice(bar + 1).trim();
      if (head.length < 2 || !rest || !text) return usage(name);
      const topic = head[0]!.toUpperCase();
      if (!TOPIC_ID.test(topic)) return { ok: false, reply: reply("staff-bad-topic", { topic: head[0]!.slice(0, 20) }) };
      if (!isCalendarDay(head[1]!)) return { ok: false, reply: reply("topic-bad-due-date") };
      if (text.length > MAX_COMMAND_TEXT || rest.length > 200) return tooLong();
      return ok({ name, topic, dueDate: head[1]!, responsible: rest, text });
    }
    case "pack": {
      const { head, rest } = words(args, 2);
      if (head.length < 2 || rest) return usage(name);
      if (!quarterRange(head[1]!)) return { ok: false, reply: reply("topic-bad-quarter", { quarter: head[1]!.slice(0, 20) }) };
      return ok({ name, target: head[0]!.toLowerCase(), quarter: head[1]!.toUpperCase().replace("-", "") });
    }
    case "grant": {
      const { head, rest } = words(args, 3);
      if (head.length < 2 || rest) return usage(name);
      const userId = telegramId(head[0]!);
      const role = RoleNameSchema.safeParse(head[1]!.toLowerCase());
      if (userId === null || !role.success) return usage(name);
      const target = head[2]?.toLowerCase() ?? null;
      if (role.data === "deputy" && !target) return { ok: false, reply: reply("staff-grant-needs-target") };
      if (role.data !== "deputy" && target) return usage(name);
      return ok({ name, userId, role: role.data, target });
    }
    case "subscribe": {
      // "/subscribe", "/subscribe digest", "/subscribe deputy-fengming room-renhe [digest]"
      const tokens = args.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (tokens.length > 20) return usage(name);
      const digest = tokens.includes("digest");
      const targets = tokens.filter((t) => t !== "digest" && t !== "all");
      if (targets.some((t) => !/^[a-z0-9][a-z0-9-]{0,39}$/.test(t))) return usage(name);
      return ok({ name, targets: targets.length ? [...new Set(targets)] : null, digest });
    }
    case "unsubscribe":
      return args.trim() ? usage(name) : ok({ name });
    case "revoke": {
      const { head, rest } = words(args, 3);
      if (head.length < 1 || rest) return usage(name);
      const userId = telegramId(head[0]!);
      if (userId === null) return usage(name);
      if (head[1] === undefined) return ok({ name, userId, role: null, target: null });
      const role = RoleNameSchema.safeParse(head[1].toLowerCase());
      if (!role.success) return usage(name);
      // Only a deputy's role has targets: "/revoke 123 deputy deputy-fengming" takes that one.
      const target = head[2]?.toLowerCase() ?? null;
      if (target && role.data !== "deputy") return usage(name);
      return ok({ name, userId, role: role.data, target });
    }
  }
}

/** "/topic", "/topic new <target> <title>", "/topic add <topic> <codes…>", "/topic session <topic> <YYYY-MM-DD> <HH:mm> <kind> <venue>", "/topic show <topic>". */
function parseTopic(args: string): ParsedCommand {
  const ok = (command: StaffCommand): ParsedCommand => ({ ok: true, command });
  const { head, rest } = words(args, 1);
  const sub = head[0]?.toLowerCase();
  if (!sub) return ok({ name: "topic", sub: "list" });
  const badTopic = (raw: string): ParsedCommand => ({ ok: false, reply: reply("staff-bad-topic", { topic: raw.slice(0, 20) }) });
  if (sub === "suggest") {
    const { head: [target], rest: more } = words(rest, 1);
    if (!target || more) return usage("topic");
    return ok({ name: "topic", sub: "suggest", target: target.toLowerCase() });
  }
  if (sub === "new") {
    const { head: [target], rest: title } = words(rest, 1);
    if (!target || !title) return usage("topic");
    if (title.length > 200) return { ok: false, reply: reply("staff-text-too-long", { max: 200 }) };
    return ok({ name: "topic", sub: "new", target: target.toLowerCase(), title });
  }
  const { head: [raw], rest: more } = words(rest, 1);
  if (!raw) return usage("topic");
  const topic = raw.toUpperCase();
  if (!TOPIC_ID.test(topic)) return badTopic(raw);
  if (sub === "show") return more ? usage("topic") : ok({ name: "topic", sub: "show", topic });
  if (sub === "add") {
    const codes = more.split(/[\s,，、]+/).filter(Boolean);
    if (codes.length === 0 || codes.length > MAX_TOPIC_CODES) return usage("topic");
    const normal = codes.map(normalizeCode);
    const bad = normal.findIndex((c) => !CODE.test(c));
    if (bad >= 0) return { ok: false, reply: reply("staff-bad-code", { code: codes[bad]!.slice(0, 40) }) };
    return ok({ name: "topic", sub: "add", topic, codes: normal });
  }
  if (sub === "session") {
    const { head: when, rest: venue } = words(more, 3);
    const m = SESSION_TIME.exec(`${when[0] ?? ""} ${when[1] ?? ""}`);
    const kind = when[2]?.toLowerCase();
    if (!m || !kind || !venue) return usage("topic");
    const [, day, hh, mm] = m;
    const start = dayStart(day!);
    if (start === null || Number(hh) > 23 || Number(mm) > 59) return { ok: false, reply: reply("staff-bad-date", { date: `${day} ${hh}:${mm}` }) };
    if (!(SESSION_KINDS as readonly string[]).includes(kind)) return { ok: false, reply: reply("staff-bad-session-kind", { kind: kind.slice(0, 40), kinds: SESSION_KINDS.join(", ") }) };
    if (venue.length > 200) return { ok: false, reply: reply("staff-text-too-long", { max: 200 }) };
    return ok({ name: "topic", sub: "session", topic, startsAt: start + (Number(hh) * 60 + Number(mm)) * 60_000, kind: kind as SessionKind, venue });
  }
  return usage("topic");
}

function telegramId(raw: string): number | null {
  return /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
