import { RESIDENT_COMMANDS } from "../handlers/commands.js";
import type { Locale } from "../handlers/locale.js";
import type { Translator } from "../locales/index.js";
import type { Config } from "./env.js";

/** The update types each bot needs; everything else Telegram would send is noise we would pay for. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/**
 * Telegram's setMyCommands takes two-letter language codes only, so zh-TW
 * cannot have its own list: Chinese-language users get zh-CN's, and the
 * default list (no code) is in DEFAULT_LOCALE.
 */
const COMMAND_LANGUAGES: Array<{ code?: string; locale: (c: Config) => Locale }> = [
  { locale: (c) => c.DEFAULT_LOCALE },
  { code: "zh", locale: () => "zh-CN" },
  { code: "en", locale: () => "en" },
];

/** The staff bot's menu for people without a role-specific one. */
export const STAFF_DEFAULT_MENU = ["whoami", "help"] as const;

/** One Bot API call made by the setup, for the report. */
export interface SetupStep {
  bot: "resident" | "staff";
  method: string;
  ok: boolean;
  description?: string;
}

/**
 * Sets both webhooks (with the secret and allowed_updates) and the
 * per-language command menus. Idempotent: run it after every deploy.
 */
export async function setupTelegram(config: Config, publicUrl: string, t: Translator, fetchFn: typeof fetch = fetch): Promise<SetupStep[]> {
  const base = publicUrl.replace(/\/+$/, "");
  const steps: SetupStep[] = [];
  const call = async (bot: "resident" | "staff", method: string, body: unknown) => {
    const token = bot === "resident" ? config.RESIDENT_BOT_TOKEN : config.STAFF_BOT_TOKEN;
    const res = await fetchFn(`${config.TELEGRAM_API_ROOT}/bot${token}/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = (await res.json().catch(() => ({ ok: false, description: `HTTP ${res.status}` }))) as { ok: boolean; description?: string };
    steps.push({ bot, method, ok: json.ok === true, ...(json.description && { description: json.description }) });
  };
  for (const bot of ["resident", "staff"] as const) {
    await call(bot, "setWebhook", { url: `${base}/telegram/${bot}`, secret_token: config.TELEGRAM_WEBHOOK_SECRET, allowed_updates: ALLOWED_UPDATES, max_connections: 40 });
    // The staff bot's default menu is what anyone may send (a newcomer asks /whoami to be granted a role);
    // members get their roles' menu in their own chat when a role is granted or revoked.
    const commands = bot === "resident" ? RESIDENT_COMMANDS : STAFF_DEFAULT_MENU;
    for (const lang of COMMAND_LANGUAGES) {
      const locale = lang.locale(config);
      await call(bot, "setMyCommands", {
        commands: commands.map((command) => ({ command, description: t.t(locale, `cmd-${bot}-${command}`).slice(0, 256) })),
        ...(lang.code && { language_code: lang.code }),
      });
    }
  }
  return steps;
}
