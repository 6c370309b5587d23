/**
 * `npm run archive -- FILE.ndjson`: moves items closed, rejected or merged
 * more than ARCHIVE_AFTER_DAYS days ago (by their last change) out of Redis,
 * appending each to FILE.ndjson first (api/store/archive.ts). Off unless
 * ARCHIVE_AFTER_DAYS is set. Statistics keep counting archived items; keep
 * the files (`npm run stats:rebuild -- --archive FILE.ndjson` needs them).
 *
 *   UPSTASH_REDIS_REST_URL=… UPSTASH_REDIS_REST_TOKEN=… ARCHIVE_AFTER_DAYS=730 npm run archive -- archive-2026.ndjson
 */
import { appendFileSync } from "node:fs";
import { archiveItems } from "../api/store/archive.js";
import { createUpstashItemRepository } from "../api/store/item-repo.js";
import { keys } from "../api/store/keys.js";
import { createRedis } from "../api/store/redis.js";

const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
const url = process.env.UPSTASH_REDIS_REST_URL;
const token = process.env.UPSTASH_REDIS_REST_TOKEN;
const days = Number(process.env.ARCHIVE_AFTER_DAYS ?? "");
if (!file || !url || !token) {
  console.error("usage: UPSTASH_REDIS_REST_URL=… UPSTASH_REDIS_REST_TOKEN=… ARCHIVE_AFTER_DAYS=N npm run archive -- FILE.ndjson");
  process.exit(2);
}
if (!Number.isInteger(days) || days <= 0) {
  console.log("ARCHIVE_AFTER_DAYS is not set: archiving is off, nothing done");
  process.exit(0);
}
const prefix = process.env.REDIS_KEY_PREFIX ?? "yy:";
const redis = createRedis({ url, token, retries: 3 });
const result = await archiveItems(redis, keys(prefix), createUpstashItemRepository(redis, prefix), {
  afterDays: days,
  now: Date.now(),
  emit: async (lines) => appendFileSync(file, lines),
  onProgress: (n) => process.stderr.write(`\rarchived ${n}`),
});
process.stderr.write("\n");
console.log(`archived ${result.archived} items to ${file}${result.kept ? `; ${result.kept} changed meanwhile and stay` : ""}`);
