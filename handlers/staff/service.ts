import { resolveLocale, type Locale } from "../locale.js";
import type { TurnStore } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { runTurn } from "../turn.js";
import type { StaffEnvelope } from "./input.js";
import { effectiveRoles, parseMember, type RoleName } from "./roles.js";

/** Dependencies of the staff service. */
export interface StaffServiceDeps {
  store: TurnStore;
  defaultLocale: Locale;
  adminIds: readonly number[];
}

/** What the staff adapter must send back. */
export interface StaffTurn {
  outcome: "handled" | "duplicate";
  locale: Locale;
  replies: Reply[];
}

/** The staff bot's domain service: one call per Telegram update. */
export interface StaffService {
  handle(envelope: StaffEnvelope): Promise<StaffTurn>;
}

/** Builds the staff service. */
export function createStaffService(deps: StaffServiceDeps): StaffService {
  return {
    async handle(env) {
      const locale = resolveLocale(env.user.languageCode, deps.defaultLocale);
      const result = await runTurn(deps.store, { bot: "staff", updateId: env.updateId, party: { scope: "staff", userId: env.user.id }, limits: [] }, (start) => {
        const member = parseMember(start.profile.value);
        const roles = effectiveRoles(member, env.user.id, deps.adminIds);
        const replies: Reply[] = [];
        const rolesArg = (rs: RoleName[]) => (rs.length ? rs.join(", ") : "none");
        const input = env.input;
        if (input.type === "command" && input.command === "start") {
          replies.push(reply("staff-start", { hasRole: roles.length ? "yes" : "no", roles: rolesArg(roles), userId: String(env.user.id) }));
        } else if (input.type === "command" && input.command === "whoami") {
          replies.push(reply("staff-whoami", { userId: String(env.user.id), roles: rolesArg(roles) }));
        } else if (roles.length === 0) {
          replies.push(reply("staff-no-role"));
        } else {
          replies.push(reply("staff-help"));
        }
        return { commit: {}, replies };
      });
      return { outcome: result.outcome, locale, replies: result.replies };
    },
  };
}
