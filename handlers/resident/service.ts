import { resolveLocale, type Locale } from "../locale.js";
import type { LimitCheck, TurnStore } from "../ports.js";
import { reply, type Reply } from "../replies.js";
import { runTurn } from "../turn.js";
import type { ResidentEnvelope } from "./input.js";

/** Dependencies of the resident service. */
export interface ResidentServiceDeps {
  store: TurnStore;
  defaultLocale: Locale;
  conversationTtlSeconds: number;
}

/** What the adapter must send back, and in which language. */
export interface ResidentTurn {
  outcome: "handled" | "duplicate";
  locale: Locale;
  replies: Reply[];
}

/** The resident bot's domain service: one call per Telegram update. */
export interface ResidentService {
  handle(envelope: ResidentEnvelope): Promise<ResidentTurn>;
}

/** Builds the resident service. */
export function createResidentService(deps: ResidentServiceDeps): ResidentService {
  return {
    async handle(env) {
      const limits: LimitCheck[] = [{ limiter: "messages", identity: String(env.user.id) }];
      const locale = resolveLocale(env.user.languageCode, deps.defaultLocale);
      const result = await runTurn(deps.store, { bot: "resident", updateId: env.updateId, party: { scope: "resident", userId: env.user.id }, limits }, (start) => {
        const limited = start.limits.some((l) => !l.allowed);
        const replies: Reply[] = [];
        if (limited) replies.push(reply("rate-limited"));
        else if (env.input.type === "command" && env.input.command === "start") replies.push(reply("start-welcome", { name: env.user.firstName ?? "none" }));
        else replies.push(reply("help-resident"));
        return { commit: {}, replies };
      });
      return { outcome: result.outcome, locale, replies: result.replies };
    },
  };
}
