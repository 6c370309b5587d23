import type { Context } from "hono";
import type { Defer } from "../../handlers/ports.js";

/**
 * The request's way to finish work after its response: Workers'
 * `executionCtx.waitUntil`, or undefined under Node (Hono throws when there
 * is no execution context), where the request waits for the work instead.
 */
export function deferOf(c: Context): Defer | undefined {
  let ctx: { waitUntil(p: Promise<unknown>): void } | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    return undefined;
  }
  return (work) => ctx.waitUntil(work);
}
