/**
 * `npm run stats:rebuild`: recomputes every aggregate behind `GET /api/v1/stats`
 * and the staff `/stats` from the items themselves (api/store/aggregates.ts).
 * Every item write keeps the aggregates already; run this once on a store
 * written before they existed, or after restoring items from a backup.
 * Stop the bots and the API while it runs.
 *
 *   UPSTASH_REDIS_REST_URL=… UPSTASH_REDIS_REST_TOKEN=… [REDIS_KEY_PREFIX=yy:] npm run stats:rebuild [-- --archive FILE.ndjson …]
 *
 * Items archived out of Redis (`npm run archive`) are only in their export:
 * name every archive file with --archive so they are counted again.
 */
import { readFileSync } from "node:fs";
import type { StoredItem } from "../handlers/ports.js";
import { rebuildAggregates } from "../api/store/aggregates.js";
import { keys } from "../api/store/keys.js";
import { createRedis } from "../api/store/redis.js";

const url = process.env.UPSTASH_REDIS_REST_URL;
const token = process.env.UPSTASH_REDIS_REST_TOKEN;
if (!url || !token) {
  console.error("stats:rebuild needs UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN");
  process.exit(2);
}
const prefix = process.env.REDIS_KEY_PREFIX ?? "yy:";
const redis = createRedis({ url, token, retries: 3 });
const started = Date.now();
const archiveFiles = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--archive" ? [a] : []));
const archived: StoredItem[] = archiveFiles.flatMap((f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as StoredItem));
const result = await rebuildAggregates(redis, keys(prefix), {
  archived,
  onProgress: (done, total) => process.stderr.write(`\r${progressBar(done, total)}`),
});
process.stderr.write("\n");
console.log(`rebuilt ${result.keys} aggregate hashes from ${result.items} items${archived.length ? ` and ${archived.length} archived lines` : ""} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
}
