/**
 * Ports: what the domain needs from the outside world. Implemented in api/
 * (Upstash) and in tests; the domain never sees Redis, HTTP or Telegram.
 */

import type { Item } from "./items/model.js";
import type { ItemStats } from "./items/stats.js";
import type { Reply } from "./replies.js";

/** Which bot an update arrived at. */
export type BotName = "resident" | "staff";

/** Result of claiming an update id: ours to handle, already handled, or being handled right now. */
export type ClaimState = "claimed" | "done" | "busy";

/** A stored value with its optimistic-concurrency version (0 = absent). */
export interface Snapshot<T = unknown> {
  value: T | null;
  version: number;
  /** Unversioned marks stored beside the value (a resident's pending deputy question: `q`). */
  marks?: Record<string, string>;
}

/** Named rate limits, configured in the store. */
export type LimiterName = "messages" | "items";

/** A limit to consume while beginning a turn. */
export interface LimitCheck {
  limiter: LimiterName;
  identity: string;
}

/** What a limiter said. */
export interface LimitVerdict {
  limiter: LimiterName;
  allowed: boolean;
  /** Epoch ms when the window frees up. */
  reset: number;
}

/** Whose session/profile a turn touches: a Telegram user of one bot. */
export interface Party {
  scope: BotName;
  userId: number;
}

/** What `TurnStore.begin` loads in one round trip. */
export interface TurnStart {
  claim: ClaimState;
  session: Snapshot;
  profile: Snapshot;
  limits: LimitVerdict[];
  /**
   * Outbox batches of this party's earlier turns that are still owed (their
   * delivery was interrupted), now leased to this request to deliver first.
   */
  pending: OutboxBatch[];
  /** Staff subscriptions to new items (member id → stored record), read in the same round trip when asked (a Submit). */
  subscriptions?: Record<string, unknown>;
  /**
   * When asked: the open items of the place the stored draft waits to have
   * looked at ("me too", see `TurnCommit.session.lookupPlace`), read in the
   * same round trip; null when the draft waits for no lookup.
   */
  similar?: OpenItemsAt | null;
}

/** The open items (new, forwarded, accepted, answered) of one place created since a time, newest first per status. */
export interface OpenItemsAt {
  place: string;
  items: Item[];
}

/** A write of a versioned value; `value: null` deletes it. */
export interface VersionedWrite {
  expectedVersion: number;
  value: unknown;
}

/** Everything one turn changes, written atomically together with the "update handled" mark. */
export interface TurnCommit {
  bot: BotName;
  updateId: number;
  party: Party;
  /**
   * `lookupPlace`: the place whose open items the draft waits to have looked
   * at (kept beside the session so the next turn's begin can read them in its
   * own round trip); null clears it, undefined leaves it.
   */
  session?: VersionedWrite & { ttlSeconds: number; lookupPlace?: string | null };
  profile?: VersionedWrite;
  /** Items created or changed in this turn (see ItemWrite). */
  items?: ItemWrite[];
  /** Other people's member records changed in this turn (grant/revoke). */
  members?: MemberWrite[];
  /** Drop this resident's item index (after /forget; the items themselves are anonymised by item writes). */
  forgetResident?: number;
  /** Other residents' profiles changed in this turn (e.g. a merged item's follower). */
  residentProfiles?: Array<VersionedWrite & { userId: number }>;
  /** The messages this commit owes: written in the same atomic commit, delivered after it (transactional outbox). */
  outbox?: Outbound[];
  /**
   * Marks (code) or clears (null) the item whose deputy question a resident has
   * yet to answer. Kept beside their profile and read with it, so the resident
   * may simply type the answer.
   */
  questionsFor?: Array<{ residentId: number; code: string | null; at?: number }>;
  /** The outbox batch id; defaults to `<bot>:<updateId>` (a second commit of the same update passes its own). */
  batchId?: string;
}

/** An item write inside a turn commit. */
export type ItemWrite =
  | {
      kind: "create";
      item: StoredItem;
      queueScore: number;
      /** An importer's own id of the item: a second create with the same one is refused ("duplicate"). */
      externalId?: string;
    }
  | {
      kind: "update";
      item: StoredItem;
      expectedRev: number;
      queueScore?: number | null;
      indexForResidents?: number[];
      /** Residents who no longer follow the item: it leaves their /my index. */
      unindexResidents?: number[];
      /**
       * The item as read at `expectedRev`. Needed when the write changes what the
       * aggregates count (status, target, category, place, milestones, rating);
       * without it the store assumes none of that changed and refuses the write if it did.
       */
      before?: StoredItem;
    };

