import type { Defer } from "../handlers/ports.js";

/** What the webhook hands an adapter with one update. */
export interface UpdateOptions {
  /** Finishes work after the response (Workers' waitUntil); absent under Node, where the request waits. */
  defer?: Defer;
}

/**
 * Carries each update's options from `handleUpdate` to the middleware, keyed
 * by the update object itself (grammY and Telegraf keep it as `ctx.update`):
 * requests of one isolate run concurrently, so nothing per-update may live
 * in a shared variable. Shared by both adapters, which never import each other.
 */
export function createUpdateOptions(): { put(update: unknown, options: UpdateOptions | undefined): void; of(update: unknown): UpdateOptions } {
  const map = new WeakMap<object, UpdateOptions>();
  return {
    put(update, options) {
      if (options && typeof update === "object" && update !== null) map.set(update, options);
    },
    of: (update) => (typeof update === "object" && update !== null ? map.get(update) : undefined) ?? {},
  };
}
