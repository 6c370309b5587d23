import type { BotName, Party } from "../../handlers/ports.js";

/** Every Redis key the app uses, in one place, under one prefix. */
export function keys(prefix: string) {
  return {
    update: (bot: BotName, updateId: number) => `${prefix}upd:${bot}:${updateId}`,
    session: (p: Party) => `${prefix}sess:${p.scope}:${p.userId}`,
    profile: (p: Party) => `${prefix}prof:${p.scope}:${p.userId}`,
    rate: (name: string) => `${prefix}rl:${name}`,
    item: (id: string) => `${prefix}item:${id}`,
    allItems: () => `${prefix}ix:all`,
    queue: () => `${prefix}ix:queue`,
    statusIndex: (status: string) => `${prefix}ix:status:${status}`,
    /** Items of one status (or `*`) and facet assignment, by created-at (api/store/facets.ts). */
    facet: (status: string, assignment: string) => `${prefix}ix:f:${status}:${assignment}`,
    /** Every facet index matches this glob. */
    facetPattern: () => `${prefix}ix:f:*`,
    /** The item code an importer's external id became (api/store/writes.ts, import). */
    external: (externalId: string) => `${prefix}ext:${encodeURIComponent(externalId)}`,
    residentItems: (residentId: number) => `${prefix}ix:res:${residentId}`,
    role: (role: string) => `${prefix}ix:role:${role}`,
    /** Staff subscriptions to new items: member id → JSON (handlers/staff/subscriptions.ts). */
    subscriptions: () => `${prefix}subs`,
    deputies: (target: string) => `${prefix}ix:deputies:${target}`,
    /** One outbox batch (a commit's owed messages). */
    outboxBatch: (id: string) => `${prefix}ob:${id}`,
    /** Owed batches by the time anyone may (re)try them (a lease until then). */
    outboxDue: () => `${prefix}ix:ob:due`,
    /** Owed batches of a party's own turns. */
    outboxByParty: (p: Party) => `${prefix}ix:ob:p:${p.scope}:${p.userId}`,
    /** Owed batches with a message to a resident's private chat (found and cancelled by /forget). */
    outboxToResident: (chatId: number) => `${prefix}ix:ob:r:${chatId}`,
    /** Done-mark of a write outside a Telegram turn (API, cron), for exactly-once under client retries. */
    writeMark: (token: string) => `${prefix}wr:${token}`,
    /** Counters of one period (`d` + YYYYMMDD or `m` + YYYYMM, county time) for one facet assignment (api/store/aggregates.ts). */
    aggregate: (period: string, assignment: string) => `${prefix}agg:${period}:${assignment}`,
    /** What an item currently contributes to the aggregates (checked on every write of it). */
    aggregateSig: (id: string) => `${prefix}agg:sig:${id}`,
    /** The months (YYYYMM) that have aggregates. */
    aggregateMonths: () => `${prefix}agg:months`,
    /** Every aggregate key matches this glob. */
    aggregatePattern: () => `${prefix}agg:*`,
    /** One consultation topic (handlers/topics). */
    topic: (id: string) => `${prefix}topic:${id}`,
    /** Every topic, by when it was opened. */
    topics: () => `${prefix}ix:topics`,
    /** One target's topics, by when they were opened. */
    topicsOf: (target: string) => `${prefix}ix:topics:t:${target}`,
    /** Topics by the time the cron next has something to do for them (a reminder, an evaluation). */
    topicsDue: () => `${prefix}ix:topics:due`,
    /** A small JSON document of runtime settings (e.g. a county-edited directory). */
    setting: (name: string) => `${prefix}setting:${name}`,
  };
}
/** The key builder's type. */
export type Keys = ReturnType<typeof keys>;
