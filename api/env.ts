import * as z from "zod";
import { LocaleSchema } from "../handlers/locale.js";

/** Thrown when the environment is missing a variable or holds a malformed one; the message names every bad variable, never a value. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
  }
}

const botInfo = z
  .string({ error: "is required (the bot's getMe JSON)" })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "is not valid JSON (expected the bot's getMe result)" });
      return z.NEVER;
    }
  })
  .pipe(
    z.object({
      id: z.number().int().positive(),
      is_bot: z.literal(true).default(true),
      first_name: z.string().min(1),
      username: z.string().min(1),
      can_join_groups: z.boolean().default(false),
      can_read_all_group_messages: z.boolean().default(false),
      supports_inline_queries: z.boolean().default(false),
      can_connect_to_business: z.boolean().default(false),
      has_main_web_app: z.boolean().default(false),
      has_topics_enabled: z.boolean().default(false),
      allows_users_to_create_topics: z.boolean().default(false),
      can_manage_bots: z.boolean().default(false),
      supports_join_request_queries: z.boolean().default(false),
    }).loose(),
  );

const csvIds = z
  .string()
  .default("")
  .transform((text, ctx) => {
    const ids = text.split(",").map((s) => s.trim()).filter(Boolean);
    const bad = ids.filter((s) => !/^\d{1,15}$/.test(s));
    if (bad.length) ctx.addIssue({ code: "custom", message: "must be a comma-separated list of numeric Telegram ids" });
    return ids.map(Number);
  });

const required = (what: string) => z.string({ error: "is required" }).min(1, `is required (${what})`);
const int = (def: number) => z.coerce.number().int().positive().default(def);

const EnvSchema = z.object({
  RESIDENT_BOT_TOKEN: required("resident bot token from @BotFather"),
  STAFF_BOT_TOKEN: required("staff bot token from @BotFather"),
  RESIDENT_BOT_INFO: botInfo,
  STAFF_BOT_INFO: botInfo,
  TELEGRAM_WEBHOOK_SECRET: z
    .string({ error: "is required" })
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 characters of A-Z, a-z, 0-9, _ and -"),
  TELEGRAM_API_ROOT: z.url({ error: "must be a URL" }).default("https://api.telegram.org").transform((u) => u.replace(/\/+$/, "")),
  UPSTASH_REDIS_REST_URL: z.url({ error: "must be a URL (the Upstash REST endpoint)" }),
  UPSTASH_REDIS_REST_TOKEN: required("Upstash REST token"),
  API_TOKEN: z.string({ error: "is required" }).min(16, "must be at least 16 characters"),
  ADMIN_TELEGRAM_IDS: csvIds,
  OPENAI_API_KEY: z.string().optional().transform((v) => (v ? v : undefined)),
  OPENAI_BASE_URL: z.url({ error: "must be a URL" }).optional().or(z.literal("").transform(() => undefined)),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_RESPONSE_FORMAT: z.enum(["json_schema", "json_object"], { error: "must be json_schema or json_object" }).default("json_schema"),
  OPENAI_TIMEOUT_MS: int(8000),
  /** One Bot API call's time limit; with the capped retries a webhook answers inside Telegram's timeout. */
  BOT_API_TIMEOUT_MS: int(8000),
  DEFAULT_LOCALE: LocaleSchema.default("zh-CN"),
  REDIS_KEY_PREFIX: z.string().default("yy:"),
  RATE_MESSAGES_PER_MINUTE: int(20),
  RATE_ITEMS_PER_DAY: int(5),
  CONVERSATION_TTL_HOURS: int(72),
  CLAIM_MINUTES: int(60),
  STALE_NEW_HOURS: int(24),
  STALE_FORWARDED_HOURS: int(72),
  AUTO_CLOSE_ANSWERED_DAYS: int(7),
  /** Days after a topic outcome's due date when its residents are asked whether it was done. */
  EVALUATION_DAYS: int(30),
  /** Items closed, rejected or merged longer ago than this may be archived out of Redis (`npm run archive`); unset = never. */
  /** Where the public pages are served (`https://…`, no trailing slash needed): the code message and every notice link to `<base>/t/<code>`; unset = no links. */
  PUBLIC_BASE_URL: z.url({ error: "must be a URL (where GET /t/:code is served)" }).optional().transform((u) => u?.replace(/\/+$/, "")),
  /** How far back an open item may be offered as the same matter ("me too"). */
  SIMILAR_DAYS: int(90),
  /** Requests per minute one address may make to the public pages. */
  PUBLIC_PAGES_PER_MINUTE: int(60),
  ARCHIVE_AFTER_DAYS: z.coerce.number({ error: "must be a whole number of days" }).int("must be a whole number of days").positive("must be positive").optional(),
});

/** The typed, validated configuration; built once per process or Worker isolate. */
export type Config = z.output<typeof EnvSchema>;
/** The getMe shape the bots are preset with. */
export type BotInfo = Config["RESIDENT_BOT_INFO"];

/**
 * Parses an environment (Worker bindings or process.env) into a Config.
 * @throws {ConfigError} naming every missing or malformed variable.
 */
export function parseConfig(env: Record<string, unknown>): Config {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    // Empty strings mean "not set" for optional variables (a common .env habit).
    if (value !== undefined && value !== "") input[key] = value;
  }
  const result = EnvSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${String(issue.path[0] ?? "env")} ${issue.message}`));
  }
  return result.data;
}
