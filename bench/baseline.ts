/**
 * The baseline the bench compares against: what a plain grammY bot costs.
 * grammY's own `session()` with a small StorageAdapter over the same
 * Upstash endpoint, one handler that answers every text, behind a Hono route
 * with grammY's `webhookCallback` (secret checked). Like our bots it pays
 * HTTP in, Redis (a GET and a SET per update) and a sendMessage out; it does
 * no dedupe, no rate limit, no routing and no atomic commit.
 */
import { Redis } from "@upstash/redis";
import { Bot, session, webhookCallback, type Context, type SessionFlavor, type StorageAdapter } from "grammy";
import { Hono } from "hono";

interface Session {
  count: number;
  last: string;
}
type Ctx = Context & SessionFlavor<Session>;

/** A StorageAdapter over @upstash/redis (the client's defaults: JSON (de)serialization, auto-pipelining). */
export function upstashAdapter<T>(redis: Redis, ttlSeconds: number): StorageAdapter<T> {
  return {
    read: async (key) => (await redis.get<T>(key)) ?? undefined,
    write: async (key, value) => void (await redis.set(key, value, { ex: ttlSeconds })),
    delete: async (key) => void (await redis.del(key)),
  };
}

/** Options of the baseline app. */
export interface BaselineOptions {
  token: string;
  apiRoot: string;
  secret: string;
  upstashUrl: string;
  upstashToken: string;
}

/** A Hono app with `POST /telegram/baseline`. */
export function createBaselineApp(opts: BaselineOptions): Hono {
  const redis = new Redis({ url: opts.upstashUrl, token: opts.upstashToken, enableTelemetry: false });
  const bot = new Bot<Ctx>(opts.token, {
    botInfo: { id: 2000003, is_bot: true, first_name: "Baseline", username: "baseline_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false } as never,
    client: { apiRoot: opts.apiRoot },
  });
  bot.use(session({ initial: (): Session => ({ count: 0, last: "" }), storage: upstashAdapter<Session>(redis, 72 * 3600), prefix: "baseline:" }));
  bot.on("message:text", async (ctx) => {
    ctx.session.count++;
    ctx.session.last = ctx.message.text.slice(0, 200);
    await ctx.reply(`Got it (${ctx.session.count}).`);
  });
  const app = new Hono();
  app.post("/telegram/baseline", webhookCallback(bot, "hono", { secretToken: opts.secret }));
  return app;
}
