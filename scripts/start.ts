/**
 * `npm start`: the whole system on this machine with no credentials and no
 * network — a private redis-server behind the local Upstash REST endpoint, a
 * recording fake Telegram Bot API, and the app under Node.
 */
import { randomBytes } from "node:crypto";
import { startFakeTelegram } from "../dev/fake-telegram.js";
import { startRedisServer, findRedisServerBinary } from "../dev/redis-server.js";
import { startUpstashRest } from "../dev/upstash-rest.js";
import { parseConfig } from "../api/env.js";
import { startNodeServer } from "../api/node.js";

const PORT = Number(process.env.PORT ?? 8787);

async function main(): Promise<void> {
  if (!findRedisServerBinary()) {
    console.error("redis-server was not found on PATH. Install it (Debian/Ubuntu: apt-get install redis-server) and run npm start again.");
    process.exit(1);
  }
  const redis = await startRedisServer();
  console.log(`storage: a private redis-server on port ${redis.port}, behind the local Upstash REST endpoint`);
  const restToken = randomBytes(16).toString("hex");
  const rest = await startUpstashRest({ redisPort: redis.port, token: restToken });
  const telegram = await startFakeTelegram(Number(process.env.FAKE_TELEGRAM_PORT ?? 0));
  const secret = randomBytes(16).toString("hex");
  const apiToken = randomBytes(16).toString("hex");
  const config = parseConfig({
    RESIDENT_BOT_TOKEN: "1000001:offline-resident",
    STAFF_BOT_TOKEN: "1000002:offline-staff",
    RESIDENT_BOT_INFO: JSON.stringify({ id: 1000001, is_bot: true, first_name: "Yunyang Voice", username: "yunyang_voice_bot" }),
    STAFF_BOT_INFO: JSON.stringify({ id: 1000002, is_bot: true, first_name: "Yunyang Desk", username: "yunyang_desk_bot" }),
    TELEGRAM_WEBHOOK_SECRET: secret,
    TELEGRAM_API_ROOT: telegram.url,
    UPSTASH_REDIS_REST_URL: rest.url,
    UPSTASH_REDIS_REST_TOKEN: restToken,
    API_TOKEN: apiToken,
    ADMIN_TELEGRAM_IDS: "900001",
    DEFAULT_LOCALE: process.env.DEFAULT_LOCALE ?? "zh-CN",
  });
  const server = await startNodeServer(config, PORT, "127.0.0.1");
  const url = `http://127.0.0.1:${server.port}`;
  console.log(`app: under Node (the Worker build is the same Hono app; see npm run dev for workerd)`);
  console.log(`\n  ${url}\n`);
  console.log("Talk to the resident bot as Telegram would:");
  console.log(`  curl -s -X POST ${url}/telegram/resident -H 'content-type: application/json' -H 'X-Telegram-Bot-Api-Secret-Token: ${secret}' \\`);
  console.log(`    -d '{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Li","language_code":"zh-hans"},"text":"/start"}}'`);
  console.log(`See what the bot sent: curl -s ${telegram.url}/__calls`);
  console.log(`REST API: curl -s ${url}/api/v1/... -H 'Authorization: Bearer ${apiToken}'`);

  const stop = async () => {
    await server.close();
    await telegram.close();
    await rest.close();
    await redis.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

void main();