/** The fields of an item the store indexes on; the rest is opaque JSON to it. */
export interface StoredItem {
  id: string;
  rev: number;
  status: string;
  target: string | null;
  residentId: number | null;
  createdAt: number;
  [field: string]: unknown;
}

/**
 * Why a commit did not apply (nothing was written), or the outbox batch it
 * wrote, leased to the committing request for delivery. A commit that had
 * already applied (a client retry after a lost answer) is `ok` too.
 * "duplicate": an import row whose external id was already imported.
 */
export type CommitOutcome = { ok: true; batch?: OutboxBatch | null } | { ok: false; reason: "conflict" | "id-taken" | "duplicate" };

/**
 * Update dedupe plus per-user state, in as few round trips as the backend allows.
 * begin() and commit() are one round trip each on Upstash.
 */
export interface TurnStore {
  /** Claims the update, loads the party's session and profile, consumes the given limits. */
  begin(req: { bot: BotName; updateId: number; party: Party; limits: LimitCheck[]; subscriptions?: boolean; similar?: { since: number } }): Promise<TurnStart>;
  /** Applies every write atomically and marks the update handled; fails as a whole on any version mismatch. */
  commit(req: TurnCommit): Promise<CommitOutcome>;
  /** Re-reads session and profile after a lost compare-and-set (one round trip, no claim). */
  reload(party: Party): Promise<Pick<TurnStart, "session" | "profile">>;
  /** Gives up a claim after a failure so Telegram's retry runs the update again (no-op if already done). */
  release(bot: BotName, updateId: number): Promise<void>;
}

/** Messages owed to one chat, in order: a turn's replies to its sender, or a notice to someone else. */
export interface Outbound {
  bot: BotName;
  chatId: number;
  locale: "zh-CN" | "zh-TW" | "en";
  replies: Reply[];
  /** The message whose button was pressed: replies marked `edit` replace it; with `clearKeyboard` its used keyboard is removed. */
  origin?: number;
  clearKeyboard?: boolean;
}

/**
 * The messages of one commit, stored by it and delivered after it. `sent[i]`
 * counts the Bot API calls of message i already delivered (or -1: given up);
 * a message erased by /forget is `null` in `messages`.
 */
export interface OutboxBatch {
  id: string;
  messages: Array<Outbound | null>;
  sent: number[];
  attempts: number;
  createdAt: number;
}

/** Where delivered (or given-up) outbox batches are recorded, and owed ones found. */
export interface OutboxStore {
  /** Records progress: a finished batch is removed; an unfinished one waits until `retryAt` for the next comer. */
  settle(batch: OutboxBatch, finished: boolean, retryAt: number): Promise<void>;
  /** Leases up to `limit` owed batches whose time has come (the cron sweep). */
  claimDue(now: number, limit: number): Promise<OutboxBatch[]>;
}

/** A filter for listing items (REST API, exports, stats). */
export interface ItemQuery {
  status?: string;
  target?: string;
  category?: string;
  place?: string;
  /** Created at or after (epoch ms). */
  from?: number;
  /** Created before (epoch ms). */
  to?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  limit?: number;
}

