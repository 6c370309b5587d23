/**
 * Topics over Upstash. A topic is a hash {v: revision, s: JSON} like an item,
 * indexed by opening time (all and per target) and by the cron's next wake.
 * A write goes through the same compare-and-set script as every item write
 * (api/store/writes.ts): the topic, its items and its outbox in one atomic
 * script, so an invitation is never sent for a session that was not stored.
 */
import { parseTopic, type Topic } from "../../handlers/topics/model.js";
import type { TopicRepository, TopicWrite, TopicWriteOutcome } from "../../handlers/topics/ports.js";
import type { Outbound, OutboxBatch } from "../../handlers/ports.js";
import { PAGE_SCRIPT } from "./facets.js";
import { keys } from "./keys.js";
import type { Redis } from "./redis.js";
import { luaScript } from "./script.js";
import { newBatch } from "./outbox-store.js";
import { CAS_SCRIPT, casOutcome, planJson, planWrites, writeToken, type WritePlan } from "./writes.js";

/** Messages per outbox batch (a stored batch holds at most 1,000; the rest go in further batches of the same write). */
export const TOPIC_BATCH_MESSAGES = 500;
const WRITE_MARK_SECONDS = 600;
const VERSIONED_SCRIPT = `return redis.call("HMGET", KEYS[1], "v", "s")`;

function parseStored(text: string | null | undefined): Topic | null {
  if (!text) return null;
  try {
    return parseTopic(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Appends one plan to another (checks, ops, keys). */
function joinPlan(into: WritePlan, more: WritePlan): void {
  into.checks.push(...more.checks);
  into.ops.push(...more.ops);
  for (const key of more.touched) into.touched.add(key);
}

/** Builds the Upstash topic repository. */
export function createUpstashTopicRepository(redis: Redis, prefix: string): TopicRepository {
  const k = keys(prefix);
  const cas = luaScript<[number, number]>(redis, CAS_SCRIPT);
  const versioned = luaScript<[string | null, string | null]>(redis, VERSIONED_SCRIPT);
  const page = luaScript<string[]>(redis, PAGE_SCRIPT);
  return {
    async get(id) {
      const [, s] = await versioned.run([k.topic(id)], []);
      return parseStored(s);
    },
    async list(opts = {}) {
      const limit = Math.min(Math.max(opts.limit ?? 1000, 1), 1000);
      const flat = await page.run([opts.target ? k.topicsOf(opts.target) : k.topics()], [String(Number.MAX_SAFE_INTEGER), "0", String(Number.MAX_SAFE_INTEGER), "", String(limit), k.topic("")]);
      const out: Topic[] = [];
      for (let i = 0; i + 2 < flat.length; i += 3) {
        const t = parseStored(flat[i + 2]);
        if (t) out.push(t);
      }
      return out;
    },
    async due(now, limit) {
      return ((await redis.zrange(k.topicsDue(), "-inf", now, { byScore: true, offset: 0, count: limit })) as string[]) ?? [];
    },
    async write(w: TopicWrite): Promise<TopicWriteOutcome> {
      const token = writeToken();
      const at = Date.now();
      const chunks: Outbound[][] = [];
      for (let i = 0; i < (w.outbox?.length ?? 0); i += TOPIC_BATCH_MESSAGES) chunks.push(w.outbox!.slice(i, i + TOPIC_BATCH_MESSAGES));
      const batchIds = chunks.map((_, i) => `w:${token.slice(1)}${i ? `:${i}` : ""}`);
      // The first plan carries the items, the first batch and the done-mark; each further batch is planned on its own and joined.
      const plan = planWrites(k, { items: w.items ?? [], ...(chunks[0] && { outbox: chunks[0], batch: { id: batchIds[0]!, now: at } }), mark: { key: k.writeMark(token), token, ttlSeconds: WRITE_MARK_SECONDS } });
      for (let i = 1; i < chunks.length; i++) joinPlan(plan, planWrites(k, { outbox: chunks[i]!, batch: { id: batchIds[i]!, now: at } }));
      const key = k.topic(w.topic.id);
      plan.touched.add(key);
      plan.checks.push(w.expectedRev === 0 ? ["nx", key] : ["hv", key, String(w.expectedRev)]);
      plan.ops.push(["HSET", key, "v", w.topic.rev, "s", JSON.stringify(w.topic)]);
      for (const ix of [k.topics(), k.topicsOf(w.topic.target)]) {
        plan.touched.add(ix);
        plan.ops.push(["ZADD", ix, w.topic.createdAt, w.topic.id]);
      }
      plan.touched.add(k.topicsDue());
      plan.ops.push(w.wakeAt === null ? ["ZREM", k.topicsDue(), w.topic.id] : ["ZADD", k.topicsDue(), w.wakeAt, w.topic.id]);
      const outcome = casOutcome(plan, await cas.run([...plan.touched], [planJson(plan)]));
      if (!outcome.ok) {
        // Only the topic's own create check can be an "nx" failure here (item writes of a topic are updates).
        return { ok: false, reason: outcome.reason };
      }
      const batches: OutboxBatch[] = chunks.map((c, i) => newBatch(batchIds[i]!, c, at));
      return { ok: true, batches };
    },
  };
}
