import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../api/worker.js";

/**
 * Calls the Worker the way the runtime does, with its own execution context,
 * and returns its response as soon as it answers plus a way to wait for
 * what it finishes after answering (waitUntil: notices to others, a model's
 * follow-up). SELF.fetch would leave that work running into the test's reads.
 */
export function dispatch(url: string, init?: RequestInit): { response: Promise<Response>; settled: () => Promise<void> } {
  const ctx = createExecutionContext();
  const response = Promise.resolve(worker.fetch(new Request(url, init), env as unknown as Record<string, unknown>, ctx));
  return { response, settled: () => response.then(() => waitOnExecutionContext(ctx)) };
}

/** Calls the Worker and waits for everything the request caused, so a test reads every message it sent. */
export async function fetchSettled(url: string, init?: RequestInit): Promise<Response> {
  const call = dispatch(url, init);
  await call.settled();
  return call.response;
}