/** Reads of items outside a turn's own commit, plus writes for non-Telegram callers (API, cron). Items come back parsed; a stored value that does not validate is skipped. */
export interface ItemRepository {
  /** One item with its revision, or null. */
  get(id: string): Promise<{ item: Item; rev: number } | null>;
  /** Several items in one round trip; missing ones are skipped. */
  getMany(ids: string[]): Promise<Item[]>;
  /** A resident's items, newest first. */
  byResident(residentId: number, limit: number): Promise<Item[]>;
  /** The open items of a place created since `since` (one round trip), for "me too". */
  openAt(place: string, since: number): Promise<OpenItemsAt>;
  /** The triage queue in order (urgent, then oldest first). */
  queue(limit: number): Promise<Item[]>;
  /** Ids in a status, oldest first (for the stale sweep). */
  idsByStatus(status: string, limit: number): Promise<string[]>;
  /** Items newest first, filtered, with a cursor that stays stable under concurrent inserts. */
  list(query: ItemQuery): Promise<{ items: Item[]; nextCursor: string | null }>;
  /**
   * Every item matching a query, newest first, a page (`query.limit`, default
   * 500) per round trip: the one way to walk many items (staff export, CSV,
   * Open311). `max` stops after that many.
   */
  scan(query: ItemQuery, opts?: { max?: number }): AsyncIterable<Item>;
  /**
   * Statistics of the items matching a query (status, target, category, place,
   * from/to rounded out to whole county days), from the aggregates kept by every write.
   */
  stats(query: ItemQuery): Promise<{ stats: ItemStats; from: number | null; to: number | null }>;
  /** The statistics of several queries at once (as `stats`, in the same round trips as one). */
  statsMany(queries: ItemQuery[]): Promise<ItemStats[]>;
  /** Item counts per status. */
  countByStatus(): Promise<Record<string, number>>;
  /** The item codes of importers' external ids (null where none was imported), in one round trip. */
  findExternal(externalIds: string[]): Promise<Array<string | null>>;
  /** Applies item writes atomically outside a Telegram turn, with the messages they owe (outbox). */
  write(writes: ItemWrite[], outbox?: Outbound[]): Promise<CommitOutcome>;
}

/** The staff bot's people: roles and deputies per target. */
export interface MemberDirectory {
  get(userId: number): Promise<Snapshot>;
  /** Telegram ids holding a role ("admin", "staff", "deputy"). */
  withRole(role: string): Promise<number[]>;
  /** Telegram ids of the deputies of a directory target. */
  deputiesOf(target: string): Promise<number[]>;
  /** The deputies of a target with their stored member values, in one round trip. */
  deputyProfilesOf(target: string): Promise<Array<{ userId: number; value: unknown }>>;
  /** Many members' stored values in one round trip. */
  getMany(userIds: number[]): Promise<Array<{ userId: number; value: unknown }>>;
}

/** A member write (grant/revoke) inside a staff turn; `value: null` removes the member. */
export interface MemberWrite extends VersionedWrite {
  userId: number;
  roles: string[];
  targets: string[];
  /** The roles/targets before this write, so their index entries are removed. */
  previousRoles: string[];
  previousTargets: string[];
}

/** A message to someone other than the sender of the current update. */
export interface Notice {
  bot: BotName;
  chatId: number;
  locale: "zh-CN" | "zh-TW" | "en";
  reply: Reply;
}

/**
 * Delivers committed outbox batches: each chat's messages in order, the first
 * message (a turn's reply to its sender) before the others; records what went
 * out. Failures are logged and left for the next comer, never undo the commit.
 */
/**
 * Hands work to the runtime to finish after the HTTP response (Workers'
 * `ExecutionContext.waitUntil`). Absent under Node, where the request waits.
 */
export type Defer = (work: Promise<unknown>) => void;

/** How one delivery is split between the request and what follows it. */
export interface DeliverOptions {
  /**
   * With `defer`, `deliver` resolves once the person who acted has been
   * answered (the first message of the last batch, when it is theirs); the
   * rest (notices to others, owed batches' remainders, settling) goes on in
   * the deferred work, in the same order as without it.
   */
  defer?: Defer;
  /** The chat of the person who acted (bot and chat id): only a message to it counts as their answer. */
  sender?: { bot: BotName; chatId: number };
}

export interface Outbox {
  /** Delivers committed batches in order (each batch: its first message, then the others by chat). */
  deliver(batches: OutboxBatch[], options?: DeliverOptions): Promise<void>;
  /** Sends messages that are not kept (documents, rebuilt on request), after the batches. */
  sendNow(messages: Outbound[]): Promise<void>;
}

/** Staff subscriptions to new items (handlers/staff/subscriptions.ts), one record per member. */
export interface SubscriptionStore {
  /** Every subscription (member id → stored record). */
  all(): Promise<Record<string, unknown>>;
  /** Sets (or with null, ends) one member's subscription. Idempotent, so a redelivered command does no harm. */
  set(userId: number, value: unknown | null): Promise<void>;
}
