/**
 * What the topic service needs from storage. Implemented over Upstash in
 * api/store/topic-repo.ts; a topic write carries the item writes and the
 * messages it owes, atomically (one compare-and-set script).
 */
import type { ItemWrite, Outbound, OutboxBatch } from "../ports.js";
import type { Topic } from "./model.js";

/** One atomic write of a topic. `expectedRev` 0 creates it (refused as "id-taken" when the id exists). */
export interface TopicWrite {
  topic: Topic;
  expectedRev: number;
  /** When the cron next has something to do for it (null: nothing pending). */
  wakeAt: number | null;
  /** Items changed with it (put on the topic, answered by its outcome). */
  items?: ItemWrite[];
  /** The messages it owes (invitations, notices), stored with it and delivered after it. */
  outbox?: Outbound[];
}

/** What a topic write did: applied (with the outbox batches to deliver) or nothing at all. */
export type TopicWriteOutcome = { ok: true; batches: OutboxBatch[] } | { ok: false; reason: "conflict" | "id-taken" };

/** Topics in Redis. */
export interface TopicRepository {
  /** One topic, or null. */
  get(id: string): Promise<Topic | null>;
  /** Topics, newest first: every one, or one target's (at most `limit`, default 1000). */
  list(opts?: { target?: string; limit?: number }): Promise<Topic[]>;
  /** Ids of topics the cron has something due for at `now`, soonest first. */
  due(now: number, limit: number): Promise<string[]>;
  write(w: TopicWrite): Promise<TopicWriteOutcome>;
}
