import { listSeparator, type Locale } from "../locale.js";
import type { MemberWrite, Notice, Snapshot } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { refuse } from "./errors.js";
import type { DirectoryView } from "../directory/view.js";
import { commandsFor } from "./commands.js";
import { parseMember, type Member, type RoleName } from "./roles.js";

/** The command menu of someone holding `roles` (Telegram shows it next to the text field). */
export function menuFor(roles: readonly RoleName[]): Array<{ command: string; key: string }> {
  return commandsFor(roles).map((command) => ({ command, key: `cmd-staff-${command}` }));
}

/** The result of /grant or /revoke: the member write (if anything changes), the reply, a notice to the person. */
export interface MemberChange {
  write: MemberWrite | null;
  replies: Reply[];
  notices: Notice[];
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function memberWrite(userId: number, snapshot: Snapshot, before: Member, after: Member | null): MemberWrite {
  return {
    userId,
    expectedVersion: snapshot.version,
    value: after,
    roles: after?.roles ?? [],
    targets: after?.targets ?? [],
    previousRoles: before.roles,
    previousTargets: before.targets,
  };
}

/**
 * /grant: adds a role (and for a deputy, a directory target) to a member.
 * @throws {import("./errors.js").StaffRefusal} "staff-unknown-target" for a target not in the directory.
 */
export function grant(userId: number, snapshot: Snapshot, role: RoleName, target: string | null, dir: DirectoryView, locale: Locale, fallback: Locale): MemberChange {
  if (role === "deputy" && (!target || !dir.hasTarget(target))) refuse("staff-unknown-target", { target: target ?? "" });
  const before = parseMember(snapshot.value);
  const targetName = target ? dir.targetName(target, locale) : "none";
  if (before.roles.includes(role) && (role !== "deputy" || before.targets.includes(target!))) {
    return { write: null, replies: [reply("staff-grant-exists", { userId: String(userId), role, target: targetName })], notices: [] };
  }
  const after: Member = { ...before, roles: uniq([...before.roles, role]), targets: role === "deputy" ? uniq([...before.targets, target!]) : before.targets };
  const to = { chatId: before.chatId ?? userId, locale: before.locale ?? fallback };
  return {
    write: memberWrite(userId, snapshot, before, after),
    replies: [reply("staff-granted", { userId: String(userId), role, target: targetName })],
    // Their menu changes with the role: a deputy sees deputy commands only.
    notices: [{ bot: "staff", chatId: to.chatId, locale: to.locale, reply: reply("staff-you-were-granted", { role, target: target ? dir.targetName(target, to.locale) : "none" }, { menu: menuFor(after.roles) }) }],
  };
}

/**
 * /revoke: removes one role (a deputy loses all targets with it), one target
 * of a deputy's several (the role stays while any target is left), or every
 * role when none is named. The person is told, and their menu follows.
 */
export function revoke(userId: number, snapshot: Snapshot, role: RoleName | null, target: string | null, adminIds: readonly number[], dir: DirectoryView, fallback: Locale): MemberChange {
  const before = parseMember(snapshot.value);
  const oneTarget = role === "deputy" && target !== null;
  const targets = role === null || (role === "deputy" && !oneTarget) ? [] : oneTarget ? before.targets.filter((t) => t !== target) : before.targets;
  const roles = role === null ? [] : oneTarget && targets.length > 0 ? before.roles : before.roles.filter((r) => r !== role);
  const bootstrap = adminIds.includes(userId) && (role === null || role === "admin");
  const note = bootstrap ? [reply("staff-revoke-bootstrap", { userId: String(userId) })] : [];
  const what = oneTarget ? "target" : (role ?? "all");
  if (roles.length === before.roles.length && targets.length === before.targets.length) {
    return { write: null, replies: [reply("staff-revoke-nothing", { userId: String(userId), role: what }), ...note], notices: [] };
  }
  // Nobody keeps a member record without a role: it only says how to reach a member.
  const after: Member | null = roles.length ? { ...before, roles, targets } : null;
  const to = { chatId: before.chatId ?? userId, locale: before.locale ?? fallback };
  const kept = effective(after?.roles ?? [], bootstrap || adminIds.includes(userId));
  const told = reply("staff-you-were-revoked", { role: what, target: oneTarget ? dir.targetName(target!, to.locale) : "none" }, { menu: menuFor(kept) });
  return {
    write: memberWrite(userId, snapshot, before, after),
    replies: [reply("staff-revoked", { userId: String(userId), role: what, target: oneTarget ? dir.targetName(target!, to.locale) : "none" }), ...note],
    notices: [{ bot: "staff", chatId: to.chatId, locale: to.locale, reply: told }],
  };
}

/** Roles that still count: the stored ones, and admin for a bootstrap id (ADMIN_TELEGRAM_IDS). */
function effective(roles: readonly RoleName[], bootstrapAdmin: boolean): RoleName[] {
  return bootstrapAdmin && !roles.includes("admin") ? [...roles, "admin"] : [...roles];
}

/** /whoami and /start: one line per role, deputies with their targets' names. */
export function roleLines(roles: readonly RoleName[], member: Member, dir: DirectoryView, locale: Locale) {
  if (roles.length === 0) return [{ key: "role-none" }];
  return roles.map((r) => (r === "deputy" ? { key: "role-deputy", args: { target: member.targets.map((t) => dir.targetName(t, locale)).join(listSeparator(locale)) || "—" } } : { key: `role-${r}` }));
}
