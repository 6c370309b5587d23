/**
 * `npm run telegram:setup -- https://<your-worker>.workers.dev`
 * Sets both webhooks and the command menus, reading the same environment as
 * the app (RESIDENT_BOT_TOKEN, STAFF_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, …).
 */
import { ConfigError, parseConfig } from "../api/env.js";
import { setupTelegram } from "../api/telegram-setup.js";
import { createTranslator } from "../locales/index.js";

const publicUrl = process.argv[2] ?? process.env.PUBLIC_URL;
if (!publicUrl || !/^https?:\/\//.test(publicUrl)) {
  console.error("Usage: npm run telegram:setup -- https://<public address of the app>  (or set PUBLIC_URL)");
  process.exit(2);
}
try {
  const steps = await setupTelegram(parseConfig(process.env), publicUrl, createTranslator());
  for (const s of steps) console.log(`${s.ok ? "ok  " : "FAIL"} ${s.bot.padEnd(8)} ${s.method}${s.description ? ` — ${s.description}` : ""}`);
  process.exit(steps.every((s) => s.ok) ? 0 : 1);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
