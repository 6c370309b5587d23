/**
 * Seeds the staff bot's team through the app's own member write path (the
 * same atomic compare-and-set a `/grant` commits): roles, deputies' targets,
 * and where to reach each member.
 *
 * `npm start` calls {@link seedMembers} with the playground's team. Run it
 * directly against any Upstash-compatible store with the contract environment:
 *
 *   UPSTASH_REDIS_REST_URL=… UPSTASH_REDIS_REST_TOKEN=… tsx scripts/seed.ts
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createUpstashMemberDirectory } from "../api/store/item-repo.js";
import { createRedis } from "../api/store/redis.js";
import { createUpstashTurnStore } from "../api/store/turn-store.js";
import { loadDefaultDirectory } from "../handlers/directory/default.js";
import { resolveLocale, type Locale } from "../handlers/locale.js";
import type { MemberWrite } from "../handlers/ports.js";
import { parseMember, type Member, type RoleName } from "../handlers/staff/roles.js";
import { ADMIN_ID, DEPUTIES, STAFF, type Persona } from "../dev/playground/personas.js";

/** One member to seed. Roles and targets are added to whatever the member already has. */
export interface SeedMember {
  userId: number;
  roles: RoleName[];
  targets: string[];
  name?: string;
  locale?: Locale;
}

/** Where to seed. */
export interface SeedOptions {
  url: string;
  token: string;
  /** REDIS_KEY_PREFIX; default `yy:`. */
  prefix?: string;
  /** Recorded as the granting party (the bootstrap admin). */
  grantedBy: number;
}

/** The update id the seed's writes are marked with; Telegram's update ids are positive, so it never meets a real one. */
const SEED_UPDATE_ID = 0;

/** The playground's team: the staff member, and one deputy for each of two targets (the admin is a bootstrap id). */
export function playgroundTeam(): SeedMember[] {
  const member = (p: Persona, roles: RoleName[]): SeedMember => ({
    userId: p.id,
    roles,
    targets: p.target ? [p.target] : [],
    name: [p.first_name, p.last_name].filter(Boolean).join(""),
    locale: resolveLocale(p.language_code, "zh-CN"),
  });
  return [...STAFF.filter((p) => p.role === "staff").map((p) => member(p, ["staff"])), ...DEPUTIES.map((p) => member(p, ["deputy"]))];
}

/**
 * Adds roles (and deputies' targets) to members, one atomic write each, and
 * returns a line per member. Idempotent: a member who already has everything is left alone.
 * @throws if a target is not in the directory or a write loses a race.
 */
export async function seedMembers(opts: SeedOptions, members: SeedMember[]): Promise<string[]> {
  const prefix = opts.prefix ?? "yy:";
  const redis = createRedis({ url: opts.url, token: opts.token });
  const store = createUpstashTurnStore(redis, { prefix, messagesPerMinute: 1000, itemsPerDay: 1000 });
  const directory = createUpstashMemberDirectory(redis, prefix);
  const targets = new Set(loadDefaultDirectory().targets.map((t) => t.id));
  const lines: string[] = [];
  for (const m of members) {
    const unknown = m.targets.filter((t) => !targets.has(t));
    if (unknown.length) throw new Error(`not a directory target: ${unknown.join(", ")}`);
    const snapshot = await directory.get(m.userId);
    const before = parseMember(snapshot.value);
    const after: Member = {
      ...before,
      roles: [...new Set([...before.roles, ...m.roles])],
      targets: [...new Set([...before.targets, ...m.targets])],
      chatId: before.chatId ?? m.userId,
      ...(m.name && { name: m.name }),
      ...(m.locale && { locale: m.locale }),
    };
    const write: MemberWrite = { userId: m.userId, expectedVersion: snapshot.version, value: after, roles: after.roles, targets: after.targets, previousRoles: before.roles, previousTargets: before.targets };
    const outcome = await store.commit({ bot: "staff", updateId: SEED_UPDATE_ID, party: { scope: "staff", userId: opts.grantedBy }, members: [write] });
    if (!outcome.ok) throw new Error(`seeding ${m.userId} failed: ${outcome.reason}`);
    lines.push(`${m.userId} ${after.roles.join("+")}${after.targets.length ? ` of ${after.targets.join(", ")}` : ""}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const url = process.env.UPSTASH_REDIS_REST_URL;
  const token = process.env.UPSTASH_REDIS_REST_TOKEN;
  if (!url || !token) {
    console.error("Set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN (and REDIS_KEY_PREFIX if not yy:).");
    process.exit(2);
  }
  const admin = Number((process.env.ADMIN_TELEGRAM_IDS ?? String(ADMIN_ID)).split(",")[0]);
  for (const line of await seedMembers({ url, token, prefix: process.env.REDIS_KEY_PREFIX || "yy:", grantedBy: admin }, playgroundTeam())) console.log(`seeded ${line}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
